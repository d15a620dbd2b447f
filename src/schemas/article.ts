import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { date, dateTimeWithOffset, ids, optional, slug, strictObject, text } from './messages';

/**
 * Frontmatter of articles: what every article kind shares (texts, dates, topics, unit, cover,
 * change notes, withdrawal), the cross-field rules they all obey, the translation schema, and the
 * schemas of news items and stories. Each other kind adds its own fields in its own file
 * (`policy.ts`, `consultation.ts`, `clarification.ts`, `press.ts`; `page.ts` for static pages).
 *
 * An item is a folder `content/<kind>/<slug>/` holding `index.vi.md` (the source, with every
 * field) and optionally `index.<locale>.md` translations. A translation carries only the fields
 * that change with the language; shared facts (dates, topics, unit, cover image) are entered once
 * in the Vietnamese file. This is what Decap writes for fields without `i18n: true`.
 */

export const sourceHint = 'Kiểm tra chính tả tên trường. (Unknown field: check its spelling.)';
const translationHint =
	'Bản dịch chỉ gồm title, slug, summary, coverAlt, coverCaption, changes, withdrawnReason, translated và trường chữ riêng của loại bài (audience, claim, respondents…); ngày, chủ đề, đơn vị, ảnh bìa lấy từ bản tiếng Việt. (A translation holds only translated fields and its translated date; shared fields belong in index.vi.md.)';

const noAlt =
	'Ảnh bìa cần lời mô tả "coverAlt" cho người không nhìn thấy ảnh. (A cover image needs alt text in coverAlt.)';

/** A dated public note about a change to a published article. */
const changeNote = strictObject(
	{
		date: date('changes.date'),
		note: text('changes.note', 500),
		/** A major change is also announced in the feeds. */
		major: z.boolean({ error: '"major" phải là true hoặc false.' }).default(false),
	},
	'Mỗi ghi chú cập nhật gồm date, note và major. (A change note has date, note and major.)',
);

/** Fields that are written again in every language. */
export const translatable = {
	/** Headline, as on the page and in feeds. */
	title: text('title', 200),
	/** One or two sentences for listings, feeds and share cards. */
	summary: text('summary', 400),
	/** Alt text of the cover image, describing what it shows. */
	coverAlt: optional(text('coverAlt', 300)),
	/** Caption under the cover (credit, place). */
	coverCaption: optional(text('coverCaption', 300)),
};

/** Translated fields of articles only (not static pages): public change notes, withdrawal reason. */
export const articleTranslatable = {
	/** Dated public notes on what changed after publication, newest last. */
	changes: optional(
		z
			.array(changeNote, { error: '"changes" phải là một danh sách. (changes must be a list.)' })
			.max(50),
	),
	/** Why the article was withdrawn; required with withdrawnAt. */
	withdrawnReason: optional(text('withdrawnReason', 500)),
};

/** Facts shared by all languages, entered once in the Vietnamese file. */
export function shared({ image }: SchemaContext) {
	return {
		/** Used by translations only (the folder name is the Vietnamese URL); the CMS shows it in every language. */
		slug: optional(slug('slug')),
		/** Publication date and time (shown in Asia/Ho_Chi_Minh). */
		date: date('date'),
		/** Date of the last significant update, if any. */
		updated: optional(date('updated')),
		/** Themes of the communication plan (ids in content/topics). */
		topics: ids('topics'),
		/** The unit that published the item (id in content/units). */
		unit: slug('unit'),
		/** Cover image file beside the Markdown, e.g. `cover.jpg`. */
		cover: optional(image()),
		/** Lead the home page: the newest featured item of any kind is its top story (src/data/home.ts). */
		featured: z.boolean({ error: '"featured" phải là true hoặc false.' }).default(false),
		/** Drafts are never built. */
		draft: z.boolean({ error: '"draft" phải là true hoặc false.' }).default(false),
		/**
		 * Scheduled publishing and embargo: until this instant the item is built nowhere
		 * (src/lib/schedule.ts). Translations have no such field: they follow the Vietnamese file.
		 */
		publishAt: optional(dateTimeWithOffset('publishAt', 'Hẹn giờ đăng')),
		/** When the article was withdrawn: the page stays, marked, and leaves listings, feeds and search. */
		withdrawnAt: optional(date('withdrawnAt')),
	};
}

/**
 * Pattern of a PDF's file name as the CMS uploads it (`du-thao.pdf`). Letters of either case are
 * spelt out rather than given by an `i` flag: the CMS reads this pattern too, without flags.
 */
export const pdfFilePattern = /^[a-zA-Z0-9][a-zA-Z0-9._-]*\.[pP][dD][fF]$/;

/** A PDF stored beside the Markdown file, named as the CMS uploads it (`du-thao.pdf`). */
export function pdfFile(label: string) {
	return z
		.string()
		.trim()
		.regex(pdfFilePattern, {
			error: `"${label}" phải là tên một tệp PDF đặt cùng thư mục với bài, ví dụ du-thao.pdf. (${label} must name a PDF file beside the entry.)`,
		});
}

