/**
 * The CMS fields of every collection, in the order editors see them, with Vietnamese labels and
 * hints. Each field name is a frontmatter key of `src/schemas/`; `config.test.ts` checks that the
 * two agree (same keys, same required fields, translated fields marked `i18n: true`), so a field
 * added to a schema cannot be forgotten here.
 */
import vi from '~/i18n/ui/vi';
import { articlePathPattern, pdfFilePattern, siteOrHttpsPattern } from '~/schemas/article';
import { verdicts } from '~/schemas/clarification';
import { emailPattern, slugPattern } from '~/schemas/messages';
import { documentTypes } from '~/schemas/documents';

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

/**
 * A field's pattern: the schema's own regex (its `.source`, as Decap's config takes strings) and
 * what to tell the editor when a value does not match.
 */
function pattern(regex: RegExp, message: string): [string, string] {
	return [regex.source, message];
}

/**
 * Relation to a registry, choosing by its Vietnamese name (`nameField`: `name` where the name is
 * the same in every language) and storing the file name (the id).
 */
function registry(
	name: string,
	label: string,
	collection: string,
	multiple: boolean,
	hint: string,
	nameField = 'name.vi',
): CmsField {
	return {
		name,
		label,
		widget: 'relation',
		collection,
		value_field: '{{slug}}',
		search_fields: [nameField],
		display_fields: [nameField],
		multiple,
		...(multiple && { min: 1, max: 5 }),
		hint,
	};
}

/** An e-mail address, as the registries' schemas accept it. */
const emailCheck = pattern(
	emailPattern,
	'Địa chỉ thư điện tử chưa đúng, ví dụ vanphong@hanam.edu.vn',
);

const title: CmsField = {
	name: 'title',
	label: 'Tiêu đề',
	widget: 'string',
	...translated,
	hint: 'Ngắn gọn, rõ ý, không quá 200 ký tự.',
};
const slug: CmsField = {
	name: 'slug',
	label: 'Đường dẫn của bản dịch',
	widget: 'string',
	...translated,
	...optional,
	pattern: pattern(
		slugPattern,
		'Chỉ chữ thường không dấu, số và dấu gạch nối, ví dụ new-school-year',
	),
	hint: 'Chỉ điền ở bản tiếng Anh (ví dụ new-school-year-opens) để địa chỉ bài đọc được bằng tiếng Anh. Bản tiếng Việt để trống.',
};
const summary: CmsField = {
	name: 'summary',
	label: 'Tóm tắt',
	widget: 'text',
	...translated,
	hint: 'Một hoặc hai câu, hiện ở danh sách, RSS và khi chia sẻ lên Facebook.',
};
const body: CmsField = {
	name: 'body',
	label: 'Nội dung',
	widget: 'markdown',
	...translated,
	buttons: [
		'bold',
		'italic',
		'link',
		'heading-two',
		'heading-three',
		'quote',
		'bulleted-list',
		'numbered-list',
	],
	editor_components: ['image'],
};
const date: CmsField = {
	name: 'date',
	label: 'Ngày đăng',
	widget: 'datetime',
	hint: 'Bấm "Ngay lúc này" để lấy thời điểm hiện tại.',
};
const updated: CmsField = {
	name: 'updated',
	label: 'Ngày cập nhật',
	widget: 'datetime',
	...optional,
	hint: 'Chỉ điền khi nội dung thay đổi đáng kể.',
};
const cover: CmsField = {
	name: 'cover',
	label: 'Ảnh bìa',
	widget: 'image',
	...optional,
	choose_url: false,
	hint: 'Ảnh ngang, rộng ít nhất 1200 điểm ảnh. Trang web tự tối ưu dung lượng.',
};
const coverAlt: CmsField = {
	name: 'coverAlt',
	label: 'Mô tả ảnh bìa',
	widget: 'string',
	...translated,
	...optional,
	hint: 'Bắt buộc khi có ảnh bìa: tả ngắn những gì ảnh cho thấy, cho người khiếm thị và khi ảnh không tải được.',
};
const coverCaption: CmsField = {
	name: 'coverCaption',
	label: 'Chú thích ảnh',
	widget: 'string',
	...translated,
	...optional,
	hint: 'Nơi chụp, tác giả ảnh.',
};
const topics: CmsField = {
	...registry('topics', 'Chủ đề', 'topics', true, 'Chọn 1–5 chủ đề của kế hoạch truyền thông.'),
	...duplicated,
};
const unit: CmsField = {
	...registry('unit', 'Đơn vị đăng tin', 'units', false, 'Đơn vị chịu trách nhiệm về nội dung.'),
	...duplicated,
};
/** A calendar date without time (effective, issued…), picked as DD/MM/YYYY and stored as YYYY-MM-DD. */
function day(name: string, label: string, hint?: string): CmsField {
	return {
		name,
		label,
		widget: 'datetime',
		time_format: false,
		date_format: 'DD/MM/YYYY',
		format: 'YYYY-MM-DD',
		...(hint && { hint }),
	};
}

