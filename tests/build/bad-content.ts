import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dist } from './dist';

/**
 * The bad-content matrix: malformed or hostile content, and what the build does with it. Each case
 * either fails the build with a message naming the file, the field (where there is one) and the
 * fix, or is handled safely by a documented rule, which the case checks on the built site. Cases
 * that fail get a build each (a build stops at its first bad file); handled cases share one build.
 */

interface Base {
	name: string;
	/** What is wrong, in words for the report. */
	what: string;
	/** Change the copied fixture tree. */
	mutate: (dir: string) => void;
}

export interface FailingCase extends Base {
	outcome: 'fails';
	/** Path of the bad file relative to the content folder. */
	file: string;
	/** Field the message must name, where the problem is in a field. */
	field?: string;
	/** Words of the message that say what to do or what was expected. */
	says: string;
}

export interface HandledCase extends Base {
	outcome: 'handled';
	/** The documented rule that handles it. */
	rule: string;
	/** Assertions on the built site. */
	check: (dist: Dist) => void;
}

export type BadContentCase = FailingCase | HandledCase;

const read = (path: string) => readFileSync(path, 'utf8');
const edit = (path: string, from: string | RegExp, to: string) =>
	writeFileSync(path, read(path).replace(from, to));
const news1 = 'news/tin-so-1/index.vi.md';
const translated = 'news/tin-da-dich/index.vi.md';
const translatedEn = 'news/tin-da-dich/index.en.md';
const story = 'stories/tam-guong-co-giao/index.vi.md';
const policy = 'policies/tuyen-sinh-lop-10/index.vi.md';
const press = 'press/thong-cao-mau/index.vi.md';
const consultation = 'consultations/dang-lay-y-kien/index.vi.md';
const clarification = 'clarifications/lam-ro-tin-so-1/index.vi.md';
const legalDocument = 'documents/ke-hoach-3-2026/index.vi.md';
const alert = 'alerts/lich-thi-thay-doi.yml';
/** A block that makes a body MDX, for the cases that test what else such a body may hold. */
const callout = '<Callout kind="note">\nLưu ý.\n</Callout>';
const appendBody = (dir: string, file: string, text: string) =>
	writeFileSync(join(dir, file), `${read(join(dir, file))}\n${text}\n`);

