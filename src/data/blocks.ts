/**
 * What the blocks of an article body name, looked up in the catalog: a legal document by its id,
 * an item by the address an editor copied from the site (in any of its languages). The build has
 * already refused names that resolve to nothing (src/data/catalog/checks.ts), naming the file and
 * line; the lookups here still refuse loudly rather than render an empty card.
 */
import type { Article, Catalog, LegalDocument } from './catalog';
import { itemPath } from '~/lib/paths';
import type { Locale } from '~/i18n/locales';

const byPath = new WeakMap<Catalog, Map<string, Article>>();

/** Every address of every article (published or withdrawn: its page stays), in every language. */
export function articleAddresses(catalog: Catalog): Map<string, Article> {
	let found = byPath.get(catalog);
	if (!found) {
		found = new Map();
		for (const item of [...catalog.articles, ...catalog.withdrawn])
			for (const [locale, v] of Object.entries(item.versions))
				if (v) found.set(itemPath(locale as Locale, item.kind, v.slug), item);
		byPath.set(catalog, found);
	}
	return found;
}

/** The article at a site address (`/tin-tuc/ten-bai/`, with or without the final slash). */
export function articleAt(catalog: Catalog, href: string): Article | undefined {
	const path = href.split(/[?#]/)[0]!.replace(/\/?$/, '/');
	return articleAddresses(catalog).get(path);
}

/** The legal document of the register with this id. */
export function documentById(catalog: Catalog, id: string): LegalDocument | undefined {
	return catalog.documents.find((d) => d.id === id);
}

/** A lookup that cannot miss after the build's checks; a miss is a bug, said with the name. */
export function found<T>(value: T | undefined, what: string): T {
	if (value === undefined) throw new Error(`${what} not found: the build's block checks missed it`);
	return value;
}