/**
 * A PDF uploaded beside the entry (like the cover image). Decap lower-cases and strips accents
 * from uploaded file names, so the stored name matches what the schema accepts.
 */
function pdf(name: string, label: string, hint: string): CmsField {
	return {
		name,
		label,
		widget: 'file',
		choose_url: false,
		pattern: pattern(
			pdfFilePattern,
			'Chỉ nhận tệp PDF (tên tệp không dấu, không có dấu cách, kết thúc bằng .pdf). Hãy xuất văn bản ra PDF rồi tải lên.',
		),
		hint: `${hint} Tệp được lưu cùng thư mục với bài; khi dựng trang, hệ thống từ chối tệp không phải PDF thật (kể cả khi đổi đuôi thành .pdf).`,
	};
}

const featured: CmsField = {
	name: 'featured',
	label: 'Nổi bật trên trang chủ',
	widget: 'boolean',
	default: false,
	...optional,
};
const draft: CmsField = {
	name: 'draft',
	label: 'Tạm ẩn (không đăng lên trang)',
	widget: 'boolean',
	default: false,
	...optional,
};

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
const withdrawnReason: CmsField = {
	name: 'withdrawnReason',
	label: 'Lý do thu hồi',
	widget: 'text',
	...translated,
	...optional,
	hint: 'Bắt buộc khi thu hồi bài.',
};

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
	{
		name: 'audience',
		label: 'Đối tượng áp dụng',
		widget: 'string',
		...translated,
		hint: 'Ai chịu tác động, ví dụ "Học sinh lớp 9 và cha mẹ học sinh".',
	},
	day('effective', 'Có hiệu lực từ ngày'),
	{
		name: 'source',
		label: 'Văn bản gốc',
		widget: 'string',
		hint: 'Số hiệu và tên văn bản, ví dụ "Thông tư 32/2018/TT-BGDĐT".',
	},
	{
		name: 'sourceUrl',
		label: 'Liên kết tới văn bản',
		widget: 'string',
		...optional,
		hint: 'Địa chỉ bắt đầu bằng https://',
	},
	...articleFacts,
];

/** Fields of press releases: the article fields plus the spokesperson who issues it. */
export const pressFields: CmsField[] = [
	title,
	slug,
	summary,
	{
		...registry(
			'spokesperson',
			'Người phát ngôn',
			'spokespeople',
			false,
			'Người đưa ra thông cáo. Chỉ chọn được người đã có trong mục "Người phát ngôn"; thiếu người thì nhờ quản trị thêm vào đó trước.',
			'name',
		),
		...duplicated,
	},
	...articleFacts,
];

/** Fields of clarifications: the claim as it circulates, the verdict, the sources; the body states the facts. */
export const clarificationFields: CmsField[] = [
	title,
	slug,
	summary,
	{
		name: 'claim',
		label: 'Thông tin đang lan truyền',
		widget: 'text',
		...translated,
		hint: 'Trích nguyên văn hoặc tóm tắt đúng điều người ta đang chia sẻ, không quá 500 ký tự.',
	},
	{
		name: 'claimOrigin',
		label: 'Xuất hiện ở đâu',
		widget: 'string',
		...translated,
		...optional,
		hint: 'Ví dụ "Bài đăng trên một số trang Facebook". Không dẫn đường link tới nơi phát tán tin sai.',
	},
	{
		...day('claimDate', 'Xuất hiện từ ngày', 'Ngày thông tin bắt đầu lan truyền, nếu biết.'),
		...optional,
	},
	{
		name: 'verdict',
		label: vi['clarification.verdict'],
		widget: 'select',
		options: verdicts.map((v) => ({ label: vi[`clarification.verdict.${v}` as const], value: v })),
		hint: 'Chọn "Chưa được kiểm chứng" khi Sở chưa đủ căn cứ khẳng định đúng hay sai.',
	},
	{
		name: 'sources',
		label: vi['clarification.sources'],
		label_singular: 'nguồn',
		widget: 'list',
		min: 1,
		max: 20,
		hint: 'Ít nhất một văn bản hoặc trang để bạn đọc tự kiểm chứng sự thật.',
		fields: [
			{
				name: 'title',
				label: 'Tên văn bản hoặc trang',
				widget: 'string',
				hint: 'Ví dụ "Quyết định 1234/QĐ-UBND về khung kế hoạch thời gian năm học".',
			},
			{
				name: 'url',
				label: 'Đường dẫn',
				widget: 'string',
				pattern: pattern(
					siteOrHttpsPattern,
					'Đường dẫn trong trang (bắt đầu bằng /) hoặc địa chỉ https://, không có dấu cách',
				),
				hint: 'Trang trong website (bắt đầu bằng /) hoặc địa chỉ https://.',
			},
		],
	},
	{
		name: 'related',
		label: 'Bài liên quan trên trang',
		label_singular: 'bài liên quan',
		widget: 'list',
		...optional,
		max: 10,
		hint: 'Bài của trang mà thông tin sai nhắc tới; bài đó sẽ hiện đường dẫn sang trang làm rõ này.',
		field: {
			name: 'path',
			label: 'Đường dẫn bài',
			widget: 'string',
			pattern: pattern(
				articlePathPattern,
				'Đường dẫn bắt đầu và kết thúc bằng /, chữ thường không dấu, ví dụ /tin-tuc/ten-bai/',
			),
			hint: 'Dán đường dẫn tiếng Việt của bài liên quan, ví dụ /tin-tuc/ten-bai/',
		},
	},
	...articleFacts,
];

