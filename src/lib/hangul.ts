/**
 * Hangul for Korean pages and share cards. Be Vietnam Pro has no Hangul, and Noto Sans KR (SIL Open
 * Font License, from `@expo-google-fonts/noto-sans-kr`, whole TrueType files) is 6 MB per weight:
 * the site ships only the syllables its texts use, cut out at build time with HarfBuzz
 * (`subset-font`). A Korean page then fetches about 20–60 KB per weight, once, and Vietnamese and
 * English pages nothing (the faces' unicode-range is Hangul only).
 *
 * Plain TypeScript with `.ts` specifiers: the share-card threads run it in Node, outside Vite.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { extname, join } from 'node:path';
import subsetFont from 'subset-font';
import { fontWeights, type FontWeight } from '../styles/fonts.ts';
import { scanFiles } from './file-scan.ts';

/** The weights the site sets Hangul in: those of the Latin faces (regular and bold). */
export const hangulWeights = fontWeights;
export type HangulWeight = FontWeight;

/** The family name pages and cards know the subset by. */
export const hangulFamily = 'Noto Sans KR';

/**
 * Hangul syllables, jamo and compatibility jamo: what the subset covers, and the faces'
 * unicode-range, so a page without Hangul never fetches them.
 */
const hangulPattern = /[\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7a3\ud7b0-\ud7ff]/gu;
export const hangulRange = 'U+1100-11FF, U+3130-318F, U+A960-A97F, U+AC00-D7A3, U+D7B0-D7FF';

/** The distinct Hangul characters of `text`, in code point order ('' when there are none). */
export function hangulChars(text: string): string {
	return [...new Set(text.match(hangulPattern))].sort().join('');
}

const fontPackage = '@expo-google-fonts/noto-sans-kr';
const fontFiles: Record<HangulWeight, string> = {
	400: '400Regular/NotoSansKR_400Regular.ttf',
	700: '700Bold/NotoSansKR_700Bold.ttf',
};

const sources = new Map<HangulWeight, Promise<Buffer>>();
/** The whole font of a weight (TrueType), read once per thread. */
export function hangulSource(weight: HangulWeight): Promise<Buffer> {
	let font = sources.get(weight);
	if (!font) {
		const require = createRequire(import.meta.url);
		const dir = join(require.resolve(`${fontPackage}/package.json`), '..');
		sources.set(weight, (font = readFile(join(dir, fontFiles[weight]))));
	}
	return font;
}

/** A font of one weight holding only `chars`: WOFF2 for pages, TrueType for satori (share cards). */
export async function hangulSubset(
	chars: string,
	weight: HangulWeight,
	format: 'woff2' | 'truetype',
): Promise<Buffer> {
	return subsetFont(await hangulSource(weight), chars, { targetFormat: format });
}

/** Names of the files that may carry text of the site: content, registers, settings, dictionaries. */
const textFile = new Set(['.md', '.mdx', '.yml', '.yaml', '.json', '.ts']);

/**
 * Every Hangul character in the text files under `dirs` (the content folder and the UI
 * dictionaries): a superset of what the pages show, read before any page is rendered. With
 * `cacheFile`, each file's Hangul is kept by its size and time (`file-scan.ts`), so a build reads
 * only the files that changed.
 */
export async function siteHangul(dirs: readonly string[], cacheFile?: string): Promise<string> {
	const files: string[] = [];
	for (const dir of dirs) {
		const entries = await readdir(dir, { recursive: true, withFileTypes: true });
		for (const e of entries)
			if (e.isFile() && textFile.has(extname(e.name))) files.push(join(e.parentPath, e.name));
	}
	const seen = new Set<string>();
	for (const chars of (await scanFiles(files, cacheFile, 'hangul 1', hangulChars)).values())
		for (const c of chars) seen.add(c);
	return [...seen].sort().join('');
}

/** A short hash naming a subset: the characters and the font they come from. */
export function subsetKey(chars: string): string {
	const require = createRequire(import.meta.url);
	const { version } = require(`${fontPackage}/package.json`) as { version: string };
	return createHash('sha256')
		.update(`${fontPackage}@${version}\0${chars}`)
		.digest('base64url')
		.slice(0, 16);
}
