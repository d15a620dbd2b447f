/**
 * The one list of languages the site speaks. Astro's config, the routes, the language switcher,
 * the feeds, the sitemap and (later) the CMS config all read this object, so adding a language is
 * one entry here plus one dictionary in `ui/` (the dictionary map in `t.ts` makes a missing one a
 * type error).
 *
 * `segments` are the localized URL segments: Vietnamese readers get `/tin-tuc/…`, English readers
 * `/en/news/…`. They must be ASCII slugs and unique within a locale (checked by `paths.test.ts`).
 */
export interface LocaleConfig {
	/** Name of the language in itself, shown in the language switcher. */
	readonly label: string;
	/** BCP 47 tag for `<html lang>`, `hreflang` and `Intl`. */
	readonly lang: string;
	/** Locale for `Intl` date and number formats (en-GB writes "5 September 2026"). */
	readonly intl: string;
	/** Open Graph locale (`og:locale`), language_TERRITORY. */
	readonly ogLocale: string;
	/** URL prefix; empty for the default locale, which lives at the root. */
	readonly prefix: string;
	/** Localized URL segments for every section of the site. */
	readonly segments: Readonly<Record<SegmentKey, string>>;
}

/** Every section of the site that has a URL segment of its own. */
export type SegmentKey =
	| 'news'
	| 'stories'
	| 'policies'
	| 'consultations'
	| 'clarifications'
	| 'press'
	| 'pressRoom'
	| 'documents'
	| 'documentType'
	| 'documentYear'
	| 'topics'
	| 'units'
	| 'page'
	| 'search';

export const locales = {
	vi: {
		label: 'Tiếng Việt',
		lang: 'vi',
		intl: 'vi-VN',
		ogLocale: 'vi_VN',
		prefix: '',
		segments: {
			news: 'tin-tuc',
			stories: 'guong-sang',
			policies: 'chinh-sach',
			consultations: 'lay-y-kien',
			clarifications: 'lam-ro-thong-tin',
			press: 'thong-cao-bao-chi',
			pressRoom: 'phong-bao-chi',
			documents: 'van-ban',
			documentType: 'loai',
			documentYear: 'nam',
			topics: 'chu-de',
			units: 'don-vi',
			page: 'trang',
			search: 'tim-kiem',
		},
	},
	en: {
		label: 'English',
		lang: 'en',
		intl: 'en-GB',
		ogLocale: 'en_GB',
		prefix: 'en',
		segments: {
			news: 'news',
			stories: 'stories',
			policies: 'policies',
			consultations: 'consultations',
			clarifications: 'clarifications',
			press: 'press-releases',
			pressRoom: 'press-room',
			documents: 'documents',
			documentType: 'type',
			documentYear: 'year',
			topics: 'topics',
			units: 'units',
			page: 'page',
			search: 'search',
		},
	},
	// Korean: the province's largest foreign investors are Korean. Its segments are romanized Korean
	// (Revised Romanization), as ASCII as the others.
	ko: {
		label: '한국어',
		lang: 'ko',
		intl: 'ko-KR',
		ogLocale: 'ko_KR',
		prefix: 'ko',
		segments: {
			news: 'sosik',
			stories: 'midam',
			policies: 'jeongchaek',
			consultations: 'uigyeon-suryeom',
			clarifications: 'sasil-hwagin',
			press: 'bodo-jaryo',
			pressRoom: 'eollonsil',
			documents: 'beomnyeong-munseo',
			documentType: 'yuhyeong',
			documentYear: 'yeondo',
			topics: 'juje',
			units: 'gigwan',
			page: 'jjok',
			search: 'geomsaek',
		},
	},
} as const satisfies Record<string, LocaleConfig>;

/** A locale code such as `vi` or `en`. */
export type Locale = keyof typeof locales;

/** Vietnamese is the source language: every item is written in it first. */
export const defaultLocale = 'vi' satisfies Locale;

/** All locale codes, default first. */
export const localeCodes = Object.keys(locales) as Locale[];

/** Locales an item can be translated into (all but the default). */
export const translationLocales = localeCodes.filter((l) => l !== defaultLocale);

/** Narrow an arbitrary string to a locale code. */
export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && Object.hasOwn(locales, value);
}
