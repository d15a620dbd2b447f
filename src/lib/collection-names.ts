/**
 * Name of the Astro collection holding one locale's files of a kind: the source language keeps
 * the plain name (`news`), translations get a suffix (`news_en`).
 */
export function collectionName(kind: string, locale: string, defaultLocale = 'vi'): string {
	return locale === defaultLocale ? kind : `${kind}_${locale}`;
}
