import type { HastVisitorContext } from 'satteri';
import { isLocale, locales, type Locale, defaultLocale } from '../../i18n/locales';
import { useTranslations } from '../../i18n/t';
import { mdxPicture } from '../images/pictures';
import { fail } from './guard';
import { formatCell, parseCell } from './numbers';

/**
 * What blocks become in the page, done while the MDX is compiled (after the guard):
 * - each `<Photo>` of a gallery becomes a list item with a figure: the photo as a `<picture>`
 *   (AVIF, WebP, JPEG at thumbnail widths, lazy), a link to it at full size (the JPEG's largest
 *   width, filled in by `fullSizeLinks()`: no script, the browser shows the image), its caption;
 * - the numbers of a figures table are written the page's way by `Intl` (`numbers.ts`).
 * Images become Astro image components through @astrojs/mdx, which optimises every photo named
 * in `localImagePaths`.
 */

/** The locale of the file being compiled: `index.en.md` → en. */
function fileLocale(ctx: HastVisitorContext): Locale {
	const code = ctx.fileURL?.pathname.match(/index\.([a-z]{2})\.mdx?(\.mdx)?$/)?.[1];
	return isLocale(code) ? code : defaultLocale;
}

/** Thumbnails: two columns on a phone, three in the 42rem column, at 1× and 2×. */
export const galleryWidths = [320, 640];
/** The full-size link: the JPEG at this width (or the original, if smaller). */
export const fullSizeWidth = 1600;
const gallerySizes = '(min-width: 44rem) 14rem, 50vw';

type Jsx = { name: string | null; attributes: { name?: string; value?: unknown }[] };
const attr = (node: Jsx, name: string) =>
	node.attributes.find((a) => a.name === name)?.value as string | undefined;

function photo(node: Jsx, ctx: HastVisitorContext) {
	const src = attr(node, 'src')!;
	const alt = attr(node, 'alt')!;
	const caption = attr(node, 'caption')?.trim();
	const { t } = useTranslations(fileLocale(ctx));
	const picture = mdxPicture(ctx, src, alt, {
		widths: galleryWidths,
		fallbackWidths: [...galleryWidths, fullSizeWidth],
		width: galleryWidths[0]!,
		sizes: gallerySizes,
	});
	const text = (value: string) => ({ type: 'text' as const, value });
	ctx.replaceNode(node as never, {
		type: 'element',
		tagName: 'li',
		properties: {},
		children: [
			{
				type: 'element',
				tagName: 'figure',
				properties: { className: ['gallery__item'] },
				children: [
					{
						type: 'element',
						tagName: 'a',
						properties: { className: ['gallery__open'], dataFullSize: '' },
						children: [
							picture,
							{
								type: 'element',
								tagName: 'span',
								properties: { className: ['visually-hidden'] },
								children: [text(` (${t('gallery.open')})`)],
							},
						],
					},
					...(caption
						? [
								{
									type: 'element' as const,
									tagName: 'figcaption',
									properties: {},
									children: [text(caption)],
								},
							]
						: []),
				],
			},
		],
	});
}

type Cell = {
	type: string;
	tagName: string;
	properties?: Record<string, unknown>;
	position?: { start: { line: number } };
};

function cell(node: Cell, ctx: HastVisitorContext) {
	// Only the tables of a figures block: a Markdown table elsewhere keeps its text as written.
	let parent = ctx.parent(node as never) as { type: string; name?: string } | undefined;
	while (parent && !(parent.type === 'mdxJsxFlowElement' && parent.name === 'FiguresTable'))
		parent = parent.type === 'root' ? undefined : (ctx.parent(parent as never) as typeof parent);
	if (!parent) return;
	const parsed = parseCell(ctx.textContent(node as never));
	if (!parsed) return;
	if ('error' in parsed) fail(ctx, node, parsed.error);
	ctx.replaceNode(node as never, {
		type: 'element',
		tagName: node.tagName,
		properties: { ...node.properties, className: ['num'] },
		children: [{ type: 'text', value: formatCell(parsed, locales[fileLocale(ctx)].intl) }],
	});
}

export const mdxBlocks = {
	name: 'mdx-blocks',
	options: { position: true },
	mdxJsxFlowElement: { filter: ['Photo'], visit: photo },
	element: { filter: ['td'], visit: cell },
};
