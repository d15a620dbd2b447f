import { defaultLocale, locales } from '~/i18n/locales';
import { useTranslations } from '~/i18n/t';
import { formatCell, parseCell } from '~/lib/blocks/numbers';
import { attributesOf, calloutKinds, type CalloutKind } from '~/lib/blocks/syntax';

/**
 * The blocks of an article body (issue 18) as Decap editor components: the buttons of the body's
 * "+" menu, each a small form, written into the file in exactly the form the build reads
 * (`src/lib/blocks/syntax.ts`): one MDX component per paragraph, attributes as literal strings
 * with `"` and `&` escaped, a gallery's photos one per line. `toBlock` and `fromBlock` are pure
 * and round-trip a stored block unchanged (blocks.test.ts); the previews use the site's class
 * names, so the preview pane shows a block as the page will (blocks.css).
 *
 * Plain functions run before Decap exists (the config lists the ids at build time): nothing here
 * touches `window` until `registerBlocks` is called.
 */

const { t } = useTranslations(defaultLocale);

/** The ids of the body's block buttons, in the order the menu shows them. */
export const blockComponentIds = [
	'gallery',
	'document-card',
	'callout',
	'figures-table',
	'related-article',
] as const;
export type BlockComponentId = (typeof blockComponentIds)[number];

export interface PhotoData {
	src: string;
	alt: string;
	caption?: string;
}
export interface BlockData {
	gallery: { photos: PhotoData[] };
	'document-card': { id: string };
	callout: { kind: CalloutKind; text: string };
	'figures-table': { caption: string; source?: string; rows: string };
	'related-article': { href: string };
}

/** What any block's form holds, every field optional (a form being filled in). */
type AnyBlockData = Partial<
	BlockData['gallery'] &
		BlockData['document-card'] &
		BlockData['callout'] &
		BlockData['figures-table'] &
		BlockData['related-article']
>;

/** An attribute value as MDX reads it literally: one line, `&` and `"` as character references. */
const attr = (value: string | undefined) =>
	(value ?? '').replace(/\s+/g, ' ').trim().replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** ` name="value"`, or nothing for an empty optional value. */
const optional = (name: string, value: string | undefined) =>
	value?.trim() ? ` ${name}="${attr(value)}"` : '';

