import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import fontverter from 'fontverter';
import { Blob, Buffer as ShapeBuffer, Face as HbFace, Font, shape } from 'harfbuzzjs';
import sharp from 'sharp';
import { fontFile, fontPackage, fontSubsets } from '../../styles/fonts.ts';
import { hangulSource } from '../hangul.ts';

/**
 * The share cards' section and title, set straight into the card's pixels: HarfBuzz shapes each
 * word with the site's own fonts, and each letter is drawn from a mask rasterised once per thread
 * (by librsvg, through sharp, several letters to a call) and then only blended in.
 *
 * Satori did this before: for each card it laid the text out and wrote SVG paths, which sharp then
 * rasterised whole. That was about 17 ms of a card's 24 ms of CPU; a ten-year archive has 10,000
 * cards. A title uses a few dozen distinct letters, and a site a few hundred, so after the first
 * cards nearly every letter is already a mask.
 *
 * What it does as CSS would: bold text, a line height, letter spacing, upper case, lines broken
 * at spaces (a word wider than the line at any letter), at most `maxLines` lines with "…" ending
 * the last. Fonts are tried letter by letter in order: Be Vietnam Pro's Latin and Vietnamese
 * subsets (every tone mark and đ from the font), then Noto Sans KR for Hangul.
 *
 * Plain TypeScript with `.ts` specifiers: the share-card threads run it in Node, outside Vite.
 */

/** A colour as red, green and blue, 0–255. */
export type Rgb = readonly [number, number, number];

/** How a block of text is set. */
export interface TextStyle {
	/** Font size, px. */
	size: number;
	/** Line height as a multiple of the size, or the font's own ("normal" in CSS). */
	lineHeight: number | 'normal';
	color: Rgb;
	/** Extra px after each letter. */
	letterSpacing?: number;
	uppercase?: boolean;
	/** Lines at most; the last one ends in "…" when the text is longer. */
	maxLines?: number;
}

/** A face HarfBuzz shapes with, and the characters it has. */
interface Face {
	id: number;
	font: Font;
	upem: number;
	covers: Set<number>;
	ascender: number;
	descender: number;
	lineGap: number;
}

/** One letter placed on a line: its face and glyph, its pen position (px from the line's start). */
interface Glyph {
	face: Face;
	gid: number;
	x: number;
	/** Displacement up from the baseline, px. */
	dy: number;
}

/** A line of text, or a word of it: its letters, placed from its start, and its width. */
export interface Line {
	glyphs: Glyph[];
	width: number;
}

/** A block laid out: its lines, each `lineBox` px tall with its baseline `baseline` px down. */
export interface Block {
	lines: Line[];
	style: TextStyle;
	lineBox: number;
	baseline: number;
	height: number;
}

let faces: Promise<Face[]> | undefined;

/** The bold faces, once per thread (a Korean card needs the whole Hangul font: 6 MB, read once). */
function loadFaces(): Promise<Face[]> {
	faces ??= (async () => {
		const require = createRequire(import.meta.url);
		const dir = join(require.resolve(`${fontPackage}/package.json`), '../files');
		// HarfBuzz reads TrueType, not the WOFF the package ships.
		const files = await Promise.all([
			...fontSubsets.map(async (subset) =>
				fontverter.convert(
					await readFile(join(dir, fontFile({ subset, weight: 700 }, 'woff'))),
					'truetype',
				),
			),
			hangulSource(700),
		]);
		return files.map((data, id) => {
			const face = new HbFace(new Blob(data), 0);
			const font = new Font(face);
			const extents = font.hExtents();
			return {
				id,
				font,
				upem: face.upem,
				covers: new Set(face.collectUnicodes()),
				ascender: extents.ascender,
				descender: extents.descender,
				lineGap: extents.lineGap,
			};
		});
	})();
	return faces;
}

/** The first face that has the character (the first face for a character none has). */
function faceFor(all: Face[], codePoint: number): Face {
	return all.find((f) => f.covers.has(codePoint)) ?? all[0]!;
}

/** One word, shaped run by run (a run: the letters one face sets), with letter spacing. */
function shapeWord(all: Face[], word: string, size: number, spacing: number): Line {
	const glyphs: Glyph[] = [];
	let x = 0;
	const chars = [...word];
	for (let i = 0; i < chars.length;) {
		const face = faceFor(all, chars[i]!.codePointAt(0)!);
		let j = i + 1;
		while (j < chars.length && faceFor(all, chars[j]!.codePointAt(0)!) === face) j++;
		const buffer = new ShapeBuffer();
		buffer.addText(chars.slice(i, j).join(''));
		buffer.guessSegmentProperties();
		shape(face.font, buffer);
		const scale = size / face.upem;
		for (const g of buffer.getGlyphInfosAndPositions()) {
			glyphs.push({
				face,
				gid: g.codepoint,
				x: x + (g.xOffset ?? 0) * scale,
				dy: (g.yOffset ?? 0) * scale,
			});
			x += (g.xAdvance ?? 0) * scale + spacing;
		}
		i = j;
	}
	return { glyphs, width: x };
}

