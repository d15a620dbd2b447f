/** One page of a paginated listing. */
export interface PageSlice<T> {
	/** 1-based page number. */
	page: number;
	pageCount: number;
	items: T[];
}

/**
 * Split a list into pages. An empty list still gives one (empty) page, so a section without
 * items shows "nothing yet" instead of disappearing.
 */
export function paginate<T>(items: readonly T[], perPage: number): PageSlice<T>[] {
	if (perPage < 1) throw new RangeError('perPage must be at least 1');
	const pageCount = Math.max(1, Math.ceil(items.length / perPage));
	return Array.from({ length: pageCount }, (_, i) => ({
		page: i + 1,
		pageCount,
		items: items.slice(i * perPage, (i + 1) * perPage),
	}));
}
