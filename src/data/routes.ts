import { defaultLocale, localeCodes, type Locale } from '~/i18n/locales';
import { paginate, type PageSlice } from '~/lib/paginate';
import { matches, usedFilters, type DocumentFilter } from '~/lib/documents';
import {
	documentsPath,
	homePath,
	itemPath,
	notFoundPath,
	pagedPath,
	searchPath,
	sectionPath,
	staticPagePath,
	type ListedSection,
} from '~/lib/paths';
import { switchTargets } from '~/lib/translations';
import { articleKinds, type ArticleKind } from '~/schemas/kinds';
import type { Article, Catalog, LegalDocument, StaticPage, Topic, Unit } from './catalog';

/**
 * The route table: every page of the site, in every language it exists in, with its real
 * translations. The catch-all page renders it, the sitemap lists it, the language switcher reads
 * `switchTo`, and the build tests compare it with `dist/`.
 */

/** Articles per listing page. */
export const perPage = 12;

interface Base {
	locale: Locale;
	path: string;
	/** Real translations of this page (for hreflang), including itself. */
	alternates: Partial<Record<Locale, string>>;
	/** Where the language switcher leads for each locale. */
	switchTo: Record<Locale, string>;
}

/** One page of the site. */
export type View = Base &
	(
		| { type: 'home' }
		| {
				type: 'section';
				section: ArticleKind;
				slice: PageSlice<Article>;
				/** Articles of the section with no version in this locale (0 in Vietnamese). */
				untranslated: number;
		  }
		| { type: 'article'; item: Article }
		| { type: 'topics' }
		| { type: 'topic'; topic: Topic; slice: PageSlice<Article> }
		| { type: 'units' }
		| { type: 'unit'; unit: Unit; slice: PageSlice<Article> }
		| { type: 'page'; item: StaticPage }
		| { type: 'pressRoom' }
		| {
				type: 'documents';
				filter: DocumentFilter;
				documents: LegalDocument[];
				all: LegalDocument[];
				/** How many documents this filter lists in Vietnamese that have no version in this locale. */
				untranslated: number;
		  }
		| { type: 'document'; item: LegalDocument }
		| { type: 'search' }
		| { type: 'notFound' }
	);

type Content = View extends infer V ? (V extends View ? Omit<V, keyof Base> : never) : never;

/** Articles available in a locale, newest first. */
export function inLocale(articles: readonly Article[], locale: Locale): Article[] {
	return articles.filter((a) => a.versions[locale]);
}

/** Listing views for one paginated list, plus the locales whose first page exists. */
function listing(
	lists: Partial<Record<Locale, Article[]>>,
	section: ListedSection,
	slug: string | undefined,
	make: (slice: PageSlice<Article>, locale: Locale) => Content,
	fallback: (l: Locale) => string,
): View[] {
	const first = (l: Locale) => (slug ? itemPath(l, section, slug) : sectionPath(l, section));
	const exists = localeCodes.filter((l) => l === defaultLocale || (lists[l]?.length ?? 0) > 0);
	const alternates = Object.fromEntries(exists.map((l) => [l, first(l)]));
	const switchFallback = Object.fromEntries(localeCodes.map((l) => [l, fallback(l)])) as Record<
		Locale,
		string
	>;
	return exists.flatMap((locale) =>
		paginate(lists[locale] ?? [], perPage).map((slice) => {
			const path = pagedPath(locale, first(locale), slice.archive);
			// Archive pages hold different items in each language: each is its own only alternate.
			const alt = slice.archive === undefined ? alternates : { [locale]: path };
			return {
				...make(slice, locale),
				locale,
				path,
				alternates: alt,
				switchTo: switchTargets(alt, switchFallback),
			} as View;
		}),
	);
}

/** Views for items that exist in some locales (articles, static pages). */
function itemViews(
	item: { versions: Partial<Record<Locale, { locale: Locale; slug: string }>> },
	path: (l: Locale, slug: string) => string,
	make: Content,
	fallback: (l: Locale) => string,
): View[] {
	const alternates = Object.fromEntries(
		Object.values(item.versions).map((v) => [v.locale, path(v.locale, v.slug)]),
	);
	const switchTo = switchTargets(
		alternates,
		Object.fromEntries(localeCodes.map((l) => [l, fallback(l)])) as Record<Locale, string>,
	);
	return Object.values(item.versions).map(
		(v) =>
			({ ...make, locale: v.locale, path: path(v.locale, v.slug), alternates, switchTo }) as View,
	);
}

