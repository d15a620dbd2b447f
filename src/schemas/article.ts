import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { date, ids, optional, slug, strictObject, text, url } from './messages';

/**
 * Frontmatter of articles (news, stories, policies) and static pages.
 *
 * An item is a folder `content/<kind>/<slug>/` holding `index.vi.md` (the source, with every
 * field) and optionally `index.<locale>.md` translations. A translation carries only the fields
 * that change with the language; shared facts (dates, topics, unit, cover image) are entered once
 * in the Vietnamese file. This is what Decap writes for fields without `i18n: true`.
 */

const sourceHint = 'Kiểm tra chính tả tên trường. (Unknown field: check its spelling.)';
const translationHint =
	'Bản dịch chỉ gồm title, slug, summary, coverAlt, coverCaption, changes, withdrawnReason và trường chữ riêng của loại bài (audience, claim, respondents…); ngày, chủ đề, đơn vị, ảnh bìa lấy từ bản tiếng Việt. (A translation holds only translated fields; shared fields belong in index.vi.md.)';

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
const translatable = {
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
const articleTranslatable = {
	/** Dated public notes on what changed after publication, newest last. */
	changes: optional(
		z
			.array(changeNote, { error: '"changes" phải là một danh sách. (changes must be a list.)' })
			.max(50),
	),
	/** Why the article was withdrawn; required with withdrawnAt. */
	withdrawnReason: optional(text('withdrawnReason', 500)),
};

/** Extra translatable fields of policy explainers: who is affected. */
const policyTranslatable = {
	/** For whom the policy changes things, e.g. "Học sinh lớp 10 năm học 2026-2027". */
	audience: text('audience', 300),
};

/** Facts shared by all languages, entered once in the Vietnamese file. */
function shared({ image }: SchemaContext) {
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
		/** Feature this item on the home page. */
		featured: z.boolean({ error: '"featured" phải là true hoặc false.' }).default(false),
		/** Drafts are never built. */
		draft: z.boolean({ error: '"draft" phải là true hoặc false.' }).default(false),
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

/** Extra shared fields of policy explainers. */
const policyShared = {
	/** From when the policy applies. */
	effective: date('effective'),
	/** The legal document it comes from, e.g. "Thông tư 32/2018/TT-BGDĐT". */
	source: text('source', 200),
	/** Where the document can be read. */
	sourceUrl: optional(url('sourceUrl')),
};

/** Shared field of press releases: who speaks for the Department (Decision 29/2019/QĐ-UBND). */
const pressShared = {
	/** Id of a registered spokesperson (content/spokespeople/<id>.yml). */
	spokesperson: slug('spokesperson'),
};

/** Pattern of the Vietnamese address of an article of this site, e.g. `/tin-tuc/ten-bai/`. */
export const articlePathPattern = /^\/[a-z0-9/-]*\/$/;

/** How a clarification rates the claim it answers (schema.org ClaimReview `reviewRating`). */
export const verdicts = ['false', 'misleading', 'unverified'] as const;

/** Translated fields of clarifications: the claim as it circulates and where. */
const clarificationTranslatable = {
	/** The claim, quoted or summarised as people are sharing it. */
	claim: text('claim', 500),
	/** Where it circulates, e.g. "Bài đăng trên một số trang Facebook từ ngày 3/11". */
	claimOrigin: optional(text('claimOrigin', 300)),
};

/** A source backing the facts: a document or page, by title and address. */
const factSource = strictObject(
	{ title: text('sources.title', 300), url: siteOrHttpsLink('sources.url') },
	'Mỗi nguồn gồm title và url. (A source has a title and a url.)',
);

/** Shared fields of clarifications. */
const clarificationShared = {
	verdict: z.enum(verdicts, {
		error: `"verdict" phải là một trong: ${verdicts.join(', ')} (sai sự thật, gây hiểu nhầm, chưa được kiểm chứng). (verdict must be one of ${verdicts.join(', ')}.)`,
	}),
	/** When the claim began to circulate. */
	claimDate: optional(date('claimDate')),
	/** Documents and pages that establish the facts. */
	sources: z
		.array(factSource, { error: '"sources" phải là một danh sách. (sources must be a list.)' })
		.min(1, {
			error:
				'Cần ít nhất một nguồn trong "sources" để bạn đọc tự kiểm chứng. (At least one source is required.)',
		})
		.max(20),
	/** Articles of this site the claim concerns (their Vietnamese address, /tin-tuc/…/); each shows a link back here. */
	related: optional(
		z
			.array(
				z.string().trim().regex(articlePathPattern, {
					error:
						'"related" là đường dẫn bài tiếng Việt trong trang, ví dụ /tin-tuc/ten-bai/. (related lists this site\'s article paths, e.g. /tin-tuc/slug/.)',
				}),
				{ error: '"related" phải là một danh sách. (related must be a list.)' },
			)
			.max(10),
	),
};

/** Translated fields of consultations: who is asked, how else to respond, the outcome. */
const consultationTranslatable = {
	/** Whom the Department asks, e.g. "Cha mẹ học sinh, giáo viên và học sinh THPT". */
	respondents: text('respondents', 300),
	/** Other ways to respond (address, e-mail), besides the form. */
	howToRespond: optional(text('howToRespond', 1000)),
	/** What came of the consultation, once published. */
	outcome: optional(text('outcome', 3000)),
};

/** Shared fields of consultations. */
const consultationShared = {
	/** The draft itself, a PDF beside the Markdown file. */
	document: pdfFile('document'),
	/** When responses open and close (Asia/Ho_Chi_Minh unless an offset is given). */
	opensAt: date('opensAt'),
	closesAt: date('closesAt'),
	/** When the outcome was published; with `outcome` in the texts. */
	outcomeAt: optional(date('outcomeAt')),
	/** The report on the responses or the adopted text, a PDF beside the Markdown file. */
	outcomeDocument: optional(pdfFile('outcomeDocument')),
};

type Dated = {
	date: Date;
	updated?: Date | undefined;
	cover?: unknown;
	coverAlt?: string | undefined;
	withdrawnAt?: Date | undefined;
	withdrawnReason?: string | undefined;
};

/** Cross-field rules every Vietnamese article file obeys. */
function articleRules(data: Dated, ctx: z.RefinementCtx) {
	if (data.cover && !data.coverAlt)
		ctx.addIssue({ code: 'custom', path: ['coverAlt'], message: noAlt });
	if (data.withdrawnAt && !data.withdrawnReason)
		ctx.addIssue({
			code: 'custom',
			path: ['withdrawnReason'],
			message:
				'Bài thu hồi cần lý do "withdrawnReason" để bạn đọc biết. (A withdrawn article needs withdrawnReason.)',
		});
	if (data.updated && data.updated < data.date)
		ctx.addIssue({
			code: 'custom',
			path: ['updated'],
			message:
				'Ngày cập nhật "updated" không được trước ngày đăng "date". (updated must not be before date.)',
		});
}

/** Schema of the Vietnamese (source) file of a news item or story. */
export function articleSchema(ctx: SchemaContext) {
	return strictObject(
		{ ...translatable, ...articleTranslatable, ...shared(ctx) },
		sourceHint,
	).superRefine(articleRules);
}

/** Schema of the Vietnamese (source) file of a policy explainer. */
export function policySchema(ctx: SchemaContext) {
	return strictObject(
		{
			...translatable,
			...articleTranslatable,
			...policyTranslatable,
			...shared(ctx),
			...policyShared,
		},
		sourceHint,
	).superRefine(articleRules);
}

/** Schema of the Vietnamese file of a press release: an article naming its spokesperson. */
export function pressSchema(ctx: SchemaContext) {
	return strictObject(
		{ ...translatable, ...articleTranslatable, ...shared(ctx), ...pressShared },
		sourceHint,
	).superRefine(articleRules);
}

/** Schema of the Vietnamese file of a clarification. */
export function clarificationSchema(ctx: SchemaContext) {
	return strictObject(
		{
			...translatable,
			...articleTranslatable,
			...clarificationTranslatable,
			...shared(ctx),
			...clarificationShared,
		},
		sourceHint,
	).superRefine(articleRules);
}

/** Schema of the Vietnamese file of a consultation on a draft. */
export function consultationSchema(ctx: SchemaContext) {
	return strictObject(
		{
			...translatable,
			...articleTranslatable,
			...consultationTranslatable,
			...shared(ctx),
			...consultationShared,
		},
		sourceHint,
	).superRefine((data, rc) => {
		articleRules(data, rc);
		if (data.closesAt <= data.opensAt)
			rc.addIssue({
				code: 'custom',
				path: ['closesAt'],
				message: '"closesAt" phải sau "opensAt". (closesAt must be after opensAt.)',
			});
		if (data.outcomeAt && !data.outcome)
			rc.addIssue({
				code: 'custom',
				path: ['outcome'],
				message:
					'Đã có ngày công bố kết quả "outcomeAt" thì cần nội dung "outcome". (outcomeAt needs the outcome text.)',
			});
		if (data.outcome && !data.outcomeAt)
			rc.addIssue({
				code: 'custom',
				path: ['outcomeAt'],
				message: 'Kết quả "outcome" cần ngày công bố "outcomeAt". (outcome needs outcomeAt.)',
			});
		if (data.outcomeAt && data.outcomeAt < data.closesAt)
			rc.addIssue({
				code: 'custom',
				path: ['outcomeAt'],
				message:
					'Không công bố kết quả trước khi hết hạn góp ý "closesAt". (outcomeAt must not be before closesAt.)',
			});
	});
}

/**
 * Schema of a translation file. Decap may write a locale file holding no title (a stub for a
 * language nobody translated): such a file is valid and counts as "not translated". Once it has a
 * title, the rest of the translation is required.
 */
function translationSchema<
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
const sharedCopies = { topics: optional(ids('topics')), unit: optional(slug('unit')) };

/** Schema of a translated news item or story. */
export const articleTranslationSchema = translationSchema(
	{ ...translatable, ...articleTranslatable },
	sharedCopies,
);
/** Schema of a translated policy explainer. */
export const policyTranslationSchema = translationSchema(
	{ ...translatable, ...articleTranslatable, ...policyTranslatable },
	sharedCopies,
);

/** Schema of a translated press release. */
export const pressTranslationSchema = translationSchema(
	{ ...translatable, ...articleTranslatable },
	{ ...sharedCopies, spokesperson: optional(slug('spokesperson')) },
);
/** Schema of a translated clarification. */
export const clarificationTranslationSchema = translationSchema(
	{ ...translatable, ...articleTranslatable, ...clarificationTranslatable },
	sharedCopies,
);
/** Schema of a translated consultation. */
export const consultationTranslationSchema = translationSchema(
	{ ...translatable, ...articleTranslatable, ...consultationTranslatable },
	sharedCopies,
);

/** Schema of the Vietnamese file of a static page (about, contacts…). */
export const pageSchema = strictObject(
	{
		title: translatable.title,
		summary: translatable.summary,
		/** Used by translations only; the folder name is the Vietnamese URL. */
		slug: optional(slug('slug')),
		/** Position in the footer and the "about" menu, smallest first. */
		order: z
			.number({ error: '"order" phải là một số. (order must be a number.)' })
			.int()
			.default(100),
		updated: optional(date('updated')),
		draft: z.boolean({ error: '"draft" phải là true hoặc false.' }).default(false),
	},
	sourceHint,
);

/** Schema of a translated static page. */
export const pageTranslationSchema = translationSchema({
	title: translatable.title,
	summary: translatable.summary,
});
