import { z } from 'astro/zod';
import { date, ids, optional, slug, strictObject, text } from './messages';
import { pdfFile } from './article';

/**
 * The register of legal documents, as Decree 42/2022/NĐ-CP asks of state portals: for each
 * document its type, number and symbol, issuing body, signer, dates, abstract and the file.
 * `content/documents/<slug>/index.vi.md` holds every field; `index.en.md` the translated ones.
 */

/**
 * Types of documents, by their Vietnamese id (the value stored in content). Labels live in the UI
 * dictionaries (`document.type.<id>`), English URL slugs in `src/lib/documents.ts`.
 */
export const documentTypes = [
	'luat',
	'nghi-dinh',
	'thong-tu',
	'nghi-quyet',
	'quyet-dinh',
	'chi-thi',
	'ke-hoach',
	'huong-dan',
	'cong-van',
	'thong-bao',
] as const;
/** One type of legal document. */
export type DocumentType = (typeof documentTypes)[number];

const hint = 'Kiểm tra chính tả tên trường. (Unknown field: check its spelling.)';
const translationHint =
	'Bản dịch văn bản chỉ gồm title, slug, summary, issuer; các trường khác lấy từ bản tiếng Việt. (A translation holds only translated fields.)';

/** Fields written again in every language. */
const translatable = {
	/** The abstract (trích yếu): what the document is about, as printed under its number. */
	title: text('title', 300),
	/** One or two sentences on what it changes, for the listing and search. */
	summary: text('summary', 600),
	/** Issuing body, e.g. "Ủy ban nhân dân tỉnh Hà Nam". */
	issuer: text('issuer', 200),
};

/** Schema of the Vietnamese file of a legal document. */
export const documentSchema = strictObject(
	{
		...translatable,
		slug: optional(slug('slug')),
		docType: z.enum(documentTypes, {
			error: `"docType" phải là một trong: ${documentTypes.join(', ')}. (docType must be one of ${documentTypes.join(', ')}.)`,
		}),
		/** Number and symbol, e.g. "15/2026/QĐ-UBND". */
		number: text('number', 60),
		/** Who signed it, e.g. "Nguyễn Văn A". */
		signer: text('signer', 120),
		/** Date of issue and date it takes effect (Asia/Ho_Chi_Minh). */
		issued: date('issued'),
		effective: optional(date('effective')),
		/** Date it ceased to apply, if it has. */
		expired: optional(date('expired')),
		/** The document, a PDF beside the Markdown file. */
		file: pdfFile('file'),
		/** Themes of the communication plan, for the topic pages (optional). */
		topics: optional(ids('topics')),
		draft: z.boolean({ error: '"draft" phải là true hoặc false.' }).default(false),
	},
	hint,
).superRefine((d, ctx) => {
	if (d.effective && d.effective < d.issued)
		ctx.addIssue({
			code: 'custom',
			path: ['effective'],
			message:
				'"effective" không được trước ngày ban hành "issued". (effective must not be before issued.)',
		});
	if (d.expired && d.expired < (d.effective ?? d.issued))
		ctx.addIssue({
			code: 'custom',
			path: ['expired'],
			message: '"expired" phải sau ngày có hiệu lực. (expired must be after effective.)',
		});
});

/** Schema of a translated legal document: the texts; a file without a title is "not translated". */
export const documentTranslationSchema = strictObject(
	{
		title: optional(translatable.title),
		summary: optional(translatable.summary),
		issuer: optional(translatable.issuer),
		slug: optional(slug('slug')),
		draft: z.boolean({ error: '"draft" phải là true hoặc false.' }).default(false),
		topics: optional(ids('topics')),
	},
	translationHint,
).superRefine((d, ctx) => {
	if (d.title === undefined) return;
	for (const key of ['summary', 'issuer'] as const)
		if (d[key] === undefined)
			ctx.addIssue({
				code: 'custom',
				path: [key],
				message: `Bản dịch có tiêu đề thì cũng cần "${key}". (A translation with a title needs ${key} too.)`,
			});
});
