import type { HastVisitorContext } from 'satteri';

/**
 * Body images as `<picture>`: AVIF first, then WebP, then a JPEG (or PNG) `<img>` for browsers that
 * read neither (KaiOS 2.5 feature phones, old iOS), each at a few widths.
 *
 * Astro turns a Markdown image into one optimised `<img>` (one format, at its original size unless
 * told otherwise: a 20-megapixel phone photo would ship at 5,472 px). This hast plugin runs before
 * Astro's own image marker and replaces each local image with a `<picture>` of AVIF- and WebP-typed
 * `<img>`s followed by the real one, each carrying Astro's image placeholder with our widths and
 * format. Once Astro has filled in their attributes, `pictureSources()` (run by the site's
 * middleware on every page) turns each typed `<img>` into the `<source>` it stands for: Astro fills
 * placeholders in `img` tags only.
 */

/** Widths the body column needs: a phone at 1×, the 42rem column at 1×, both at about 2×. */
export const bodyImageWidths = [480, 800, 1200];
/** The `src` of the fallback image: what a browser without `srcset` support gets. */
export const bodyImageWidth = 800;
/** The prose column is 42rem wide at most. */
export const bodyImageSizes = '(min-width: 44rem) 42rem, 100vw';
/** Sources of every content picture, best first; the `<img>` inside keeps a universal format. */
export const pictureFormats: ('avif' | 'webp')[] = ['avif', 'webp'];
/** The `<img>` fallback: PNG stays PNG (charts, screenshots), everything else becomes JPEG. */
export function fallbackFormat(image: string | { format: string }): 'png' | 'jpg' {
	const name = typeof image === 'string' ? image : `.${image.format}`;
	return /\.png$/i.test(name) ? 'png' : 'jpg';
}

/** Marks the source carriers between the plugin and `pictureSources()`. */
const carrier = 'data-picture-source';

type HastNode = Parameters<HastVisitorContext['setProperty']>[0];

export const markdownPictures = {
	name: 'markdown-pictures',
	element: {
		filter: ['img'],
		visit(node: HastNode, ctx: HastVisitorContext) {
			const props = (node as { properties?: Record<string, unknown> }).properties ?? {};
			const src = typeof props.src === 'string' ? decodeURI(props.src) : undefined;
			// Only images beside the entry, which Astro collected while reading the Markdown.
			const astro = (ctx.data as { astro?: { localImagePaths: Set<string> } }).astro;
			if (!src || !astro?.localImagePaths.has(src)) return;
			// Already a picture's image (a gallery photo, src/lib/blocks/transform.ts).
			if (props.widths !== undefined) return;
			// A body with blocks is MDX, where images become Astro's image component instead.
			if (ctx.sourceFormat === 'mdx') {
				ctx.replaceNode(
					node,
					mdxPicture(ctx, src, String(props.alt ?? ''), {
						widths: bodyImageWidths,
						fallbackWidths: bodyImageWidths,
						width: bodyImageWidth,
						sizes: bodyImageSizes,
					}),
				);
				return;
			}
			// The placeholder Astro's marker would write, written here with the options it cannot carry
			// (hast property values lose arrays of numbers). With no `src` left, the marker passes over
			// these images; Astro's renderer then hands each placeholder to getImage(). The `src` of each
			// is the 800 px entry of its own srcset, so no file is made that the page does not use.
			const image = (format: string, extra: Record<string, string> = {}) => ({
				type: 'element' as const,
				tagName: 'img',
				properties: {
					...extra,
					__ASTRO_IMAGE_: JSON.stringify({
						alt: extra[carrier] ? '' : (props.alt ?? ''),
						...(typeof props.title === 'string' ? { title: props.title } : {}),
						src,
						widths: bodyImageWidths,
						width: bodyImageWidth,
						sizes: bodyImageSizes,
						format,
						index: 0,
					}),
				},
				children: [],
			});
			ctx.replaceNode(node, {
				type: 'element',
				tagName: 'picture',
				properties: {},
				children: [
					...pictureFormats.map((format) => image(format, { [carrier]: `image/${format}` })),
					image(fallbackFormat(src)),
				],
			});
		},
	},
};

/** Widths and sizes of one picture. */
export interface PictureSizes {
	/** Widths of the AVIF and WebP sources. */
	widths: number[];
	/** Widths of the fallback `<img>` (a gallery's adds its full-size one). */
	fallbackWidths: number[];
	/** Width of the `src` of each. */
	width: number;
	sizes: string;
}

/**
 * The same `<picture>` in an MDX body: `<img>`s that keep their `src`, which @astrojs/mdx turns
 * into Astro's image component with these options as attributes (it reads `widths` as a
 * space-separated list). Each image joins the file's local images, so the MDX module imports it.
 */
export function mdxPicture(ctx: HastVisitorContext, src: string, alt: string, size: PictureSizes) {
	(ctx.data as { astro: { localImagePaths: Set<string> } }).astro.localImagePaths.add(src);
	const image = (format: string, widths: number[], extra: Record<string, string>) => ({
		type: 'element' as const,
		tagName: 'img',
		properties: {
			src,
			widths: widths.join(' '),
			width: String(size.width),
			sizes: size.sizes,
			format,
			...extra,
		},
		children: [],
	});
	return {
		type: 'element' as const,
		tagName: 'picture',
		properties: {},
		children: [
			...pictureFormats.map((format) =>
				image(format, size.widths, { alt: '', [carrier]: `image/${format}` }),
			),
			image(fallbackFormat(src), size.fallbackWidths, { alt }),
		],
	};
}

/**
 * Turn the typed carriers that `markdownPictures` left in a page into `<source>` elements, keeping
 * only what a source needs (type, srcset, sizes, width, height).
 */
export function pictureSources(html: string): string {
	if (!html.includes(carrier)) return html;
	return html.replace(
		/<img\b([^>]*\bdata-picture-source="([^"]+)"[^>]*)>/g,
		(_all, attrs: string, type: string) => {
			const keep = ['srcset', 'sizes', 'width', 'height']
				.map((name) => attrs.match(new RegExp(`\\s${name}="[^"]*"`))?.[0] ?? '')
				.join('');
			return `<source type="${type}"${keep}>`;
		},
	);
}
