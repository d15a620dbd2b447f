/**
 * The search page's state lives in its URL (`?q=dao+tao&type=Tin+tức&sort=newest`), so a search
 * can be shared, bookmarked and reloaded, and the header's plain form (`action=<search page>`,
 * input `q`) hands its query over without JavaScript on the other pages. Pure: the browser script
 * and the tests use the same functions.
 */

/** The filters of the search page, in the order it shows them (Pagefind filter names). */
export const facetKeys = ['type', 'topic', 'unit', 'year'] as const;
/** One search filter. */
export type FacetKey = (typeof facetKeys)[number];

/** Orders a reader can ask for; '' is Pagefind's relevance. */
export const sortOrders = ['', 'newest', 'oldest'] as const;
/** One sort order. */
export type SortOrder = (typeof sortOrders)[number];

/** Everything a search page shows results for. */
export interface SearchState {
	q: string;
	filters: Partial<Record<FacetKey, string>>;
	sort: SortOrder;
}

/** Read the state from a query string; unknown parameters and sort orders are ignored. */
export function stateFromParams(params: URLSearchParams): SearchState {
	const filters: Partial<Record<FacetKey, string>> = {};
	for (const key of facetKeys) {
		const value = params.get(key)?.trim();
		if (value) filters[key] = value;
	}
	const sort = params.get('sort') ?? '';
	return {
		q: params.get('q') ?? '',
		filters,
		sort: (sortOrders as readonly string[]).includes(sort) ? (sort as SortOrder) : '',
	};
}

/** The query string for a state, without empty parameters: `?q=dao+tao&year=2026`. */
export function paramsFromState(state: SearchState): string {
	const params = new URLSearchParams();
	if (state.q.trim()) params.set('q', state.q.trim());
	for (const key of facetKeys) if (state.filters[key]) params.set(key, state.filters[key]!);
	if (state.sort) params.set('sort', state.sort);
	const s = params.toString();
	return s ? `?${s}` : '';
}

/** Arguments for Pagefind's `search(term, options)`. */
export interface PagefindRequest {
	/** The query, or null to list everything the filters let through. */
	term: string | null;
	options: { filters: Partial<Record<FacetKey, string>>; sort?: Record<'date', 'asc' | 'desc'> };
}

/**
 * What to ask Pagefind for a state, or undefined when there is nothing to search. Without words
 * the filters list their articles newest first, since relevance means nothing then.
 */
export function pagefindRequest(
	state: SearchState,
	normalize: (q: string) => string,
): PagefindRequest | undefined {
	const term = normalize(state.q);
	const hasFilters = Object.keys(state.filters).length > 0;
	if (!term && !hasFilters) return undefined;
	const sort = state.sort || (term ? '' : 'newest');
	return {
		term: term || null,
		options: {
			filters: { ...state.filters },
			...(sort ? { sort: { date: sort === 'newest' ? 'desc' : 'asc' } } : {}),
		},
	};
}

/** A date stored as YYYY-MM-DD (the day in Vietnam) as a Date at noon there, safe to format in any zone. */
export function dateOfMeta(value: string | undefined): Date | undefined {
	if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
	return new Date(`${value}T12:00:00+07:00`);
}

/**
 * A UI string in the page's language with its placeholders filled, picking the plural form for
 * `count` where the string has forms (`{ one, other }`). The browser's copy of `i18n/t.ts`
 * `plural`/`interpolate`, without shipping the dictionaries.
 */
export function fillString(
	value: string | Record<string, string>,
	intl: string,
	vars: Record<string, string | number>,
): string {
	const count = typeof vars.count === 'number' ? vars.count : undefined;
	const template =
		typeof value === 'string'
			? value
			: (value[new Intl.PluralRules(intl).select(count ?? 0)] ?? value.other ?? '');
	const all =
		count === undefined ? vars : { ...vars, count: new Intl.NumberFormat(intl).format(count) };
	return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
		name in all ? String(all[name]) : whole,
	);
}
