/// <reference types="astro/client" />

declare namespace App {
	interface Locals {
		/** Set by src/pages/[...path].astro for every HTML page (src/data/page-context.ts). */
		page?: import('./data/page-context').PageContext;
	}
}

/** HarfBuzz's subsetter (src/lib/hangul.ts); the package ships no types. */
declare module 'subset-font' {
	export default function subsetFont(
		font: Buffer,
		text: string,
		options?: { targetFormat?: 'woff2' | 'woff' | 'truetype' | 'sfnt' },
	): Promise<Buffer>;
}

/** Font format conversion (src/lib/images/card-text.ts: WOFF to TrueType for HarfBuzz). */
declare module 'fontverter' {
	const fontverter: {
		convert(font: Buffer, to: 'truetype' | 'woff' | 'woff2' | 'sfnt'): Promise<Buffer>;
	};
	export default fontverter;
}

/** The Hangul subset's stylesheet (src/integrations/hangul.ts): its faces, with unicode-range. */
declare module 'virtual:hangul.css' {}

/** The Hangul subset's WOFF2 files, one per weight, for the preloads of Korean pages. */
declare module 'virtual:hangul-files' {
	const urls: string[];
	export default urls;
}