/** `a` followed by `b`, `gap` px after `a`'s end. */
function join2(a: Line, b: Line, gap: number): Line {
	const at = a.width + gap;
	return {
		glyphs: [...a.glyphs, ...b.glyphs.map((g) => ({ ...g, x: g.x + at }))],
		width: at + b.width,
	};
}

/**
 * Lay `text` out in lines no wider than `width` px: broken at spaces (as Korean is set on cards,
 * word by word), a word wider than a line broken between letters, and when there are more lines
 * than `maxLines`, the last kept one ends in "…", letters dropped until it fits (as CSS clamps).
 */
export async function layoutText(text: string, style: TextStyle, width: number): Promise<Block> {
	const all = await loadFaces();
	const spacing = style.letterSpacing ?? 0;
	const cased = style.uppercase ? text.toUpperCase() : text;
	const shaped = (word: string) => shapeWord(all, word, style.size, spacing);
	const space = shaped(' ').width;
	const words = cased.normalize('NFC').split(/\s+/u).filter(Boolean).map(shaped);

	const lines: Line[] = [];
	let line: Line | undefined;
	for (let word of words) {
		if (line && line.width + space + word.width <= width) {
			line = join2(line, word, space);
			continue;
		}
		if (line) lines.push(line);
		// A word no line holds: as many letters as fit, then the rest on the next lines.
		while (word.width > width && word.glyphs.length > 1) {
			let n = 1;
			while (n < word.glyphs.length && word.glyphs[n]!.x <= width) n++;
			// The letter at n - 1 starts inside the line; it fits only if the next one starts inside too.
			const cut = Math.max(1, n - 1);
			const start = word.glyphs[cut]!.x;
			lines.push({ glyphs: word.glyphs.slice(0, cut), width: start });
			word = {
				glyphs: word.glyphs.slice(cut).map((g) => ({ ...g, x: g.x - start })),
				width: word.width - start,
			};
		}
		line = word;
	}
	if (line) lines.push(line);

	const max = style.maxLines ?? Infinity;
	if (lines.length > max) {
		lines.length = max;
		const ellipsis = shaped('…');
		// The last line's letters, one fewer each time, until they and "…" fit.
		const last = lines[max - 1]!;
		let kept = last;
		while (kept.glyphs.length > 0 && kept.width + ellipsis.width > width) {
			kept = { glyphs: kept.glyphs.slice(0, -1), width: kept.glyphs.at(-1)!.x };
		}
		lines[max - 1] = join2(kept, ellipsis, 0);
	}
	// Line metrics from the first font, whatever sets the letters (CSS's strut): a Korean title's
	// lines sit where a Vietnamese one's do.
	const { ascender, descender, lineGap, upem } = all[0]!;
	const scale = style.size / upem;
	const lineBox =
		style.lineHeight === 'normal'
			? (ascender - descender + lineGap) * scale
			: style.lineHeight * style.size;
	if (lines.length === 0) lines.push({ glyphs: [], width: 0 });
	return {
		lines,
		style,
		lineBox,
		// As CSS sets a line: the font's height centred in the line box, the baseline at its ascent.
		baseline: (lineBox - (ascender - descender) * scale) / 2 + ascender * scale,
		height: lineBox * lines.length,
	};
}

/** A letter's coverage, rasterised: `width` × `height` alpha, placed at `left`, `top` from its pen. */
interface Mask {
	left: number;
	top: number;
	width: number;
	height: number;
	alpha: Uint8Array;
}

/** Quarter pixels: a letter is rasterised at each of four offsets, so spacing stays even. */
const phases = 4;
const masks = new Map<string, Mask | null>();
const maxMasks = 20_000;
const maskKey = (g: Glyph, size: number, phase: number) => `${g.face.id} ${g.gid} ${size} ${phase}`;

/**
 * Rasterise the masks not made yet, all in one SVG (one librsvg call for a card's new letters,
 * instead of one per letter): each letter in a row of its own.
 */
