/**
 * The addresses of the WOFF2 files of the faces in `fonts.ts`, for the preloads (`Head.astro`).
 * Vite emits a file and gives its URL only for a name it can read in the source: a name built at
 * run time from the list is not one, and a glob over the whole package would emit every subset
 * and weight it matched. So the glob names the faces of `fonts.ts` again, `fonts.test.ts` holds
 * the two equal, and a face the glob misses fails the build.
 */
import hangulFiles from 'virtual:hangul-files';
import type { Locale } from '~/i18n/locales';
import { fontFile, fontPackage, fontWeights, preloadedHangul, preloadedSubsets } from './fonts';

/** Each face's URL, by file name. */
export const woff2Urls: Record<string, string> = Object.fromEntries(
	Object.entries(
		import.meta.glob<string>(
			'/node_modules/@fontsource/be-vietnam-pro/files/be-vietnam-pro-{latin,vietnamese}-{400,700}-normal.woff2',
			{ query: '?url', import: 'default', eager: true },
		),
	).map(([path, url]) => [path.slice(path.lastIndexOf('/') + 1), url]),
);

/**
 * The fonts a page in a locale preloads, subset by subset, each in every weight, then the Hangul
 * subset's weights where the locale sets text in Hangul.
 */
export function preloadedFonts(locale: Locale): string[] {
	const latin = preloadedSubsets[locale].flatMap((subset) =>
		fontWeights.map((weight) => {
			const name = fontFile({ subset, weight }, 'woff2');
			const url = woff2Urls[name];
			if (!url) throw new Error(`${fontPackage}/files/${name}: not in the glob of font-files.ts`);
			return url;
		}),
	);
	return preloadedHangul[locale] ? [...latin, ...hangulFiles] : latin;
}