/** Views that exist in every locale. */
function everywhere(make: Content, path: (l: Locale) => string): View[] {
	const alternates = Object.fromEntries(localeCodes.map((l) => [l, path(l)])) as Record<
		Locale,
		string
	>;
	return localeCodes.map(
		(locale) =>
			({ ...make, locale, path: alternates[locale], alternates, switchTo: alternates }) as View,
	);
}

/** Build every view of the site from the catalog. */
export function buildRoutes(catalog: Catalog): View[] {
	const byLocale = (list: Article[]) =>
		Object.fromEntries(localeCodes.map((l) => [l, inLocale(list, l)]));
	const sections = articleKinds.flatMap((section) => {
		const list = catalog.articles.filter((a) => a.kind === section);
		return listing(
			byLocale(list),
			section,
			undefined,
			(slice, locale) => ({
				type: 'section',
				section,
				slice,
				untranslated: list.filter((a) => !a.versions[locale]).length,
			}),
			homePath,
		);
	});
	const sectionExists = new Set(sections.map((v) => v.path));
	const sectionOrHome = (section: ArticleKind) => (l: Locale) =>
		sectionExists.has(sectionPath(l, section)) ? sectionPath(l, section) : homePath(l);
	return [
		...everywhere({ type: 'home' }, homePath),
		...sections,
		...[...catalog.articles, ...catalog.withdrawn].flatMap((item) =>
			itemViews(
				item,
				(l, s) => itemPath(l, item.kind, s),
				{ type: 'article', item },
				sectionOrHome(item.kind),
			),
		),
		...everywhere({ type: 'topics' }, (l) => sectionPath(l, 'topics')),
		...catalog.topics.flatMap((topic) => {
			const list = catalog.articles.filter((a) => a.data.topics.includes(topic.id));
			return listing(
				byLocale(list),
				'topics',
				topic.id,
				(slice) => ({ type: 'topic', topic, slice }),
				(l) => sectionPath(l, 'topics'),
			);
		}),
		...everywhere({ type: 'units' }, (l) => sectionPath(l, 'units')),
		...catalog.units.flatMap((unit) => {
			const list = catalog.articles.filter((a) => a.data.unit === unit.id);
			return listing(
				byLocale(list),
				'units',
				unit.id,
				(slice) => ({ type: 'unit', unit, slice }),
				(l) => sectionPath(l, 'units'),
			);
		}),
		...catalog.pages.flatMap((item) =>
			itemViews(item, staticPagePath, { type: 'page', item }, homePath),
		),
		...everywhere({ type: 'pressRoom' }, (l) => sectionPath(l, 'pressRoom')),
		...documentViews(catalog),
		...everywhere({ type: 'search' }, searchPath),
		...everywhere({ type: 'notFound' }, notFoundPath),
	];
}

/**
 * The legal documents register: a page per filter that lists something, in each locale with
 * documents in it (Vietnamese always), and a page per document version.
 */
function documentViews(catalog: Catalog): View[] {
	// Where the switcher leads in a language without the page: its register, or its home page where
	// it has no document at all (the register exists only where it lists something).
	const registerOrHome = (l: Locale) =>
		l === defaultLocale || catalog.documents.some((d) => d.versions[l])
			? documentsPath(l)
			: homePath(l);
	const listings = localeCodes.flatMap((locale) => {
		const all = catalog.documents.filter((d) => d.versions[locale]);
		if (locale !== defaultLocale && all.length === 0) return [];
		return usedFilters(all).map((filter) => {
			const path = documentsPath(locale, filter);
			// The same filter exists in another language only if it lists something there too.
			const alternates = Object.fromEntries(
				localeCodes
					.filter(
						(l) =>
							l === locale || catalog.documents.some((d) => d.versions[l] && matches(d, filter)),
					)
					.map((l) => [l, documentsPath(l, filter)]),
			);
			const fallback = Object.fromEntries(localeCodes.map((l) => [l, registerOrHome(l)])) as Record<
				Locale,
				string
			>;
			return {
				type: 'documents',
				filter,
				documents: all.filter((d) => matches(d, filter)),
				all,
				untranslated: catalog.documents.filter((d) => !d.versions[locale] && matches(d, filter))
					.length,
				locale,
				path,
				alternates,
				switchTo: switchTargets(alternates, fallback),
			} as View;
		});
	});
	return [
		...listings,
		...catalog.documents.flatMap((item) =>
			itemViews(
				item,
				(l, s) => itemPath(l, 'documents', s),
				{ type: 'document', item },
				registerOrHome,
			),
		),
	];
}

/** Whether a section has a listing in a locale (the default locale always has one). */
export function sectionExists(catalog: Catalog, locale: Locale, kind: ArticleKind): boolean {
	return (
		locale === defaultLocale || catalog.articles.some((a) => a.kind === kind && a.versions[locale])
	);
}
