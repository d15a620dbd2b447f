/**
 * The site's name in every language comes from the Department's identity settings
 * (`content/settings/identity.yml`), not from the dictionaries: an agency adopting the site edits
 * one file. Templates keep calling `t('site.name')`; once the catalog is loaded
 * (`src/data/catalog/load.ts`) it registers the names here and `t` returns them. The dictionaries'
 * values remain only for what runs without the content (the CMS's own labels, the report), and a
 * unit test holds them equal to the settings.
 */
import { defaultLocale, localeCodes, type Locale } from './locales';

/** The dictionary keys the identity settings provide. */
export const siteNameKeys = ['site.name', 'site.shortName', 'site.tagline'] as const;
/** One of those keys. */
export type SiteNameKey = (typeof siteNameKeys)[number];
/** The names of one language. */
export type SiteNames = Record<SiteNameKey, string>;

type Localized = { [L in Locale]?: string | undefined } & { [defaultLocale]: string };

/** What the identity settings give for the names. */
export interface NamesSource {
	name: Localized;
	shortName: Localized;
	tagline: Localized;
}

/**
 * The names in every language; a language without its own name falls back to Vietnamese (the
 * official name is never invented; a name is a proper name, readable as it is). A tagline is a
 * sentence: without one in the language, there is none (empty), rather than Vietnamese prose on an
 * English page.
 */
export function siteNames(identity: NamesSource): Record<Locale, SiteNames> {
	const pick = (values: Localized, l: Locale) => values[l] ?? values[defaultLocale];
	return Object.fromEntries(
		localeCodes.map((l) => [
			l,
			{
				'site.name': pick(identity.name, l),
				'site.shortName': pick(identity.shortName, l),
				'site.tagline': identity.tagline[l] ?? '',
			},
		]),
	) as Record<Locale, SiteNames>;
}

let registered: Partial<Record<Locale, SiteNames>> = {};

/** Registers the names `t` returns for the site-name keys (one identity per build). */
export function setSiteNames(names: Partial<Record<Locale, SiteNames>>): void {
	registered = names;
}

/**
 * The language a registered name is written in: the page's, or Vietnamese where the settings have
 * no name in the page's language (`siteNames` falls back). Templates mark the fallback with `lang`
 * (WCAG 3.1.2), so a screen reader reads "Sở Giáo dục và Đào tạo" with its tones on a Korean page.
 */
export function siteNameLocale(locale: Locale, key: SiteNameKey): Locale {
	const own = registered[locale]?.[key];
	return locale !== defaultLocale && own !== undefined && own === registered[defaultLocale]?.[key]
		? defaultLocale
		: locale;
}

/** The registered name for a key, if any. */
export function siteName(locale: Locale, key: string): string | undefined {
	return registered[locale]?.[key as SiteNameKey];
}
