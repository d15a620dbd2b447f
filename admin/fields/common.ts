/**
 * What the CMS fields of every collection are built from: the field type, the i18n modes, the
 * patterns (each the schema's own regex, as `.source`), and the fields articles share.
 */
import { defaultLocale, localeCodes, locales } from '~/i18n/locales';
import { languageLabel } from '~/lib/report/labels';
import { pdfFilePattern } from '~/schemas/article';
import { emailPattern, slugPattern } from '~/schemas/messages';
import { translationDateWidget } from '../translation-widget';
import { blockComponentIds } from '../blocks';

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

export const translated = { i18n: true } as const;
/**
 * Entered once but copied into every locale file (a read-only copy in the translation pane):
 * topics, unit and spokesperson are declared as duplicated, which keeps the copies equal; the site
 * reads them from the Vietnamese file and the build accepts the copies (`sharedCopies`).
 */
export const duplicated = { i18n: 'duplicate' } as const;
export const optional = { required: false } as const;

/**
 * One sub-field per language of the site (src/i18n/locales.ts), for a value written in each
 * language (a register's names, the Department's settings), labelled in Vietnamese ("Tiếng Hàn"):
 * Vietnamese required, the others optional, as the schema has them (`localized`).
 */
export function perLocale(widget: string): CmsField[] {
	return localeCodes.map((l) => ({
		name: l,
		label: languageLabel(locales[l].lang),
		widget,
		...(l !== defaultLocale && optional),
	}));
}

/**
 * A field's pattern: the schema's own regex (its `.source`, as Decap's config takes strings) and
 * what to tell the editor when a value does not match.
 */
export function pattern(regex: RegExp, message: string): [string, string] {
	return [regex.source, message];
}

/**
 * Relation to a registry, choosing by its Vietnamese name (`nameField`: `name` where the name is
 * the same in every language) and storing the file name (the id).
 */
