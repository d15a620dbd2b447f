/**
 * The CMS fields of every collection, in the order editors see them, with Vietnamese labels and
 * hints. Each field name is a frontmatter key of `src/schemas/`; `config.test.ts` checks that the
 * two agree (same keys, same required fields, translated fields marked `i18n: true`), so a field
 * added to a schema cannot be forgotten here.
 */

/** A Decap CMS field (the subset of options this site uses). */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  hint?: string;
  required?: boolean;
  /** true: written in every language; 'duplicate': entered once, copied to every file; absent: Vietnamese file only. */
  i18n?: boolean | 'duplicate';
  default?: unknown;
  [option: string]: unknown;
}

const translated = { i18n: true } as const;
/**
 * Entered once but copied into every locale file. Decap's relation widget writes its value into
 * each locale file anyway, so topics and unit are declared as duplicated, which keeps the copies
 * equal; the site reads them from the Vietnamese file and the build checks the copies agree.
 */
const duplicated = { i18n: 'duplicate' } as const;
const optional = { required: false } as const;

/** Relation to a registry, choosing by its Vietnamese name and storing the file name (the id). */
function registry(name: string, label: string, collection: string, multiple: boolean, hint: string): CmsField {
  return {
    name,
    label,
    widget: 'relation',
    collection,
    value_field: '{{slug}}',
    search_fields: ['name.vi'],
    display_fields: ['name.vi'],
    multiple,
    ...(multiple && { min: 1, max: 5 }),
    hint,
  };
}

const title: CmsField = { name: 'title', label: 'Tiêu đề', widget: 'string', ...translated, hint: 'Ngắn gọn, rõ ý, không quá 200 ký tự.' };
const slug: CmsField = {
  name: 'slug',
  label: 'Đường dẫn của bản dịch',
  widget: 'string',
  ...translated,
  ...optional,
  pattern: ['^[a-z0-9]+(-[a-z0-9]+)*$', 'Chỉ chữ thường không dấu, số và dấu gạch nối, ví dụ new-school-year'],
  hint: 'Chỉ điền ở bản tiếng Anh (ví dụ new-school-year-opens) để địa chỉ bài đọc được bằng tiếng Anh. Bản tiếng Việt để trống.',
};
const summary: CmsField = { name: 'summary', label: 'Tóm tắt', widget: 'text', ...translated, hint: 'Một hoặc hai câu, hiện ở danh sách, RSS và khi chia sẻ lên Facebook.' };
const body: CmsField = { name: 'body', label: 'Nội dung', widget: 'markdown', ...translated, buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'quote', 'bulleted-list', 'numbered-list'], editor_components: ['image'] };
const date: CmsField = { name: 'date', label: 'Ngày đăng', widget: 'datetime', hint: 'Bấm "Ngay lúc này" để lấy thời điểm hiện tại.' };
const updated: CmsField = { name: 'updated', label: 'Ngày cập nhật', widget: 'datetime', ...optional, hint: 'Chỉ điền khi nội dung thay đổi đáng kể.' };
const cover: CmsField = { name: 'cover', label: 'Ảnh bìa', widget: 'image', ...optional, choose_url: false, hint: 'Ảnh ngang, rộng ít nhất 1200 điểm ảnh. Trang web tự tối ưu dung lượng.' };
const coverAlt: CmsField = {
  name: 'coverAlt',
  label: 'Mô tả ảnh bìa',
  widget: 'string',
  ...translated,
  ...optional,
  hint: 'Bắt buộc khi có ảnh bìa: tả ngắn những gì ảnh cho thấy, cho người khiếm thị và khi ảnh không tải được.',
};
const coverCaption: CmsField = { name: 'coverCaption', label: 'Chú thích ảnh', widget: 'string', ...translated, ...optional, hint: 'Nơi chụp, tác giả ảnh.' };
const topics: CmsField = { ...registry('topics', 'Chủ đề', 'topics', true, 'Chọn 1–5 chủ đề của kế hoạch truyền thông.'), ...duplicated };
const unit: CmsField = { ...registry('unit', 'Đơn vị đăng tin', 'units', false, 'Đơn vị chịu trách nhiệm về nội dung.'), ...duplicated };
const featured: CmsField = { name: 'featured', label: 'Nổi bật trên trang chủ', widget: 'boolean', default: false, ...optional };
const draft: CmsField = { name: 'draft', label: 'Tạm ẩn (không đăng lên trang)', widget: 'boolean', default: false, ...optional };

/** Public notes on what changed after publication; major ones are announced in the feeds too. */
const changes: CmsField = {
  name: 'changes',
  label: 'Ghi chú cập nhật',
  label_singular: 'ghi chú',
  widget: 'list',
  ...translated,
  ...optional,
  hint: 'Khi sửa nội dung đã đăng: ghi ngày và điều đã thay đổi, bạn đọc sẽ thấy dưới bài.',
  fields: [
    { name: 'date', label: 'Ngày', widget: 'datetime' },
    { name: 'note', label: 'Điều đã thay đổi', widget: 'text' },
    // No default here: Decap would add an empty note to every new entry to hold it.
    { name: 'major', label: 'Thay đổi lớn (báo cả qua RSS)', widget: 'boolean', required: false },
  ],
};
const withdrawnAt: CmsField = {
  name: 'withdrawnAt',
  label: 'Thu hồi bài lúc',
  widget: 'datetime',
  ...optional,
  hint: 'Chỉ điền khi thu hồi bài: trang vẫn còn, có ghi rõ đã thu hồi, và không còn trong danh sách, RSS, tìm kiếm.',
};
const withdrawnReason: CmsField = { name: 'withdrawnReason', label: 'Lý do thu hồi', widget: 'text', ...translated, ...optional, hint: 'Bắt buộc khi thu hồi bài.' };