async function makeMasks(wanted: { g: Glyph; size: number; phase: number }[]): Promise<void> {
	// A bound on the thread's memory: a site with thousands of distinct Hangul syllables would
	// otherwise keep every one at every size and offset (about 3 KB each). Starting again costs a few
	// cards' worth of rasterising.
	if (masks.size > maxMasks) masks.clear();
	const rows: { key: string; mask: Mask; path: string; shift: number; scale: number }[] = [];
	let y = 0;
	let widest = 1;
	for (const { g, size, phase } of wanted) {
		const key = maskKey(g, size, phase);
		if (masks.has(key)) continue;
		const e = g.face.font.glyphExtents(g.gid);
		if (!e || e.width === 0 || e.height === 0) {
			masks.set(key, null); // a space: nothing to draw
			continue;
		}
		const scale = size / g.face.upem;
		const shift = phase / phases;
		// One pixel of margin each side: antialiasing reaches past the outline's box.
		const left = Math.floor(e.xBearing * scale + shift) - 1;
		const right = Math.ceil((e.xBearing + e.width) * scale + shift) + 1;
		const top = Math.floor(-e.yBearing * scale) - 1;
		const bottom = Math.ceil(-(e.yBearing + e.height) * scale) + 1;
		const mask = { left, top, width: right - left, height: bottom - top, alpha: new Uint8Array() };
		masks.set(key, mask);
		rows.push({ key, mask, path: g.face.font.glyphToPath(g.gid), shift, scale });
		widest = Math.max(widest, mask.width);
		y += mask.height;
	}
	if (rows.length === 0) return;
	let at = 0;
	const paths = rows.map((r) => {
		// Font units are y-up: flipped, scaled, and moved so the pen sits at (shift, 0) of the mask.
		const svg = `<path transform="translate(${r.shift - r.mask.left} ${at - r.mask.top}) scale(${r.scale} ${-r.scale})" d="${r.path}"/>`;
		at += r.mask.height;
		return svg;
	});
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${widest}" height="${y}" fill="#fff">${paths.join('')}</svg>`;
	const alpha = await sharp(Buffer.from(svg)).ensureAlpha().extractChannel(3).raw().toBuffer();
	at = 0;
	for (const { mask } of rows) {
		const rowAlpha = new Uint8Array(mask.width * mask.height);
		for (let r = 0; r < mask.height; r++)
			rowAlpha.set(
				alpha.subarray((at + r) * widest, (at + r) * widest + mask.width),
				r * mask.width,
			);
		mask.alpha = rowAlpha;
		at += mask.height;
	}
}

/** A box in a picture, px. */
export interface Box {
	left: number;
	top: number;
	width: number;
	height: number;
}

/**
 * Paint `blocks`, one under the other `gap` px apart and centred vertically in `box`, into `rgb`
 * (raw RGB, `pictureWidth` px wide), clipped to `box`.
 */
export async function paintBlocks(
	rgb: Buffer,
	pictureWidth: number,
	box: Box,
	blocks: Block[],
	gap: number,
): Promise<void> {
	const height = blocks.reduce((h, b) => h + b.height, 0) + gap * (blocks.length - 1);
	const placed: { g: Glyph; size: number; phase: number; x: number; y: number; color: Rgb }[] = [];
	let top = box.top + (box.height - height) / 2;
	for (const block of blocks) {
		const { size } = block.style;
		for (const [i, line] of block.lines.entries()) {
			const baseline = Math.round(top + i * block.lineBox + block.baseline);
			for (const g of line.glyphs) {
				const x = box.left + g.x;
				let pen = Math.floor(x);
				let phase = Math.round((x - pen) * phases);
				if (phase === phases) [pen, phase] = [pen + 1, 0];
				placed.push({
					g,
					size,
					phase,
					x: pen,
					y: baseline - Math.round(g.dy),
					color: block.style.color,
				});
			}
		}
		top += block.height + gap;
	}
	await makeMasks(placed);
	const right = box.left + box.width;
	const bottom = box.top + box.height;
	for (const { g, size, phase, x, y, color } of placed) {
		const mask = masks.get(maskKey(g, size, phase));
		if (!mask) continue;
		const [r, gr, b] = color;
		const x0 = x + mask.left;
		const y0 = y + mask.top;
		for (let my = Math.max(0, box.top - y0); my < mask.height && y0 + my < bottom; my++) {
			const row = my * mask.width;
			let d = ((y0 + my) * pictureWidth + x0) * 3;
			for (let mx = 0; mx < mask.width; mx++, d += 3) {
				const a = mask.alpha[row + mx]!;
				if (a === 0 || x0 + mx < box.left || x0 + mx >= right) continue;
				const rest = 255 - a;
				// In integers ((v + 127) / 255 rounds), as the frame is laid over the ground.
				rgb[d] = (r * a + rgb[d]! * rest + 127) / 255;
				rgb[d + 1] = (gr * a + rgb[d + 1]! * rest + 127) / 255;
				rgb[d + 2] = (b * a + rgb[d + 2]! * rest + 127) / 255;
			}
		}
	}
}
