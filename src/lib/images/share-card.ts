import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import {
	fontFaces,
	fontFile,
	fontPackage,
	fontSubsets,
	type FontSubset,
	type FontWeight,
} from '../../styles/fonts.ts';
import { hangulChars, hangulFamily, hangulSubset, hangulWeights } from '../hangul.ts';
import { layoutText, paintBlocks, type Rgb } from './card-text.ts';

/**
 * Share cards: the 1200 × 630 picture Facebook, Zalo and X show for a shared article, laid over
 * the cover, darkened so white text stays readable on any photo, or over the brand colour.
 *
 * Two layers. The frame (the Department's name, logo, host, rule), the same for every card of a
 * site and language, is laid out by satori with the site's own font (Be Vietnam Pro, its Latin and
 * Vietnamese subsets, so every tone mark and đ is drawn from the font) and rasterised by sharp, once
 * per thread. The section and title are set straight into the card's pixels (`card-text.ts`:
 * HarfBuzz shapes them, each letter drawn from a mask rasterised once per thread). A card then
 * costs its title's letters and its JPEG: about 5.6 ms of CPU on this machine's cores, against
 * 18.5 ms with satori setting the title too, and 55 ms drawing the whole card each time.
 */

export const cardWidth = 1200;
export const cardHeight = 630;

/** What a card shows. */
export interface ShareCard {
	title: string;
	/** Section name, e.g. "Tin tức". */
	section: string;
	/** The Department's name in the card's language. */
	siteName: string;
	/** The host the link leads to, e.g. "hanam.edu.vn". */
	host: string;
	/** Path of the cover image file, if the article has one. */
	cover?: string | undefined;
}

const brand = '#0b4a8b';
const brandDark = '#07325f';
const accent = '#b4121f';
/** The section's colour (the site's focus yellow, #ffbf47), as the card's pixels take it. */
const focus: Rgb = [0xff, 0xbf, 0x47];