/** What every article has after its texts: dates, registries, cover, flags, change history, body. */
const articleFacts: CmsField[] = [
  date,
  updated,
  topics,
  unit,
  cover,
  coverAlt,
  coverCaption,
  featured,
  draft,
  changes,
  withdrawnAt,
  withdrawnReason,
  body,
];

/** Fields of news items and role-model stories. */
export const articleFields: CmsField[] = [title, slug, summary, ...articleFacts];

/** Fields of policy explainers: the article fields plus what changes, for whom, from when. */
export const policyFields: CmsField[] = [
  title,
  slug,
  summary,
  { name: 'audience', label: 'Đối tượng áp dụng', widget: 'string', ...translated, hint: 'Ai chịu tác động, ví dụ "Học sinh lớp 9 và cha mẹ học sinh".' },
  { name: 'effective', label: 'Có hiệu lực từ ngày', widget: 'datetime', time_format: false, date_format: 'DD/MM/YYYY', format: 'YYYY-MM-DD' },
  { name: 'source', label: 'Văn bản gốc', widget: 'string', hint: 'Số hiệu và tên văn bản, ví dụ "Thông tư 32/2018/TT-BGDĐT".' },
  { name: 'sourceUrl', label: 'Liên kết tới văn bản', widget: 'string', ...optional, hint: 'Địa chỉ bắt đầu bằng https://' },
  ...articleFacts,
];

/** Fields of the static pages (about, organisation, contacts). */
export const pageFields: CmsField[] = [
  title,
  slug,
  summary,
  { name: 'order', label: 'Thứ tự', widget: 'number', value_type: 'int', default: 100, ...optional, hint: 'Số nhỏ đứng trước trong danh mục "Về Sở".' },
  updated,
  draft,
  body,
];

/** A name in each language, as the registries store it. */
function names(name: string, label: string, required: boolean, widget = 'string'): CmsField {
  return {
    name,
    label,
    widget: 'object',
    ...(!required && optional),
    fields: [
      { name: 'vi', label: 'Tiếng Việt', widget },
      { name: 'en', label: 'Tiếng Anh', widget, ...optional },
    ],
  };
}

/** Fields of a topic of the communication plan. */
export const topicFields: CmsField[] = [
  names('name', 'Tên chủ đề', true),
  { name: 'code', label: 'Mục trong kế hoạch', widget: 'string', ...optional, hint: 'Chữ cái của mục, ví dụ "g". Để trống với chủ đề khác.' },
  names('description', 'Mô tả', false, 'text'),
  { name: 'order', label: 'Thứ tự', widget: 'number', value_type: 'int', default: 100, ...optional },
];

/** Fields of a unit (the Department, its divisions, district offices, schools). */
export const unitFields: CmsField[] = [
  names('name', 'Tên đơn vị', true),
  {
    name: 'type',
    label: 'Loại đơn vị',
    widget: 'select',
    options: [
      { label: 'Sở', value: 'department' },
      { label: 'Phòng chuyên môn thuộc Sở', value: 'division' },
      { label: 'Phòng GDĐT cấp huyện', value: 'district' },
      { label: 'Trường học', value: 'school' },
    ],
  },
  { ...registry('parent', 'Trực thuộc', 'units', false, 'Đơn vị cấp trên, nếu có.'), ...optional },
  { name: 'address', label: 'Địa chỉ', widget: 'string', ...optional },
  { name: 'phone', label: 'Điện thoại', widget: 'string', ...optional },
  { name: 'email', label: 'Thư điện tử', widget: 'string', ...optional },
  { name: 'website', label: 'Trang web', widget: 'string', ...optional },
  { name: 'order', label: 'Thứ tự', widget: 'number', value_type: 'int', default: 100, ...optional },
];

/** Fields of an urgent notice (content/alerts/*.yml). */
export const alertFields: CmsField[] = [
  {
    name: 'severity',
    label: 'Mức độ',
    widget: 'select',
    options: [
      { label: 'Thông báo', value: 'info' },
      { label: 'Lưu ý (thay đổi lịch, địa điểm…)', value: 'warning' },
      { label: 'Khẩn cấp (bão, lũ, nghỉ học…)', value: 'danger' },
    ],
  },
  { ...names('text', 'Nội dung thông báo', true, 'text'), hint: 'Một hoặc hai câu. Thiếu bản tiếng Anh thì trang tiếng Anh hiện bản tiếng Việt.' },
  { name: 'link', label: 'Đường dẫn chi tiết', widget: 'string', ...optional, hint: 'Trang trong website (bắt đầu bằng /) hoặc địa chỉ https://.' },
  { name: 'startsAt', label: 'Hiện từ', widget: 'datetime', hint: 'Thời điểm băng thông báo bắt đầu hiện trên mọi trang.' },
  { name: 'expiresAt', label: 'Hết hạn lúc', widget: 'datetime', hint: 'Băng thông báo tự ẩn lúc này, kể cả khi chưa dựng lại trang.' },
];
