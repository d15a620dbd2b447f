/**
 * Reading the catalog in templates without assertions: a page's version of an item, the items of
 * a language, a registry entry by id, the articles of one kind, a text with its Vietnamese
 * fallback. Each says why a miss cannot happen, or refuses loudly when it does.
 */
import { defaultLocale, locales, type Locale } from '~/i18n/locales';
import { pickLocalized } from '~/lib/translations';
import type { ArticleKind, DocumentKind } from '~/schemas/kinds';
import type { Article, ItemOf, SourceData, TranslationData, Version } from './types';

/**
 * A text of an item in a page's language, or the Vietnamese one where the translation leaves it
 * out, with the `lang` to mark it by (undefined when it is in the page's language); undefined if
 * neither has it. `read` picks the text from a file's frontmatter: `(t) => t.outcome`.
 */
export function itemText<K extends DocumentKind>(
	item: ItemOf<K>,
	locale: Locale,
	read: (texts: SourceData<K> | TranslationData<K>) => string | undefined,
): { text: string; lang: string | undefined } | undefined {
	const own = item.versions[locale];
	const picked = pickLocalized(
		{ [locale]: own ? read(own.texts) : undefined, [defaultLocale]: read(item.data) },
		locale,
		defaultLocale,
	);
	return picked.text
		? {
				text: picked.text,
				lang: picked.locale === locale ? undefined : locales[picked.locale].lang,
			}
		: undefined;
}

/**
 * The version of an item in a locale, for a page that exists only where the version does (the
 * route table makes a page per version): a missing one is a bug in the route table, not content.
 */
export function versionIn<K extends DocumentKind>(item: ItemOf<K>, locale: Locale): Version<K> {
	const version = item.versions[locale];
	if (!version) throw new Error(`${item.key} has no ${locale} version`);
	return version;
}

/** The items that exist in a locale, each with its version there, in the list's order. */
export function localized<T extends { versions: Partial<Record<Locale, unknown>> }>(
	items: readonly T[],
	locale: Locale,
): { item: T; v: NonNullable<T['versions'][Locale]> }[] {
	return items.flatMap((item) => {
		const v = item.versions[locale];
		return v ? [{ item, v }] : [];
	});
}

/**
 * A registry entry (topic, unit, spokesperson) by id. The checks have failed the build for any id
 * that names nothing, so a miss here is a bug, not content.
 */
export function registered<T>(byId: ReadonlyMap<string, T>, id: string): T {
	const entry = byId.get(id);
	if (!entry) throw new Error(`"${id}" is not in the registry`);
	return entry;
}

/** A filter that keeps the articles of one kind, typed as that kind: `articles.filter(ofKind('policies'))`. */
export function ofKind<K extends ArticleKind>(kind: K) {
	return (item: Article): item is Extract<Article, { kind: K }> => item.kind === kind;
}
