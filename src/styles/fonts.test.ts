import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { localeCodes } from '~/i18n/locales';
import { woff2Urls, preloadedFonts } from './font-files';
import { fontFaces, fontFile, fontPackage, preloadedHangul } from './fonts';

/** Each face as `subset-weight`, the way fontsource names its stylesheets. */
const faces = fontFaces.map((f) => `${f.subset}-${f.weight}`).sort();

describe('the faces of fonts.ts', () => {
	test('are the faces fonts.css imports, once each', () => {
		const css = readFileSync(fileURLToPath(new URL('./fonts.css', import.meta.url)), 'utf8');
		const imported = [...css.matchAll(/@import '([^']+)\/([a-z]+-\d+)\.css';/g)];
		expect(imported.map((m) => m[1])).toEqual(faces.map(() => fontPackage));
		expect(imported.map((m) => m[2]).sort()).toEqual(faces);
	});

	test('are the files the preload glob finds, and only those', () => {
		expect(Object.keys(woff2Urls).sort()).toEqual(
			fontFaces.map((f) => fontFile(f, 'woff2')).sort(),
		);
	});

	test('give every locale its preloads: Latin everywhere, both weights of each subset', () => {
		for (const locale of localeCodes) {
			const fonts = preloadedFonts(locale);
			expect(fonts.length % 2, locale).toBe(0);
			expect(
				fonts.some((url) => url.includes('latin-400')),
				locale,
			).toBe(true);
		}
		expect(preloadedFonts('vi')).toHaveLength(4);
	});

	test('preload the Hangul subset, both weights, where a locale sets Hangul, and nowhere else', () => {
		for (const locale of localeCodes)
			expect(
				preloadedFonts(locale).filter((url) => /hangul-\d+/.test(url)),
				locale,
			).toHaveLength(preloadedHangul[locale] ? 2 : 0);
	});
});