/** Pattern of a link to a page of this site (`/tin-tuc/…/`, not `//host`) or an https:// address. */
export const siteOrHttpsPattern = /^(\/(?!\/)|https:\/\/)\S+$/;

/** A link to a page of this site (`/tin-tuc/…/`) or an https:// address. */
export function siteOrHttpsLink(label: string) {
	return z
		.string()
		.trim()
		.regex(siteOrHttpsPattern, {
			error: `"${label}" phải là đường dẫn trong trang (bắt đầu bằng /) hoặc địa chỉ https://. (${label} must start with / or https://.)`,
		});
}

/** Pattern of the Vietnamese address of an article of this site, e.g. `/tin-tuc/ten-bai/`. */
export const articlePathPattern = /^\/[a-z0-9/-]*\/$/;

type Dated = {
	date: Date;
	publishAt?: Date | undefined;
	updated?: Date | undefined;
	cover?: unknown;
	coverAlt?: string | undefined;
	withdrawnAt?: Date | undefined;
	withdrawnReason?: string | undefined;
};

/** Cross-field rules every Vietnamese article file obeys. */
export function articleRules(data: Dated, ctx: z.RefinementCtx) {
	if (data.cover && !data.coverAlt)
		ctx.addIssue({ code: 'custom', path: ['coverAlt'], message: noAlt });
	if (data.withdrawnAt && !data.withdrawnReason)
		ctx.addIssue({
			code: 'custom',
			path: ['withdrawnReason'],
			message:
				'Bài thu hồi cần lý do "withdrawnReason" để bạn đọc biết. (A withdrawn article needs withdrawnReason.)',
		});
	// Readers see `date`; an item going live after the date it shows would sit behind older news
	// in listings and feeds, so the date shown is never before the time it goes live.
	if (data.publishAt && data.date < data.publishAt)
		ctx.addIssue({
			code: 'custom',
			path: ['date'],
			message:
				'Ngày đăng "date" không được trước giờ hẹn đăng "publishAt": đặt Ngày đăng bằng giờ hẹn đăng, cả hai viết kèm múi giờ +07:00 (thiếu múi giờ thì giờ bị đọc theo UTC, muộn 7 tiếng). (date must not be before publishAt: set date to publishAt, both with +07:00.)',
		});
	if (data.updated && data.updated < data.date)
		ctx.addIssue({
			code: 'custom',
			path: ['updated'],
			message:
				'Ngày cập nhật "updated" không được trước ngày đăng "date". (updated must not be before date.)',
		});
}

/** Schema of the Vietnamese (source) file of a news item or story (and the base of every article kind). */
export function articleSchema(ctx: SchemaContext) {
	return strictObject(
		{ ...translatable, ...articleTranslatable, ...shared(ctx) },
		sourceHint,
	).superRefine(articleRules);
}

/**
 * Schema of a translation file. Decap may write a locale file holding no title (a stub for a
 * language nobody translated): such a file is valid and counts as "not translated". Once it has a
 * title, the rest of the translation is required.
 */
export function translationSchema<
	F extends Record<string, z.ZodType>,
	C extends Record<string, z.ZodType> = Record<never, z.ZodType>,
>(fields: F, copies?: C) {
	// Object.fromEntries cannot carry the keys' types: restated here so each translation's type
	// names its fields (a policy's translation has `audience`).
	const optionalFields = Object.fromEntries(
		Object.entries(fields).map(([k, v]) => [k, optional(v)]),
	) as { [K in keyof F]: ReturnType<typeof optional<F[K]>> };
	return strictObject(
		{
			...optionalFields,
			/** URL slug in this language, so English URLs read in English. */
			slug: optional(slug('slug')),
			/** A translation can be held back while the source is published. */
			draft: z.boolean({ error: '"draft" phải là true hoặc false.' }).default(false),
			/**
			 * The day the translation last rendered the whole Vietnamese file, set by the translator
			 * (in the CMS, "Ngày dịch"). A later `updated` or major change note in the Vietnamese file
			 * makes the page say the translation may be out of date (src/lib/translation-status.ts).
			 */
			translated: optional(date('translated')),
			...(copies as C),
		},
		translationHint,
	).superRefine((data, ctx) => {
		const given = new Map<string, unknown>(Object.entries(data));
		if (given.get('title') === undefined) return;
		for (const [key, field] of Object.entries(fields)) {
			if (field.safeParse(undefined).success) continue;
			if (given.get(key) === undefined)
				ctx.addIssue({
					code: 'custom',
					path: [key],
					message: `Bản dịch có tiêu đề thì cũng cần "${key}". (A translation with a title needs ${key} too.)`,
				});
		}
	});
}

/** Copies the CMS writes of the Vietnamese file's topics and unit; the build checks they agree. */
export const sharedCopies = { topics: optional(ids('topics')), unit: optional(slug('unit')) };

/** Schema of a translated news item or story. */
export const articleTranslationSchema = translationSchema(
	{ ...translatable, ...articleTranslatable },
	sharedCopies,
);