export const badContentCases: BadContentCase[] = [
	// Missing, empty, wrong types
	{
		name: 'missing-title',
		what: 'required title missing',
		outcome: 'fails',
		file: 'news/tin-chi-tieng-viet/index.vi.md',
		field: 'title',
		says: 'bắt buộc',
		mutate: (dir) => edit(join(dir, 'news/tin-chi-tieng-viet/index.vi.md'), /^title: .*\n/m, ''),
	},
	{
		name: 'empty-summary',
		what: 'required summary present but empty',
		outcome: 'fails',
		file: news1,
		field: 'summary',
		says: 'đang để trống',
		mutate: (dir) => edit(join(dir, news1), /^summary: .*$/m, 'summary: "   "'),
	},
	{
		name: 'empty-file',
		what: 'an empty Markdown file',
		outcome: 'fails',
		file: 'news/tin-so-2/index.vi.md',
		field: 'title',
		says: 'bắt buộc',
		mutate: (dir) => writeFileSync(join(dir, 'news/tin-so-2/index.vi.md'), ''),
	},
	{
		name: 'topics-not-a-list',
		what: 'topics written as text instead of a list',
		outcome: 'fails',
		file: news1,
		field: 'topics',
		says: 'phải là một danh sách',
		mutate: (dir) => edit(join(dir, news1), /^topics: .*$/m, 'topics: an-toan-truong-hoc'),
	},
	{
		name: 'draft-not-boolean',
		what: 'draft: "có" instead of true/false',
		outcome: 'fails',
		file: news1,
		field: 'draft',
		says: 'boolean',
		mutate: (dir) => edit(join(dir, news1), /^unit: /m, 'draft: "có"\nunit: '),
	},
	{
		name: 'publish-at-without-offset',
		what: 'publishAt written without its offset (YAML would read it as UTC, 7 hours late)',
		outcome: 'fails',
		file: news1,
		field: 'publishAt',
		says: '+07:00',
		mutate: (dir) => edit(join(dir, news1), /^unit: /m, 'publishAt: 2026-02-11T01:00:00\nunit: '),
	},
	{
		name: 'publish-at-after-date',
		what: 'a publishAt later than the date readers see',
		outcome: 'fails',
		file: news1,
		field: 'date',
		says: 'publishAt',
		mutate: (dir) =>
			edit(join(dir, news1), /^unit: /m, 'publishAt: 2099-05-01T08:00:00+07:00\nunit: '),
	},
	{
		name: 'misspelt-field',
		what: 'an unknown field (a typo for title)',
		outcome: 'fails',
		file: news1,
		field: 'tittle',
		says: 'tittle',
		mutate: (dir) => edit(join(dir, news1), /^title: /m, 'tittle: '),
	},
	// Dates
	{
		name: 'impossible-date',
		what: '30 February (YAML would quietly make it 2 March)',
		outcome: 'fails',
		file: news1,
		field: 'date',
		says: 'không có trên lịch',
		mutate: (dir) => edit(join(dir, news1), /^date: .*$/m, 'date: 2026-02-30'),
	},
	{
		name: 'date-time-without-offset',
		what: 'a date-time written as text without its offset (which instant depends on the machine)',
		outcome: 'fails',
		file: news1,
		field: 'date',
		says: '+07:00',
		mutate: (dir) => edit(join(dir, news1), /^date: .*$/m, 'date: "2026-05-20 08:00"'),
	},
	{
		name: 'date-not-a-date',
		what: 'a date written in words',
		outcome: 'fails',
		file: news1,
		field: 'date',
		says: 'phải là ngày hợp lệ',
		mutate: (dir) => edit(join(dir, news1), /^date: .*$/m, 'date: "mùng 5 tháng 9"'),
	},
	{
		name: 'impossible-effective-date',
		what: 'a policy in force from 31 April',
		outcome: 'fails',
		file: policy,
		field: 'effective',
		says: 'không có trên lịch',
		mutate: (dir) => edit(join(dir, policy), /^effective: .*$/m, 'effective: 2026-04-31'),
	},
	// References and collisions
	{
		name: 'unknown-unit',
		what: 'a unit that is not in the registry',
		outcome: 'fails',
		file: news1,
		field: 'unit',
		says: 'phong-khong-ton-tai',
		mutate: (dir) => edit(join(dir, news1), /^unit: .*$/m, 'unit: phong-khong-ton-tai'),
	},
	{
		name: 'policy-unknown-document',
		what: "a policy citing a document the legal documents register doesn't have",
		outcome: 'fails',
		file: policy,
		field: 'sourceDocument',
		says: 'ke-hoach-21-kh-sgddt',
		mutate: (dir) =>
			edit(join(dir, policy), /^sourceDocument: .*$/m, 'sourceDocument: ke-hoach-21-kh-sgddt'),
	},
	{
		name: 'identity-without-phone',
		what: "the Department's identity settings without a phone number",
		outcome: 'fails',
		file: 'settings/identity.yml',
		field: 'phone',
		says: 'bắt buộc',
		mutate: (dir) => edit(join(dir, 'settings/identity.yml'), /^phone: .*\n/m, ''),
	},
	{
		name: 'unknown-topic',
		what: 'a topic that is not in the registry',
		outcome: 'fails',
		file: news1,
		field: 'topics',
		says: 'chu-de-la',
		mutate: (dir) =>
			edit(join(dir, news1), /^topics: .*$/m, 'topics: [an-toan-truong-hoc, chu-de-la]'),
	},
	{
		name: 'alert-unknown-item',
		what: 'an urgent notice leading to an article that does not exist',
		outcome: 'fails',
		file: alert,
		field: 'item',
		says: 'no article "press/khong-co-bai-nay"',
		mutate: (dir) => edit(join(dir, alert), /^item: .*$/m, 'item: press/khong-co-bai-nay'),
	},
	{
		name: 'alert-old-link',
		what: 'an urgent notice still written with the address field link, which item replaced',
		outcome: 'fails',
		file: alert,
		field: 'link',
		says: '"link" was replaced by "item"',
		mutate: (dir) => edit(join(dir, alert), /^item: .*$/m, 'link: /tin-tuc/'),
	},
	{
		name: 'translation-without-source',
		what: 'an English file whose folder has no Vietnamese file',
		outcome: 'fails',
		file: 'news/chi-co-ban-dich/index.en.md',
		says: 'index.vi.md',
		mutate: (dir) => {
			mkdirSync(join(dir, 'news/chi-co-ban-dich'));
			writeFileSync(
				join(dir, 'news/chi-co-ban-dich/index.en.md'),
				'---\ntitle: "Orphan"\nsummary: "No Vietnamese file."\n---\nText.\n',
			);
		},
	},
	{
		name: 'duplicate-english-slug',
		what: 'two English translations claiming one URL',
		outcome: 'fails',
		file: 'news/tin-so-3/index.en.md',
		field: 'slug',
		says: 'translated-news',
		mutate: (dir) =>
			writeFileSync(
				join(dir, 'news/tin-so-3/index.en.md'),
				'---\ntitle: "Another"\nslug: translated-news\nsummary: "Same slug."\n---\nText.\n',
			),
	},
	{
		name: 'page-takes-section-url',
		what: 'a static page whose URL is a section’s (/tin-tuc/)',
		outcome: 'fails',
		file: 'pages/tin-tuc/index.vi.md',
		says: 'tin-tuc',
		mutate: (dir) => {
			mkdirSync(join(dir, 'pages/tin-tuc'));
			writeFileSync(
				join(dir, 'pages/tin-tuc/index.vi.md'),
				'---\ntitle: "Trang trùng"\nsummary: "Trùng đường dẫn."\n---\nText.\n',
			);
		},
	},
	{
		name: 'shared-field-in-translation',
		what: 'a date in the English file (dates are entered once)',
		outcome: 'fails',
		file: translatedEn,
		field: 'date',
		says: 'date',
		mutate: (dir) => edit(join(dir, translatedEn), /^slug: /m, 'date: 2026-10-01\nslug: '),
	},
	// Newsroom collections: spokesperson rule, consultations, clarifications, the register
	{
		name: 'press-without-spokesperson',
		what: 'a press release naming nobody registered as spokesperson',
		outcome: 'fails',
		file: press,
		field: 'spokesperson',
		says: 'người phát ngôn đã đăng ký',
		mutate: (dir) => edit(join(dir, press), /^spokesperson: .*$/m, 'spokesperson: giam-doc-so'),
	},
	{
		name: 'press-spokesperson-missing',
		what: 'a press release without a spokesperson',
		outcome: 'fails',
		file: press,
		field: 'spokesperson',
		says: 'bắt buộc',
		mutate: (dir) => edit(join(dir, press), /^spokesperson: .*\n/m, ''),
	},
	{
		name: 'consultation-draft-missing',
		what: 'a consultation whose draft PDF was never uploaded',
		outcome: 'fails',
		file: consultation,
		field: 'document',
		says: 'không tìm thấy tệp',
		mutate: (dir) => rmSync(join(dir, 'consultations/dang-lay-y-kien/du-thao.pdf')),
	},
	{
		name: 'consultation-draft-not-pdf',
		what: 'a Word file renamed to .pdf as the draft',
		outcome: 'fails',
		file: consultation,
		field: 'document',
		says: 'không phải PDF',
		mutate: (dir) =>
			writeFileSync(
				join(dir, 'consultations/dang-lay-y-kien/du-thao.pdf'),
				'PK\u0003\u0004 word/document.xml',
			),
	},
	{
		name: 'consultation-closes-before-opening',
		what: 'a consultation that closes before it opens',
		outcome: 'fails',
		file: consultation,
		field: 'closesAt',
		says: 'phải sau "opensAt"',
		mutate: (dir) =>
			edit(join(dir, consultation), /^closesAt: .*$/m, 'closesAt: 2019-12-31T17:00:00+07:00'),
	},
	{
		name: 'clarification-unknown-related',
		what: 'a clarification naming an article address that does not exist',
		outcome: 'fails',
		file: clarification,
		field: 'related',
		says: 'không có bài nào ở địa chỉ',
		mutate: (dir) =>
			edit(
				join(dir, clarification),
				'  - /tin-tuc/tin-so-1/\n---',
				'  - /tin-tuc/tin-khong-co/\n---',
			),
	},
	{
		name: 'clarification-without-sources',
		what: 'a clarification with no sources to check',
		outcome: 'fails',
		file: clarification,
		field: 'sources',
		says: 'ít nhất một nguồn',
		mutate: (dir) => edit(join(dir, clarification), /^sources:\n(  .*\n)+/m, 'sources: []\n'),
	},
	{
		name: 'document-unknown-type',
		what: 'a legal document of a type the register does not know',
		outcome: 'fails',
		file: legalDocument,
		field: 'docType',
		says: 'phải là một trong',
		mutate: (dir) => edit(join(dir, legalDocument), /^docType: .*$/m, 'docType: quyet-dinh-ubnd'),
	},

	// Images
	{
		name: 'cover-without-alt',
		what: 'a cover without alt text',
		outcome: 'fails',
		file: translated,
		field: 'coverAlt',
		says: 'coverAlt',
		mutate: (dir) => edit(join(dir, translated), /^coverAlt: .*\n/m, ''),
	},
	{
		name: 'cover-missing-file',
		what: 'a cover naming a file that does not exist',
		outcome: 'fails',
		file: translated,
		field: 'cover',
		says: 'khong-co.jpg',
		mutate: (dir) => edit(join(dir, translated), /^cover: .*$/m, 'cover: khong-co.jpg'),
	},
	{
		name: 'body-image-missing-file',
		what: 'a body image naming a file that does not exist',
		outcome: 'fails',
		file: news1,
		says: 'khong-co.jpg',
		mutate: (dir) => appendBody(dir, news1, '![Ảnh không có](khong-co.jpg)'),
	},
	{
		name: 'body-image-without-alt',
		what: 'a body image without alt text',
		outcome: 'fails',
		file: story,
		field: 'body',
		says: 'chưa có mô tả',
		mutate: (dir) => edit(join(dir, story), /!\[[^\]]*\]/, '![]'),
	},
	{
		name: 'remote-image',
		what: 'a body image from another site (a third-party request)',
		outcome: 'fails',
		file: news1,
		field: 'body',
		says: 'download it, put it beside the article',
		mutate: (dir) => appendBody(dir, news1, '![Ảnh](https://cdn.example.com/anh.jpg)'),
	},
	{
		name: 'image-cut-short',
		what: 'a photo cut short by an interrupted upload',
		outcome: 'fails',
		file: 'news/tin-da-dich/cover.jpg',
		says: 'the JPEG is cut short',
		mutate: (dir) => {
			const path = join(dir, 'news/tin-da-dich/cover.jpg');
			writeFileSync(path, readFileSync(path).subarray(0, 3000));
		},
	},
	{
		name: 'image-not-an-image',
		what: 'a web page saved under an image’s name',
		outcome: 'fails',
		file: 'stories/tam-guong-co-giao/anh-dien-thoai-20mp.jpg',
		says: 'ảnh bị hỏng hoặc không đọc được',
		mutate: (dir) =>
			writeFileSync(
				join(dir, 'stories/tam-guong-co-giao/anh-dien-thoai-20mp.jpg'),
				'<html>Lỗi 404</html>',
			),
	},
	// Encodings and syntax
	{
		name: 'not-utf8',
		what: 'a file saved in a legacy Vietnamese code page (Windows-1258)',
		outcome: 'fails',
		file: news1,
		says: 'UTF-8',
		// "Tin số 1" with ố as Windows-1258 writes it: o + combining acute (0xEC) is not UTF-8.
		mutate: (dir) =>
			writeFileSync(
				join(dir, news1),
				Buffer.concat([
					Buffer.from('---\ntitle: "Tin s'),
					Buffer.from([0xf4, 0xec]),
					Buffer.from(read(join(dir, news1)).replace(/^---\ntitle: "Tin s/, '')),
				]),
			),
	},
	{
		name: 'yaml-broken',
		what: 'frontmatter that is not valid YAML (a quote never closed)',
		outcome: 'fails',
		file: news1,
		says: 'index.vi.md',
		mutate: (dir) => edit(join(dir, news1), /^title: .*$/m, 'title: "Tin số 1 chưa đóng ngoặc'),
	},
	{
		name: 'enormous-title',
		what: 'a 5,000-character title',
		outcome: 'fails',
		file: news1,
		field: 'title',
		says: 'dài quá',
		mutate: (dir) => edit(join(dir, news1), /^title: .*$/m, `title: "${'Rất dài '.repeat(625)}"`),
	},
	{
		name: 'javascript-source-url',
		what: 'a policy source link with javascript:',
		outcome: 'fails',
		file: policy,
		field: 'sourceUrl',
		says: 'https://',
		mutate: (dir) =>
			edit(join(dir, policy), /^source: /m, 'sourceUrl: "javascript:alert(1)"\nsource: '),
	},
	// Hostile bodies
	{
		name: 'script-in-body',
		what: 'raw <script> in a body',
		outcome: 'fails',
		file: news1,
		field: 'body',
		says: '<script>',
		mutate: (dir) => appendBody(dir, news1, 'Xin chào <script>alert(document.cookie)</script>'),
	},
	{
		name: 'iframe-in-body',
		what: 'an <iframe> embed in a body',
		outcome: 'fails',
		file: news1,
		field: 'body',
		says: '<iframe>',
		mutate: (dir) =>
			appendBody(dir, news1, '<iframe src="https://video.example.com/embed/1"></iframe>'),
	},
	{
		name: 'onerror-in-body',
		what: 'raw <img onerror=…> in a body',
		outcome: 'fails',
		file: news1,
		field: 'body',
		says: '<img>',
		mutate: (dir) => appendBody(dir, news1, '<img src="x" onerror="alert(1)">'),
	},
	{
		name: 'event-attribute-on-allowed-tag',
		what: 'an allowed tag with an event handler (<sup onclick>)',
		outcome: 'fails',
		file: news1,
		field: 'body',
		says: 'onclick',
		mutate: (dir) => appendBody(dir, news1, 'x<sup onclick="alert(1)">2</sup>'),
	},
	{
		name: 'javascript-link',
		what: 'a Markdown link to javascript:',
		outcome: 'fails',
		file: news1,
		field: 'body',
		says: 'https://, mailto: or tel:',
		mutate: (dir) => appendBody(dir, news1, '[Bấm vào đây](javascript:alert(1))'),
	},
	{
		name: 'script-hidden-in-comment',
		what: 'a <script> hidden inside an HTML comment',
		outcome: 'fails',
		file: news1,
		field: 'body',
		says: '<script>',
		mutate: (dir) => appendBody(dir, news1, '<!-- --><script>alert(1)</script><!-- -->'),
	},
	// Blocks: a body with one is MDX, under the guard (src/lib/blocks/guard.ts)
	{
		name: 'mdx-import',
		what: 'an import in a body with blocks (code run at build time)',
		outcome: 'fails',
		file: news1,
		says: 'import/export',
		mutate: (dir) => appendBody(dir, news1, `${callout}\n\nimport fs from "node:fs"`),
	},
	{
		name: 'mdx-export',
		what: 'an export in a body with blocks',
		outcome: 'fails',
		file: news1,
		says: 'import/export',
		mutate: (dir) => appendBody(dir, news1, `${callout}\n\nexport const secret = process.env`),
	},
	{
		name: 'mdx-expression',
		what: 'a {…} expression in a body with blocks',
		outcome: 'fails',
		file: news1,
		says: '{…}',
		mutate: (dir) => appendBody(dir, news1, `${callout}\n\nNăm học {process.env.HOME}.`),
	},
	{
		name: 'mdx-attribute-expression',
		what: 'a block attribute given as an expression',
		outcome: 'fails',
		file: news1,
		says: '{…}',
		mutate: (dir) => appendBody(dir, news1, '<DocumentCard id={"ke-hoach-3-2026"} />'),
	},
	{
		name: 'mdx-unknown-component',
		what: 'a component that is not one of the blocks',
		outcome: 'fails',
		file: news1,
		says: '<Script>',
		mutate: (dir) =>
			appendBody(dir, news1, `${callout}\n\n<Script src="https://x.example/a.js" />`),
	},
	{
		name: 'mdx-script',
		what: 'a <script> in a body with blocks',
		outcome: 'fails',
		file: news1,
		says: '<script>',
		mutate: (dir) => appendBody(dir, news1, `${callout}\n\n<script>alert(1)</script>`),
	},
	{
		name: 'mdx-unknown-attribute',
		what: 'a block with an attribute it does not have (onClick)',
		outcome: 'fails',
		file: news1,
		says: 'onClick',
		mutate: (dir) =>
			appendBody(dir, news1, '<Callout kind="note" onClick="alert(1)">\nA\n</Callout>'),
	},
	{
		name: 'gallery-photo-without-alt',
		what: 'a gallery photo without alt text',
		outcome: 'fails',
		file: translated,
		says: 'has no alt text',
		mutate: (dir) =>
			appendBody(dir, translated, '<Gallery>\n<Photo src="cover.jpg" alt=" " />\n</Gallery>'),
	},
	{
		name: 'gallery-photo-missing',
		what: 'a gallery photo whose file is not beside the article',
		outcome: 'fails',
		file: news1,
		says: 'khong-co.jpg',
		mutate: (dir) =>
			appendBody(
				dir,
				news1,
				'<Gallery>\n<Photo src="khong-co.jpg" alt="Ảnh không có" />\n</Gallery>',
			),
	},
	{
		name: 'gallery-photo-remote',
		what: 'a gallery photo from another site',
		outcome: 'fails',
		file: news1,
		says: 'another site',
		mutate: (dir) =>
			appendBody(
				dir,
				news1,
				'<Gallery>\n<Photo src="https://x.example/a.jpg" alt="Ảnh" />\n</Gallery>',
			),
	},
	{
		name: 'document-card-unknown-id',
		what: 'a document card naming no document of the register',
		outcome: 'fails',
		file: news1,
		says: 'unknown document "khong-co"',
		mutate: (dir) => appendBody(dir, news1, '<DocumentCard id="khong-co" />'),
	},
	{
		name: 'related-article-unknown-address',
		what: 'a related-article card at an address with no article',
		outcome: 'fails',
		file: news1,
		says: 'no article at /tin-tuc/khong-co/',
		mutate: (dir) => appendBody(dir, news1, '<RelatedArticle href="/tin-tuc/khong-co/" />'),
	},
	{
		name: 'translation-block-other-photo',
		what: 'a translation whose gallery shows a photo the Vietnamese file does not',
		outcome: 'fails',
		file: translatedEn,
		says: 'ảnh cover.jpg',
		mutate: (dir) =>
			appendBody(
				dir,
				translatedEn,
				'<Gallery>\n<Photo src="cover.jpg" alt="Tablets in class" />\n</Gallery>',
			),
	},
	{
		name: 'figures-ambiguous-number',
		what: 'a figures table with a thousands separator ("1.234")',
		outcome: 'fails',
		file: news1,
		says: '1234',
		mutate: (dir) =>
			appendBody(
				dir,
				news1,
				'<FiguresTable caption="Số học sinh">\n\n| Huyện | Học sinh |\n| --- | --- |\n| Phủ Lý | 1.234 |\n\n</FiguresTable>',
			),
	},
	{
		name: 'mdx-unclosed-block',
		what: 'a block opened and never closed',
		outcome: 'fails',
		file: news1,
		says: 'Callout',
		mutate: (dir) => appendBody(dir, news1, '<Callout kind="note">\nChưa đóng khối.'),
	},
	// Handled by rule (one shared build)
	{
		name: 'bom',
		what: 'a UTF-8 byte-order mark before the frontmatter',
		outcome: 'handled',
		rule: 'the mark is ignored; the file reads as without it',
		mutate: (dir) =>
			writeFileSync(
				join(dir, 'news/tin-so-4/index.vi.md'),
				`\uFEFF${read(join(dir, 'news/tin-so-4/index.vi.md'))}`,
			),
		check: (dist) => {
			if (
				dist.html('/tin-tuc/tin-so-4/').querySelector('h1')!.text !==
				'Tin số 4 về an toàn trường học'
			)
				throw new Error('BOM file lost its title');
		},
	},
	{
		name: 'crlf',
		what: 'Windows line endings (CRLF) throughout',
		outcome: 'handled',
		rule: 'CRLF reads as LF',
		mutate: (dir) =>
			writeFileSync(
				join(dir, 'news/tin-so-5/index.vi.md'),
				read(join(dir, 'news/tin-so-5/index.vi.md')).replace(/\n/g, '\r\n'),
			),
		check: (dist) => {
			const doc = dist.html('/tin-tuc/tin-so-5/');
			if (!doc.querySelector('h1')!.text.startsWith('Tin số 5'))
				throw new Error('CRLF file lost its title');
			if (doc.querySelectorAll('.prose li').length !== 2)
				throw new Error('CRLF body lost its list');
		},
	},
	{
		name: 'nfd',
		what: 'Vietnamese typed in decomposed Unicode (NFD), title and body',
		outcome: 'handled',
		rule: 'text is composed (NFC) in pages, feeds and search',
		mutate: (dir) =>
			writeFileSync(
				join(dir, 'news/tin-so-6/index.vi.md'),
				read(join(dir, 'news/tin-so-6/index.vi.md')).normalize('NFD'),
			),
		check: (dist) => {
			const html = dist.text('/tin-tuc/tin-so-6/');
			const body = html.slice(html.indexOf('<div class="prose">'));
			if (!body.includes('Đào tạo, giáo dục, học sinh') || html.normalize('NFC') !== html)
				throw new Error('NFD text was not composed');
		},
	},
	{
		name: 'html-in-title',
		what: 'markup typed into a title (<script> in frontmatter)',
		outcome: 'handled',
		rule: 'frontmatter is text: shown as typed, never as markup',
		mutate: (dir) =>
			edit(
				join(dir, 'news/tin-so-7/index.vi.md'),
				/^title: .*$/m,
				'title: "Tin <script>alert(1)</script> số 7"',
			),
		check: (dist) => {
			const doc = dist.html('/tin-tuc/tin-so-7/');
			if (doc.querySelector('h1')!.text !== 'Tin <script>alert(1)</script> số 7')
				throw new Error('title not shown as typed');
			if (
				doc
					.querySelectorAll('script')
					.some(
						(s) => s.text.includes('alert(1)') && s.getAttribute('type') !== 'application/ld+json',
					)
			)
				throw new Error('title ran as script');
		},
	},
	{
		name: 'allowed-inline-html',
		what: 'harmless inline HTML (<sup>, <abbr title>, <br>)',
		outcome: 'handled',
		rule: 'a short allow-list of inline tags without attributes passes',
		mutate: (dir) =>
			appendBody(
				dir,
				'news/tin-so-8/index.vi.md',
				'Diện tích 25 m<sup>2</sup>, <abbr title="Sở Giáo dục và Đào tạo">SGDĐT</abbr><br>dòng mới',
			),
		check: (dist) => {
			const prose = dist.html('/tin-tuc/tin-so-8/').querySelector('.prose')!;
			if (
				!prose.querySelector('sup') ||
				prose.querySelector('abbr')?.getAttribute('title') !== 'Sở Giáo dục và Đào tạo'
			)
				throw new Error('allowed HTML lost');
		},
	},
];

/** A copy of the fixture content with the given cases applied. */
export function badContentTree(
	fixture: string,
	tmp: string,
	name: string,
	cases: BadContentCase[],
): string {
	const dir = join(tmp, `content-${name}`);
	rmSync(dir, { recursive: true, force: true });
	cpSync(fixture, dir, { recursive: true });
	for (const c of cases) c.mutate(dir);
	return dir;
}