/** Text for the preview's HTML. */
const html = (value: string | undefined) =>
	(value ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/**
 * The rows an editor types or pastes (one row per line, the header first; cells split by tabs, as
 * a spreadsheet copies them, or by `|`) as a Markdown table, and back.
 */
export function rowsToTable(rows: string): string {
	const cells = rowCells(rows);
	if (!cells.length) return '';
	const line = (c: string[]) => `| ${c.join(' | ')} |`;
	return [line(cells[0]!), line(cells[0]!.map(() => '---')), ...cells.slice(1).map(line)].join(
		'\n',
	);
}

/** A Markdown table as the rows the form shows: one line per row, cells split by ` | `. */
export function tableToRows(table: string): string {
	return rowCells(table)
		.map((r) => r.join(' | '))
		.join('\n');
}

/**
 * The cells of rows as typed, pasted or stored (a Markdown table's separator line skipped), each
 * row as wide as the widest.
 */
export function rowCells(rows: string): string[][] {
	const cells = rows
		.split('\n')
		.map((l) => l.trim())
		.filter((l) => l && !/^\|?[\s|:-]+\|?$/.test(l))
		.map((l) =>
			(l.includes('\t') ? l.split('\t') : l.replace(/^\||\|$/g, '').split('|')).map((c) =>
				c.trim(),
			),
		);
	const width = Math.max(0, ...cells.map((c) => c.length));
	return cells.map((c) => Array.from({ length: width }, (_, i) => c[i] ?? ''));
}

/** One component: how it is found in a body, read, written and previewed. */
interface BlockComponent<Id extends BlockComponentId> {
	id: Id;
	label: string;
	pattern: RegExp;
	fromBlock(match: RegExpMatchArray): BlockData[Id];
	toBlock(data: Partial<BlockData[Id]>): string;
}

/**
 * How each block is stored. The patterns start at the block (Decap anchors them) and never use the
 * `m` flag, which Decap refuses; a gallery's photos sit on the lines between its tags.
 */
export const blockFormats: { [Id in BlockComponentId]: BlockComponent<Id> } = {
	gallery: {
		id: 'gallery',
		label: 'Bộ ảnh',
		pattern: /^<Gallery>\n((?:<Photo\b[^\n]*\n)*)<\/Gallery>/,
		fromBlock: (match) => ({
			photos: [...match[1]!.matchAll(/<Photo\b[^\n]*/g)].map(([tag]) => {
				const { src = '', alt = '', caption } = attributesOf(tag);
				return caption ? { src, alt, caption } : { src, alt };
			}),
		}),
		toBlock: ({ photos = [] }) =>
			[
				'<Gallery>',
				...photos.map(
					(p) =>
						`<Photo src="${attr(p.src)}" alt="${attr(p.alt)}"${optional('caption', p.caption)} />`,
				),
				'</Gallery>',
			].join('\n'),
	},
	'document-card': {
		id: 'document-card',
		label: t('blocks.document'),
		pattern: /^<DocumentCard\b[^>\n]*\/>/,
		fromBlock: (match) => ({ id: attributesOf(match[0]).id ?? '' }),
		toBlock: ({ id }) => `<DocumentCard id="${attr(id)}" />`,
	},
	callout: {
		id: 'callout',
		label: `${t('blocks.note')} / ${t('blocks.important')}`,
		pattern: /^<Callout\b([^>\n]*)>\n([\s\S]*?)\n<\/Callout>/,
		fromBlock: (match) => ({
			kind: (attributesOf(match[1]!).kind ?? 'note') as CalloutKind,
			text: match[2]!,
		}),
		toBlock: ({ kind, text }) =>
			`<Callout kind="${attr(kind ?? 'note')}">\n${(text ?? '').trim()}\n</Callout>`,
	},
	'figures-table': {
		id: 'figures-table',
		label: 'Bảng số liệu',
		pattern: /^<FiguresTable\b([^>\n]*)>\n\n([\s\S]*?)\n\n<\/FiguresTable>/,
		fromBlock: (match) => {
			const { caption = '', source } = attributesOf(match[1]!);
			const rows = tableToRows(match[2]!);
			return source ? { caption, source, rows } : { caption, rows };
		},
		toBlock: ({ caption, source, rows }) =>
			`<FiguresTable caption="${attr(caption)}"${optional('source', source)}>\n\n${rowsToTable(rows ?? '')}\n\n</FiguresTable>`,
	},
	'related-article': {
		id: 'related-article',
		label: t('blocks.related'),
		pattern: /^<RelatedArticle\b[^>\n]*\/>/,
		fromBlock: (match) => ({ href: attributesOf(match[0]).href ?? '' }),
		toBlock: ({ href }) => `<RelatedArticle href="${attr(relativeAddress(href))}" />`,
	},
};

/** An address pasted with the site's origin (`https://…/tin-tuc/x/`) kept as its path. */
export function relativeAddress(href: string | undefined): string {
	const value = (href ?? '').trim();
	const absolute = /^https?:\/\/[^/]+(\/.*)$/.exec(value);
	return absolute ? absolute[1]! : value;
}

/** A choice in a select: what the editor sees, what is stored. */
export interface Option {
	label: string;
	value: string;
}

/**
 * What the admin page gives the blocks, read when it was built: the register's documents (number
 * and abstract, id) and the published articles (title, Vietnamese address).
 */
export interface BlockOptions {
	documents: Option[];
	articles: Option[];
}

/** The form of each block in the editor, in Vietnamese. */
function fieldsOf(id: BlockComponentId, documents: Option[]): object[] {
	switch (id) {
		case 'gallery':
			return [
				{
					name: 'photos',
					label: 'Ảnh',
					label_singular: 'ảnh',
					widget: 'list',
					summary: '{{fields.alt}}',
					fields: [
						{
							name: 'src',
							label: 'Ảnh',
							widget: 'image',
							// Photos live beside the article: no address of another site (the build refuses them).
							choose_url: false,
							media_library: { allow_multiple: false },
						},
						{
							name: 'alt',
							label: 'Mô tả ảnh (bắt buộc)',
							widget: 'string',
							hint: 'Ảnh có gì, cho người không nhìn thấy ảnh, ví dụ "Học sinh lớp 1 xếp hàng vào lớp".',
						},
						{ name: 'caption', label: 'Chú thích', widget: 'string', required: false },
					],
				},
			];
		case 'document-card':
			// Without documents in the register (a new site), the id is typed.
			return [
				documents.length
					? { name: 'id', label: 'Văn bản', widget: 'select', options: documents }
					: { name: 'id', label: 'Mã văn bản trong mục Văn bản', widget: 'string' },
			];
		case 'callout':
			return [
				{
					name: 'kind',
					label: 'Loại',
					widget: 'select',
					default: 'note',
					options: calloutKinds.map((kind) => ({ label: t(`blocks.${kind}`), value: kind })),
				},
				{ name: 'text', label: 'Nội dung', widget: 'text', hint: 'Một hai câu ngắn.' },
			];
		case 'figures-table':
			return [
				{ name: 'caption', label: 'Tên bảng', widget: 'string' },
				{
					name: 'rows',
					label: 'Số liệu',
					widget: 'text',
					hint: 'Mỗi dòng một hàng, dòng đầu là tên cột; các ô cách nhau bằng dấu | (hoặc dán thẳng từ Excel). Số viết như thường, trang tự định dạng theo ngôn ngữ.',
				},
				{ name: 'source', label: 'Nguồn số liệu', widget: 'string', required: false },
			];
		case 'related-article':
			return [
				{
					name: 'href',
					label: 'Địa chỉ bài',
					widget: 'string',
					hint: 'Mở bài trên trang, chép địa chỉ rồi dán vào đây, ví dụ /tin-tuc/ten-bai/.',
				},
			];
	}
}

type ImmutableField = { get(key: string): unknown };
type GetAsset = (path: string, field?: ImmutableField) => { toString(): string } | undefined;

/** A cell as the Vietnamese page shows it: a number by `Intl` ("1.250", "99,5"), else as typed. */
function shownNumber(cell: string): string {
	const number = parseCell(cell);
	return number && !('error' in number) ? formatCell(number, locales[defaultLocale].intl) : cell;
}

/** The preview of a block as the page shows it (the site's classes), as HTML. */
export function previewOf(
	id: BlockComponentId,
	data: AnyBlockData,
	{ documents, articles }: BlockOptions,
	imageUrl: (src: string) => string = (src) => src,
): string {
	switch (id) {
		case 'gallery': {
			const { photos = [] } = data;
			const items = photos
				.map(
					(p) =>
						`<li><figure class="gallery__item"><img src="${html(imageUrl(p.src))}" alt="${html(p.alt)}" />${p.caption ? `<figcaption>${html(p.caption)}</figcaption>` : ''}</figure></li>`,
				)
				.join('');
			return `<div class="gallery"><ul class="gallery__grid">${items}</ul></div>`;
		}
		case 'document-card': {
			const { id: docId = '' } = data;
			const label = documents.find((d) => d.value === docId)?.label ?? docId;
			return `<div class="doc-card"><p class="doc-card__label">${t('blocks.document')}</p><p class="doc-card__title">${html(label)}</p></div>`;
		}
		case 'callout': {
			const { kind = 'note', text = '' } = data;
			const paragraphs = text
				.split('\n')
				.filter((l) => l.trim())
				.map((l) => `<p>${html(l).replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')}</p>`)
				.join('');
			const known = (calloutKinds as readonly string[]).includes(kind) ? kind : 'note';
			return `<div class="callout callout--${known}" role="note"><p class="callout__label">${t(`blocks.${known}`)}</p>${paragraphs}</div>`;
		}
		case 'figures-table': {
			const { caption = '', source, rows = '' } = data;
			const cells = rowCells(rows);
			const head = cells[0]?.map((c) => `<th scope="col">${html(c)}</th>`).join('') ?? '';
			const body = cells
				.slice(1)
				.map((r) => `<tr>${r.map((c) => `<td>${html(shownNumber(c))}</td>`).join('')}</tr>`)
				.join('');
			return `<figure class="figures"><figcaption>${html(caption)}</figcaption><div class="figures__scroll"><table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>${source ? `<p class="figures__source">${html(t('blocks.source', { source }))}</p>` : ''}</figure>`;
		}
		case 'related-article': {
			const { href = '' } = data;
			// The title where the address is a published article's Vietnamese one, else the address.
			const address = relativeAddress(href);
			const title = articles.find((a) => a.value === address)?.label ?? address;
			return `<div class="related-card"><p class="related-card__label">${t('blocks.related')}</p><p class="related-card__title">${html(title)}</p></div>`;
		}
	}
}

/** The part of Decap's `CMS` object that registers editor components. */
export interface EditorComponents {
	registerEditorComponent(component: object): void;
}

/**
 * Register the block buttons, with what the admin page read when it was built (`BlockOptions`).
 */
export function registerBlocks(cms: EditorComponents, options: BlockOptions) {
	for (const id of blockComponentIds) {
		const format = blockFormats[id] as BlockComponent<BlockComponentId>;
		cms.registerEditorComponent({
			...format,
			fields: fieldsOf(id, options.documents),
			toPreview: (
				data: AnyBlockData,
				getAsset: GetAsset,
				fields?: { find(p: (f: ImmutableField) => boolean): ImmutableField | undefined },
			) => {
				// The photo field of the gallery's list, so Decap finds uploads beside the entry.
				const list = fields?.find((f) => f.get('name') === 'photos');
				const photoField = (
					list?.get('fields') as { find(p: (f: ImmutableField) => boolean): ImmutableField }
				)?.find((f) => f.get('name') === 'src');
				return previewOf(id, data, options, (src) =>
					src ? String(getAsset(src, photoField) ?? src) : '',
				);
			},
		});
	}
}
