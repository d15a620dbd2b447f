import type { Locale } from '~/i18n/locales';
import { relatedIndex } from '~/lib/related';
import type { Article, Catalog } from './catalog';
import { inLocale } from './routes';

const indexes = new WeakMap<Catalog, Map<Locale, Map<string, Article[]>>>();

/**
 * The articles shown as related on an article's page in a language (`src/lib/related.ts`),
 * computed for every article of the catalog at the first page that asks: one look per article,
 * not a sort of the whole archive per page.
 */
export function relatedArticles(catalog: Catalog, locale: Locale, item: Article): Article[] {
	let byLocale = indexes.get(catalog);
	if (!byLocale) indexes.set(catalog, (byLocale = new Map()));
	let index = byLocale.get(locale);
	if (!index) {
		index = relatedIndex(inLocale(catalog.articles, locale), (a) => ({ key: a.key, ...a.data }));
		byLocale.set(locale, index);
	}
	return index.get(item.key) ?? [];
}