/** Fields of a consultation on a draft: who is asked, the draft, the response window, later the outcome. */
export const consultationFields: CmsField[] = [
	title,
	slug,
	summary,
	{
		name: 'respondents',
		label: 'Đối tượng lấy ý kiến',
		widget: 'string',
		...translated,
		hint: 'Ai được hỏi ý kiến, ví dụ "Cha mẹ học sinh, giáo viên và học sinh THPT".',
	},
	pdf('document', 'Toàn văn dự thảo (PDF)', 'Bản dự thảo đầy đủ để người dân đọc trước khi góp ý.'),
	{
		name: 'opensAt',
		label: 'Bắt đầu nhận góp ý lúc',
		widget: 'datetime',
		hint: 'Trước thời điểm này trang hiện "Sắp lấy ý kiến" và chưa nhận góp ý.',
	},
	{
		name: 'closesAt',
		label: 'Hạn cuối góp ý',
		widget: 'datetime',
		hint: 'Phải sau thời điểm bắt đầu. Hết hạn, ô góp ý tự đóng.',
	},
	{
		name: 'howToRespond',
		label: 'Cách gửi ý kiến khác',
		widget: 'text',
		...translated,
		...optional,
		hint: 'Ngoài ô góp ý trên trang: địa chỉ, thư điện tử, điện thoại nhận góp ý.',
	},
	{
		name: 'outcomeAt',
		label: 'Ngày công bố kết quả',
		widget: 'datetime',
		...optional,
		hint: 'Chỉ điền khi công bố kết quả, cùng với "Kết quả lấy ý kiến"; không trước hạn cuối góp ý.',
	},
	{
		name: 'outcome',
		label: 'Kết quả lấy ý kiến',
		widget: 'text',
		...translated,
		...optional,
		hint: 'Sau khi hết hạn: đã nhận bao nhiêu ý kiến, Sở tiếp thu, giải trình những gì. Điền cùng ngày công bố kết quả.',
	},
	{
		...pdf(
			'outcomeDocument',
			'Báo cáo tiếp thu, giải trình (PDF)',
			'Không bắt buộc: báo cáo tổng hợp ý kiến hoặc văn bản đã ban hành.',
		),
		...optional,
	},
	...articleFacts,
];

/** Fields of the static pages (about, organisation, contacts). */
export const pageFields: CmsField[] = [
	title,
	slug,
	summary,
	{
		name: 'order',
		label: 'Thứ tự',
		widget: 'number',
		value_type: 'int',
		default: 100,
		...optional,
		hint: 'Số nhỏ đứng trước trong danh mục "Về Sở".',
	},
	updated,
	draft,
	body,
];

