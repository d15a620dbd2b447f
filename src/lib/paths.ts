import { defaultLocale, locales, type Locale, type SegmentKey } from '~/i18n/locales';
import { documentTypeSlugs, type DocumentFilter } from './documents';

/**
 * Every URL of the site is built here, from the locale table, so links, the language switcher,
 * feeds and the sitemap agree. Paths are root-relative and end in `/` (directory format), except
 * files such as feeds.
 */

/** Sections that have a listing of their own. */
export type ListedSection = Exclude<SegmentKey, 'page' | 'search'>;

function build(locale: Locale, ...parts: (string | undefined)[]): string {
	const all = [locales[locale].prefix, ...parts].filter((p): p is string => Boolean(p));
	return all.length === 0 ? '/' : `/${all.join('/')}/`;
}

/** Home page: `/` for Vietnamese, `/en/` for English. */
export function homePath(locale: Locale): string {
	return build(locale);
}

/**
 * A page of a listing whose first page is `firstPage`: the first page itself, or archive page
 * `archive` (numbered from the oldest, src/lib/paginate.ts): `/chu-de/x/trang/2/`.
 */
export function pagedPath(locale: Locale, firstPage: string, archive?: number): string {
	return archive === undefined
		? firstPage
		: `${firstPage}${locales[locale].segments.page}/${archive}/`;
}

/** Listing of a section, its first page at the section root: `/tin-tuc/`, `/en/news/page/2/`. */
export function sectionPath(locale: Locale, section: ListedSection, archive?: number): string {
	return pagedPath(locale, build(locale, locales[locale].segments[section]), archive);
}

/** One item of a section: `/tin-tuc/<slug>/`, `/en/topics/<slug>/`. */
export function itemPath(locale: Locale, section: ListedSection, slug: string): string {
	return build(locale, locales[locale].segments[section], slug);
}

/** A static page at the top level: `/gioi-thieu/`, `/en/about/`. */
export function staticPagePath(locale: Locale, slug: string): string {
	return build(locale, slug);
}

/**
 * RSS feed of a listing, beside its first page: a locale's latest articles (`/rss.xml`), a
 * section's (`/en/news/rss.xml`), or with `slug` one topic's or unit's
 * (`/chu-de/chuyen-doi-so/rss.xml`).
 */
export function feedPath(locale: Locale, section?: ListedSection, slug?: string): string {
	const dir = !section
		? homePath(locale)
		: slug
			? itemPath(locale, section, slug)
			: sectionPath(locale, section);
	return `${dir}rss.xml`;
}

/** The one OPML file listing every feed of the site, in every language: `/feeds.opml`. */
export function opmlPath(): string {
	return '/feeds.opml';
}

/** The generated share card of an article page: `/tin-tuc/x/share.jpg` beside `/tin-tuc/x/`. */
export function shareCardPath(pagePath: string): string {
	return `${pagePath}share.jpg`;
}

/**
 * A filtered listing of the legal documents register: `/van-ban/loai/thong-tu/nam/2026/`,
 * `/en/documents/type/circular/`; no filter is the register itself.
 */
export function documentsPath(locale: Locale, filter: DocumentFilter = {}): string {
	const s = locales[locale].segments;
	return build(
		locale,
		s.documents,
		...(filter.type ? [s.documentType, documentTypeSlugs[locale][filter.type]] : []),
		...(filter.year ? [s.documentYear, String(filter.year)] : []),
	);
}

/** A file attached to an item (a draft's PDF), stored once beside the item's Vietnamese page. */
export function attachmentPath(kind: ListedSection, id: string, file: string): string {
	return `${itemPath(defaultLocale, kind, id)}${file}`;
}

/** The search page of a locale: `/tim-kiem/`, `/en/search/`. */
export function searchPath(locale: Locale): string {
	return build(locale, locales[locale].segments.search);
}

/** The not-found page of a locale: `/404.html`, `/en/404.html`. */
export function notFoundPath(locale: Locale): string {
	return `${homePath(locale)}404.html`;
}

/** Locale of a root-relative path, judged by its first segment. */
export function localeOfPath(path: string): Locale {
	const first = path.split('/')[1] ?? '';
	const match = (Object.keys(locales) as Locale[]).find(
		(l) => l !== defaultLocale && locales[l].prefix === first,
	);
	return match ?? defaultLocale;
}

/** The `[...path]` route parameter for a path (no leading or trailing slash; undefined for `/`). */
export function routeParam(path: string): string | undefined {
	const trimmed = path.replace(/^\/+|\/+$/g, '');
	return trimmed === '' ? undefined : trimmed;
}

/** Absolute URL of a path on the site. */
export function absoluteUrl(path: string, site: URL | string): string {
	return new URL(path, site).href;
}
