/**
 * The site's typeface, listed once: Be Vietnam Pro, self-hosted from @fontsource, regular and
 * bold, Latin and Vietnamese subsets only (unicode-range lets an English page skip the Vietnamese
 * files). Latin Extended and the 600 weight were dropped: they added about 70 KiB to every
 * Vietnamese page and no glyph Vietnamese needs.
 *
 * Read by the preloads (`font-files.ts`, for `Head.astro`) and the share cards
 * (`src/lib/images/share-card.ts`). Vite imports a stylesheet or a file only by a name written in the
 * source, so `fonts.css` (the faces' CSS, for the pages and the CMS previews) and the glob of
 * `font-files.ts` write these faces out again; `fonts.test.ts` holds both to this list.
 *
 * Plain TypeScript, no Vite features: the share cards read it in Node too.
 */
import type { Locale } from '~/i18n/locales';

/** The @fontsource package. */
export const fontPackage = '@fontsource/be-vietnam-pro';
/** The subsets the site loads. */
export const fontSubsets = ['latin', 'vietnamese'] as const;
/** The weights the site loads: regular and bold. */
export const fontWeights = [400, 700] as const;
/** A subset the site loads. */
export type FontSubset = (typeof fontSubsets)[number];
/** A weight the site loads. */
export type FontWeight = (typeof fontWeights)[number];
/** A face: one subset in one weight. */
export interface FontFace {
	subset: FontSubset;
	weight: FontWeight;
}

/** Every face, subset by subset, each in every weight. */
export const fontFaces: readonly FontFace[] = fontSubsets.flatMap((subset) =>
	fontWeights.map((weight) => ({ subset, weight })),
);

/**
 * The subsets every page of a locale sets text in, fetched before the stylesheet asks: Vietnamese
 * pages use both, English ones mostly the Latin one.
 */
export const preloadedSubsets: Record<Locale, readonly FontSubset[]> = {
	vi: ['latin', 'vietnamese'],
	en: ['latin'],
	// Korean pages set their Latin letters, digits and punctuation in Be Vietnam Pro too.
	ko: ['latin'],
};

/**
 * Whether a locale's pages preload the Hangul subset (src/integrations/hangul.ts, after Be Vietnam
 * Pro in the font stack): every Korean page sets text in it, and no other page fetches it.
 */
export const preloadedHangul: Record<Locale, boolean> = { vi: false, en: false, ko: true };

/** The name of a face's file in the package's `files/` folder. */
export function fontFile({ subset, weight }: FontFace, format: 'woff2' | 'woff'): string {
	return `be-vietnam-pro-${subset}-${weight}-normal.${format}`;
}