/** Fields of a legal document of the register (Decree 42/2022/NĐ-CP): as printed on it, plus the PDF. */
export const documentFields: CmsField[] = [
	{
		name: 'docType',
		label: vi['document.type'],
		widget: 'select',
		options: documentTypes.map((type) => ({
			label: vi[`document.type.${type}` as const],
			value: type,
		})),
	},
	{
		name: 'number',
		label: vi['document.number'],
		widget: 'string',
		hint: 'Đúng như in trên văn bản, ví dụ "15/2026/QĐ-UBND".',
	},
	{
		...title,
		label: vi['document.abstract'],
		widget: 'text',
		hint: 'Trích yếu nội dung như in dưới số ký hiệu, ví dụ "Ban hành Quy định về dạy thêm, học thêm trên địa bàn tỉnh Hà Nam". Không quá 300 ký tự.',
	},
	slug,
	{
		...summary,
		hint: 'Một hoặc hai câu nói văn bản thay đổi điều gì, cho ai; hiện ở danh sách văn bản và khi tìm kiếm.',
	},
	{
		name: 'issuer',
		label: vi['document.issuer'],
		widget: 'string',
		...translated,
		hint: 'Ví dụ "Ủy ban nhân dân tỉnh Hà Nam", "Sở Giáo dục và Đào tạo".',
	},
	{
		name: 'signer',
		label: vi['document.signer'],
		widget: 'string',
		hint: 'Họ tên người ký, ví dụ "Nguyễn Văn A".',
	},
	day('issued', vi['document.issued']),
	{
		...day(
			'effective',
			vi['document.effective'],
			'Để trống nếu văn bản không ghi ngày có hiệu lực riêng. Không trước ngày ban hành.',
		),
		...optional,
	},
	{
		...day(
			'expired',
			vi['document.expired'],
			'Chỉ điền khi văn bản đã hết hiệu lực (bị thay thế, bãi bỏ).',
		),
		...optional,
	},
	pdf('file', 'Toàn văn (PDF)', 'Bản scan hoặc bản điện tử có chữ ký của văn bản.'),
	{
		...registry(
			'topics',
			'Chủ đề',
			'topics',
			true,
			'Không bắt buộc: chọn 1–5 chủ đề để văn bản hiện ở trang chủ đề.',
		),
		...duplicated,
		...optional,
	},
	draft,
	{
		...body,
		...optional,
		hint: 'Không bắt buộc: những điểm chính của văn bản. Toàn văn nằm trong tệp PDF.',
	},
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
	{
		name: 'code',
		label: 'Mục trong kế hoạch',
		widget: 'string',
		...optional,
		hint: 'Chữ cái của mục, ví dụ "g". Để trống với chủ đề khác.',
	},
	names('description', 'Mô tả', false, 'text'),
	{
		name: 'order',
		label: 'Thứ tự',
		widget: 'number',
		value_type: 'int',
		default: 100,
		...optional,
	},
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
	{ name: 'email', label: 'Thư điện tử', widget: 'string', ...optional, pattern: emailCheck },
	{ name: 'website', label: 'Trang web', widget: 'string', ...optional },
	{
		name: 'order',
		label: 'Thứ tự',
		widget: 'number',
		value_type: 'int',
		default: 100,
		...optional,
	},
];

/** Fields of an official spokesperson (content/spokespeople/*.yml), named by press releases. */
export const spokespersonFields: CmsField[] = [
	{
		name: 'name',
		label: 'Họ và tên',
		widget: 'string',
		hint: 'Viết giống nhau ở mọi ngôn ngữ, ví dụ "Nguyễn Văn A".',
	},
	{ ...names('title', 'Chức vụ', true), hint: 'Ví dụ "Phó Giám đốc Sở" / "Deputy Director".' },
	registry(
		'unit',
		'Phát ngôn cho đơn vị',
		'units',
		false,
		'Thường là Sở; người phát ngôn của một phòng thì chọn phòng đó.',
	),
	{
		name: 'phone',
		label: 'Điện thoại',
		widget: 'string',
		hint: 'Số dành cho báo chí, hiện công khai ở Phòng báo chí.',
	},
	{
		name: 'email',
		label: 'Thư điện tử',
		widget: 'string',
		pattern: emailCheck,
		hint: 'Hộp thư công vụ, hiện công khai ở Phòng báo chí.',
	},
	{
		name: 'order',
		label: 'Thứ tự',
		widget: 'number',
		value_type: 'int',
		default: 100,
		...optional,
		hint: 'Số nhỏ đứng trước ở Phòng báo chí.',
	},
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
	{
		...names('text', 'Nội dung thông báo', true, 'text'),
		hint: 'Một hoặc hai câu. Thiếu bản tiếng Anh thì trang tiếng Anh hiện bản tiếng Việt.',
	},
	{
		name: 'link',
		label: 'Đường dẫn chi tiết',
		widget: 'string',
		...optional,
		hint: 'Trang trong website (bắt đầu bằng /) hoặc địa chỉ https://.',
	},
	{
		name: 'startsAt',
		label: 'Hiện từ',
		widget: 'datetime',
		hint: 'Thời điểm băng thông báo bắt đầu hiện trên mọi trang.',
	},
	{
		name: 'expiresAt',
		label: 'Hết hạn lúc',
		widget: 'datetime',
		hint: 'Băng thông báo tự ẩn lúc này, kể cả khi chưa dựng lại trang.',
	},
];