/** The site mark (src/components/layout/Logo.astro) as an image for satori. */
const logo = `data:image/svg+xml;base64,${Buffer.from(
	`<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48" viewBox="0 0 48 48"><circle cx="24" cy="24" r="23" fill="#fff"/><path d="M24 7l2.6 5.3 5.8.8-4.2 4.1 1 5.8L24 20.3 18.8 23l1-5.8-4.2-4.1 5.8-.8z" fill="${accent}"/><path d="M9 26c5-1.6 10-1 15 2.2 5-3.2 10-3.8 15-2.2v12c-5-1.6-10-1-15 2.2-5-3.2-10-3.8-15-2.2z" fill="${brand}"/><path d="M24 28.2V40.4" stroke="#fff" stroke-width="1.5"/></svg>`,
).toString('base64')}`;

type Font = { name: string; data: Buffer; weight: FontWeight; style: 'normal' };
let fonts: Promise<Font[]> | undefined;

/**
 * Be Vietnam Pro from @fontsource (WOFF: satori reads WOFF and TTF, not WOFF2). Each subset gets a
 * name of its own: satori keeps one font per name and weight, so two subsets under one name would
 * lose every Vietnamese letter; `fontFamily` then lists both and satori falls back glyph by glyph.
 */
function loadFonts(): Promise<Font[]> {
	const require = createRequire(import.meta.url);
	const dir = join(require.resolve(`${fontPackage}/package.json`), '../files');
	fonts ??= Promise.all(
		fontFaces.map(async (face) => ({
			name: fontName(face.subset),
			data: await readFile(join(dir, fontFile(face, 'woff'))),
			weight: face.weight,
			style: 'normal' as const,
		})),
	);
	return fonts;
}

const hangulFonts = new Map<string, Promise<Font[]>>();

/**
 * Noto Sans KR holding only the Hangul of `text` (src/lib/hangul.ts), in both weights: a Korean
 * card's letters cut out of the 6 MB font in milliseconds, so satori parses kilobytes. None for a
 * text without Hangul.
 */
function hangulFor(text: string): Promise<Font[]> {
	const chars = hangulChars(text);
	if (!chars) return Promise.resolve([]);
	let made = hangulFonts.get(chars);
	if (!made) {
		made = Promise.all(
			hangulWeights.map(async (weight) => ({
				name: hangulFamily,
				data: await hangulSubset(chars, weight, 'truetype'),
				weight,
				style: 'normal' as const,
			})),
		);
		hangulFonts.set(chars, made);
	}
	return made;
}

/** The fonts to lay `text` out with: Be Vietnam Pro, and Hangul when the text has some. */
async function fontsFor(text: string): Promise<Font[]> {
	return [...(await loadFonts()), ...(await hangulFor(text))];
}

/** The name satori knows a subset by. */
function fontName(subset: FontSubset): string {
	return `Be Vietnam Pro ${subset}`;
}

/** Smaller type for longer titles, so a long Vietnamese headline still fits in four lines. */
export function titleSize(title: string): number {
	const n = [...title].length;
	if (n <= 50) return 68;
	if (n <= 80) return 58;
	if (n <= 110) return 50;
	return 44;
}

// Satori takes React-like elements; these are plain objects, no React needed.
type Node = { type: string; props: Record<string, unknown> };
const h = (type: string, style: Record<string, unknown>, ...children: (Node | string)[]): Node => ({
	type,
	props: { style, children: children.length === 1 ? children[0] : children },
});

/**
 * The card's geometry. A card is two layers: the frame (background, red rule, logo, the
 * Department's name, the host), the same for every card of a site and language, drawn once per
 * thread; and the section and title, the only part drawn per card, in the box between the frame's
 * header and footer. Drawn whole, a card spent most of its ~55 ms rasterising the frame again.
 */
const rule = 14;
const pad = { top: 56, side: 72, bottom: 52 };
const headerHeight = 76;
const footerHeight = 30;
/** Where the section and title go: between header and footer, centred vertically. */
export const textBox = {
	left: pad.side,
	top: rule + pad.top + headerHeight,
	width: cardWidth - 2 * pad.side,
	height: cardHeight - rule - pad.top - headerHeight - pad.bottom - footerHeight,
};

const fontFamily = () => [...fontSubsets.map(fontName), hangulFamily].join(', ');

/** The frame: everything but the section and title. */
function frameLayout(frame: Frame): Node {
	return h(
		'div',
		{
			width: '100%',
			height: '100%',
			// Satori sizes boxes as content-box by default: padding and border would push the footer out.
			boxSizing: 'border-box',
			display: 'flex',
			flexDirection: 'column',
			justifyContent: 'space-between',
			padding: `${pad.top}px ${pad.side}px ${pad.bottom}px`,
			fontFamily: fontFamily(),
			color: '#fff',
			// Over a cover: a veil dark enough for white text (contrast above 4.5:1 on any photo).
			backgroundImage: frame.cover
				? 'linear-gradient(180deg, rgba(7,50,95,0.80) 0%, rgba(7,50,95,0.62) 40%, rgba(7,50,95,0.92) 100%)'
				: `linear-gradient(135deg, ${brand} 0%, ${brandDark} 100%)`,
			borderTop: `${rule}px solid ${accent}`,
		},
		h(
			'div',
			{ display: 'flex', alignItems: 'center', gap: 20, height: headerHeight },
			{ type: 'img', props: { src: logo, width: headerHeight, height: headerHeight } },
			h('div', { fontSize: 30, fontWeight: 700, lineHeight: 1.2 }, frame.siteName),
		),
		h(
			'div',
			{
				display: 'flex',
				alignItems: 'flex-end',
				height: footerHeight,
				fontSize: 24,
				color: '#dbe7f5',
			},
			frame.host,
		),
	);
}

/** What the frame depends on. */
type Frame = Pick<ShareCard, 'siteName' | 'host'> & { cover: boolean };

/** Frames made so far in this thread, by what they depend on (a build has two or three). */
const frames = new Map<string, Promise<Buffer>>();
function onceFor(kind: string, frame: Frame, make: () => Promise<Buffer>): Promise<Buffer> {
	const key = `${kind} ${JSON.stringify(frame)}`;
	let made = frames.get(key);
	if (!made) frames.set(key, (made = make()));
	return made;
}

/** The frame as raw RGBA (not premultiplied), drawn once per site name, host and kind of ground. */
function frameRgba(frame: Frame): Promise<Buffer> {
	return onceFor('rgba', frame, async () => {
		const fonts = await fontsFor(`${frame.siteName} ${frame.host}`);
		const svg = await satori(frameLayout(frame) as never, {
			width: cardWidth,
			height: cardHeight,
			fonts,
		});
		return sharp(Buffer.from(svg)).ensureAlpha().raw().toBuffer();
	});
}

/**
 * Lay `top` (RGBA, not premultiplied, `box.width` × `box.height`) over `base` (RGB, a whole card)
 * at `box`: a plain "over". Done here rather than by sharp, whose composite of a
 * whole card cost more than drawing the letters.
 */
function over(
	base: Buffer,
	top: Buffer,
	box: { left: number; top: number; width: number; height: number },
): Buffer {
	for (let y = 0; y < box.height; y++) {
		for (let x = 0; x < box.width; x++) {
			const s = (y * box.width + x) * 4;
			const a = top[s + 3]!;
			if (a === 0) continue;
			const d = ((box.top + y) * cardWidth + box.left + x) * 3;
			const rest = 255 - a;
			// Unrolled, in integers ((x + 127) / 255 rounds): a loop over the channels took twice as long.
			base[d] = ((top[s]! * a + base[d]! * rest + 127) / 255) | 0;
			base[d + 1] = ((top[s + 1]! * a + base[d + 1]! * rest + 127) / 255) | 0;
			base[d + 2] = ((top[s + 2]! * a + base[d + 2]! * rest + 127) / 255) | 0;
		}
	}
	return base;
}

const wholeCard = { left: 0, top: 0, width: cardWidth, height: cardHeight };

/** The ground of a card: its cover, or the brand colour, with the frame laid over (raw RGB). */
async function ground(card: ShareCard): Promise<Buffer> {
	const frame: Frame = { siteName: card.siteName, host: card.host, cover: Boolean(card.cover) };
	if (card.cover) {
		const photo = await sharp(card.cover, { failOn: 'none' })
			.rotate()
			.resize(cardWidth, cardHeight, { fit: 'cover' })
			.removeAlpha()
			.raw()
			.toBuffer();
		return over(photo, await frameRgba(frame), wholeCard);
	}
	const flat = onceFor('flat', frame, async () => {
		const plain = await sharp({
			create: { width: cardWidth, height: cardHeight, channels: 3, background: brandDark },
		})
			.raw()
			.toBuffer();
		return over(plain, await frameRgba(frame), wholeCard);
	});
	// A copy: the title is laid over it in place.
	const copy = spare.pop() ?? Buffer.allocUnsafe(cardWidth * cardHeight * 3);
	copy.set(await flat);
	return copy;
}

/**
 * Card-sized pixel buffers whose card is encoded, for the next cards: allocating 2.3 MB for each
 * card cost more than setting its letters.
 */
const spare: Buffer[] = [];

/** Render a card to JPEG. */
export async function renderShareCard(card: ShareCard): Promise<Buffer> {
	const base = ground(card);
	// The section above the title, both centred in the box, as CSS would set them.
	const blocks = await Promise.all([
		layoutText(
			card.section,
			{ size: 26, lineHeight: 'normal', color: focus, letterSpacing: 2, uppercase: true },
			textBox.width,
		),
		layoutText(
			card.title,
			{ size: titleSize(card.title), lineHeight: 1.22, color: [255, 255, 255], maxLines: 4 },
			textBox.width,
		),
	]);
	const pixels = await base;
	try {
		await paintBlocks(pixels, cardWidth, textBox, blocks, 18);
		return await sharp(pixels, { raw: { width: cardWidth, height: cardHeight, channels: 3 } })
			// Measured per card: sharp's "attention" crop added ~30 ms and 4:4:4 chroma ~20 ms to ~55 ms;
			// a card is seen small in a feed, and centred crops of news photos do well enough. Huffman
			// tables optimised per picture made a card 6–15 % smaller for 60 % more encoding time (6.5
			// against 4.0 ms, most of a card's cost): cards are fetched by Facebook's and Zalo's
			// servers, once per article, not by readers' phones.
			.jpeg({ quality: 82, optimiseCoding: false })
			.toBuffer();
	} finally {
		if (spare.length < 4) spare.push(pixels);
	}
}

/** Bump when the design changes, so cached cards are drawn again. */
const design = 5;

/**
 * Where the cache keeps the card these inputs draw: a key over the design, the text and the cover
 * file's bytes, so a rebuild draws only the cards whose title, section or cover changed.
 */
export async function shareCardFile(card: ShareCard, cacheDir: string): Promise<string> {
	const hash = createHash('sha256').update(JSON.stringify({ design, ...card, cover: undefined }));
	if (card.cover) hash.update(await readFile(card.cover));
	return join(cacheDir, `${hash.digest('hex').slice(0, 32)}.jpg`);
}

/** Draw a card into the cache file `file`. */
export async function drawShareCardTo(card: ShareCard, file: string): Promise<Buffer> {
	const jpeg = await renderShareCard(card);
	await mkdir(dirname(file), { recursive: true });
	// Write then rename, so a build stopped half-way never leaves a torn card in the cache.
	await writeFile(`${file}.tmp`, jpeg);
	await rename(`${file}.tmp`, file);
	return jpeg;
}

/**
 * A card from the cache folder if the same inputs drew one before (a rebuild then costs a file
 * read), otherwise drawn and stored: what `astro dev` serves. The build draws its cards in a pool
 * of threads instead (`share-card-pool.ts`), into the same cache.
 */
export async function cachedShareCard(card: ShareCard, cacheDir: string): Promise<Buffer> {
	const file = await shareCardFile(card, cacheDir);
	const cached = await readFile(file).catch(() => undefined);
	return cached ?? drawShareCardTo(card, file);
}
