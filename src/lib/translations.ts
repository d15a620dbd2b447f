import type { Locale } from '~/i18n/locales';

/**
 * Which languages an item really exists in. Decap writes a locale file even for a language nobody
 * translated (a stub without a title), and Astro's i18n fallback works per page file, not per
 * entry, so the site decides availability per item here: a translation counts only if it has its
 * own title and is not held back as a draft.
 */

/** What this module needs to know of a translation file's frontmatter. */
export interface TranslationData {
	title?: string | undefined;
	slug?: string | undefined;
	draft?: boolean | undefined;
}

/** True when a locale file is a real, published translation. */
export function isTranslated(data: TranslationData | undefined): boolean {
	return (
		data !== undefined &&
		typeof data.title === 'string' &&
		data.title.trim() !== '' &&
		data.draft !== true
	);
}

/**
 * Locales an item is published in: the source locale first (unless the source is a draft, then
 * none), then every locale with a real translation, in the order of `order`.
 */
export function publishedLocales(
	sourceDraft: boolean,
	translations: Partial<Record<Locale, TranslationData>>,
	order: readonly Locale[],
	source: Locale,
): Locale[] {
	if (sourceDraft) return [];
	return order.filter((l) => l === source || isTranslated(translations[l]));
}

/** URL slug of an item in a locale: the translation's own slug, else the folder name. */
export function localizedSlug(
	id: string,
	locale: Locale,
	translations: Partial<Record<Locale, TranslationData>>,
	source: Locale,
): string {
	if (locale === source) return id;
	return translations[locale]?.slug ?? id;
}

/**
 * Where the language switcher leads: the page's real translation where there is one, otherwise
 * the fallback (the other language's section or home page), never a page that does not exist.
 */
export function switchTargets(
	alternates: Partial<Record<Locale, string>>,
	fallbacks: Record<Locale, string>,
): Record<Locale, string> {
	return Object.fromEntries(
		(Object.keys(fallbacks) as Locale[]).map((l) => [l, alternates[l] ?? fallbacks[l]]),
	) as Record<Locale, string>;
}

/**
 * A registry value (a topic or unit name) in a locale, falling back to the source language. The
 * locale actually used comes back too, so the page can mark a fallback with its own `lang`.
 */
export function pickLocalized<L extends string>(
	values: Partial<Record<L, string | undefined>>,
	locale: L,
	source: L,
): { text: string; locale: L } {
	const own = values[locale];
	return own ? { text: own, locale } : { text: values[source] ?? '', locale: source };
}