export function registry(
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

/**
 * Lists editors choose from, made at build time (`registryChoice`): the registries articles name,
 * the legal documents register a policy cites, and the articles themselves, which an urgent notice
 * leads to (`<kind>/<folder>`).
 */
export type ChoiceRegistry = 'topics' | 'units' | 'spokespeople' | 'documents' | 'articles';

/**
 * A choice of registry entries for an article: a `select` whose options (`{ label: name.vi,
 * value: id }`) `cmsConfig` fills in from the registries when the admin is built. Not a relation:
 * Decap's relation widget in a translated collection marks the entry as changed right after it is
 * opened, saved or published (decap-cms#7276, #7142), and the status menu then refuses to move it.
 * An entry added to a registry in the CMS can be chosen once the site (and its admin) is rebuilt.
 */
export function registryChoice(
	name: string,
	label: string,
	registry: ChoiceRegistry,
	multiple: boolean,
	hint: string,
): CmsField {
	return {
		name,
		label,
		widget: 'select',
		choices: registry,
		options: [],
		multiple,
		...(multiple && { min: 1, max: 5 }),
		hint,
	};
}

/** An e-mail address, as the registries' schemas accept it. */
export const emailCheck = pattern(
	emailPattern,
	// Decap shows it after "<label> chưa đúng mẫu:" (admin/locale.ts).
	'cần viết đầy đủ, ví dụ vanphong@hanam.edu.vn',
);

export const title: CmsField = {
	name: 'title',
	label: 'Tiêu đề',
	widget: 'string',
	...translated,
	hint: 'Ngắn gọn, rõ ý, không quá 200 ký tự.',
};
export const slug: CmsField = {
	name: 'slug',
	label: 'Đường dẫn tiếng Anh (chỉ điền ở bản dịch)',
	widget: 'string',
	...translated,
	...optional,
	pattern: pattern(
		slugPattern,
		'Chỉ chữ thường không dấu, số và dấu gạch nối, ví dụ new-school-year',
	),
	hint: 'Ở khung tiếng Việt: để trống (địa chỉ tiếng Việt lấy từ tiêu đề). Ở khung tiếng Anh: chữ thường không dấu nối bằng gạch, ví dụ new-school-year-opens, để địa chỉ bài đọc được bằng tiếng Anh.',
};
/**
 * The day a translation last rendered the whole Vietnamese file, in translation panes only, under
 * a notice saying whether the translation may be out of date and why (admin/translation-widget.ts).
 */
export const translatedDate: CmsField = {
	name: 'translated',
	label: 'Ngày dịch (chỉ ở bản dịch)',
	widget: translationDateWidget,
	...translated,
	...optional,
	time_format: false,
	date_format: 'DD/MM/YYYY',
	format: 'YYYY-MM-DD',
	hint: 'Ngày bản dịch được đối chiếu đầy đủ với bản tiếng Việt. Bản tiếng Việt có ngày cập nhật hoặc ghi chú thay đổi lớn sau ngày này thì trang bản dịch báo bạn đọc rằng bản dịch có thể đã cũ. Để trống: tính theo ngày đăng bản tiếng Việt.',
};
export const summary: CmsField = {
	name: 'summary',
	label: 'Tóm tắt',
	widget: 'text',
	...translated,
	hint: 'Một hoặc hai câu, hiện ở danh sách, RSS và khi chia sẻ lên Facebook.',
};
export const body: CmsField = {
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
	// Loose images, and the blocks of admin/blocks.ts (issue 18).
	editor_components: ['image', ...blockComponentIds],
};
export const date: CmsField = {
	name: 'date',
	label: 'Ngày đăng',
	widget: 'datetime',
	hint: 'Bấm "Ngay lúc này" để lấy thời điểm hiện tại.',
};
export const updated: CmsField = {
	name: 'updated',
	label: 'Ngày cập nhật',
	widget: 'datetime',
	...optional,
	hint: 'Chỉ điền khi nội dung thay đổi đáng kể.',
};
export const cover: CmsField = {
	name: 'cover',
	label: 'Ảnh bìa',
	widget: 'image',
	...optional,
	choose_url: false,
	hint: 'Ảnh ngang, rộng ít nhất 1200 điểm ảnh. Trang web tự tối ưu dung lượng.',
};
export const coverAlt: CmsField = {
	name: 'coverAlt',
	label: 'Mô tả ảnh bìa (bắt buộc khi có ảnh bìa)',
	widget: 'string',
	...translated,
	...optional,
	hint: 'Bắt buộc khi có ảnh bìa (không lưu được nếu thiếu); bỏ trống khi không có ảnh. Tả ngắn những gì ảnh cho thấy, cho người khiếm thị và khi ảnh không tải được.',
};
export const coverCaption: CmsField = {
	name: 'coverCaption',
	label: 'Chú thích ảnh',
	widget: 'string',
	...translated,
	...optional,
	hint: 'Nơi chụp, tác giả ảnh.',
};
export const topics: CmsField = {
	...registryChoice(
		'topics',
		'Chủ đề',
		'topics',
		true,
		'Chọn 1–5 chủ đề của kế hoạch truyền thông.',
	),
	...duplicated,
};
export const unit: CmsField = {
	...registryChoice(
		'unit',
		'Đơn vị đăng tin',
		'units',
		false,
		'Đơn vị chịu trách nhiệm về nội dung.',
	),
	...duplicated,
};
/** A calendar date without time (effective, issued…), picked as DD/MM/YYYY and stored as YYYY-MM-DD. */
export function day(name: string, label: string, hint?: string): CmsField {
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
export function pdf(name: string, label: string, hint: string): CmsField {
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

export const featured: CmsField = {
	name: 'featured',
	label: 'Nổi bật trên trang chủ',
	widget: 'boolean',
	default: false,
	...optional,
	hint: 'Bài nổi bật mới nhất (mọi chuyên mục) được đưa lên đầu trang chủ, cỡ lớn, kèm ảnh bìa: nên có ảnh bìa. Không bài nào được đánh dấu thì bài mới nhất có ảnh bìa được đưa lên.',
};
/** Scheduled publishing and embargo (src/lib/schedule.ts); shared by every language. */
export const publishAt: CmsField = {
	name: 'publishAt',
	label: 'Hẹn giờ đăng (giờ Việt Nam)',
	widget: 'datetime',
	...optional,
	hint: 'Để trống để đăng ngay khi xuất bản. Khi điền (ví dụ tin phát hành có giờ cấm đăng), bài không xuất hiện ở bất cứ đâu trên trang (trang bài, danh sách, RSS, tìm kiếm, sơ đồ trang, ảnh chia sẻ) cho tới giờ này; trang tự cập nhật trong khoảng 15 phút sau đó. Ngày đăng phải bằng hoặc sau giờ hẹn.',
};
export const draft: CmsField = {
	name: 'draft',
	label: 'Tạm ẩn (không đăng lên trang)',
	widget: 'boolean',
	default: false,
	...optional,
};

/** Public notes on what changed after publication; major ones are announced in the feeds too. */
export const changes: CmsField = {
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
export const withdrawnAt: CmsField = {
	name: 'withdrawnAt',
	label: 'Thu hồi bài lúc',
	widget: 'datetime',
	...optional,
	hint: 'Chỉ điền khi thu hồi bài: trang vẫn còn, có ghi rõ đã thu hồi, và không còn trong danh sách, RSS, tìm kiếm.',
};
export const withdrawnReason: CmsField = {
	name: 'withdrawnReason',
	label: 'Lý do thu hồi (bắt buộc khi thu hồi bài)',
	widget: 'text',
	...translated,
	...optional,
	hint: 'Bắt buộc khi đã điền "Thu hồi bài lúc" (không lưu được nếu thiếu); để trống khi bài không bị thu hồi.',
};

/** What every article has after its texts: dates, registries, cover, flags, change history, body. */
export const articleFacts: CmsField[] = [
	date,
	updated,
	topics,
	unit,
	cover,
	coverAlt,
	coverCaption,
	featured,
	draft,
	publishAt,
	changes,
	withdrawnAt,
	withdrawnReason,
	body,
];

/** Fields of news items and role-model stories. */
