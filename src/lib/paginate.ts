/**
 * One page of a listing. The first page, at the listing's own address, shows the newest items;
 * the older ones are on archive pages numbered from the oldest (1 holds the oldest items), each a
 * full page. So a new item changes the first page and, when it fills one, adds an archive page:
 * it never moves items between the archive pages already there, which stay as they were (a
 * publication re-renders two pages per listing, not all of them, and a link to "page 7" keeps
 * showing what it showed).
 */
export interface PageSlice<T> {
	/** The archive page's number, or undefined for the first page. */
	archive?: number | undefined;
	/** Newest first. */
	items: T[];
	/** The page with the next newer items: an archive number, or "first"; undefined on the first page. */
	newer?: number | 'first' | undefined;
	/** The archive page with the next older items; undefined on the oldest page. */
	older?: number | undefined;
}

/**
 * Split a list (newest first) into pages of `perPage`. The first page holds the items that do not
 * fill an archive page and the newest full page: `perPage` to `2 × perPage − 1` items (all of them
 * when there are fewer). An empty list still gives one (empty) page, so a section without items
 * shows "nothing yet" instead of disappearing.
 */
export function paginate<T>(newestFirst: readonly T[], perPage: number): PageSlice<T>[] {
	if (perPage < 1) throw new RangeError('perPage must be at least 1');
	const total = newestFirst.length;
	const full = Math.floor(total / perPage);
	const rest = total - full * perPage;
	// Archive page k holds the k-th `perPage` items counted from the oldest.
	const chunk = (k: number) => newestFirst.slice(total - k * perPage, total - (k - 1) * perPage);
	const archives = full - 1; // the newest full page is on the first page
	const first: PageSlice<T> = {
		items: newestFirst.slice(0, rest + (full > 0 ? perPage : 0)),
		older: archives > 0 ? archives : undefined,
	};
	return [
		first,
		...Array.from({ length: Math.max(0, archives) }, (_, i) => {
			const k = archives - i;
			return {
				archive: k,
				items: chunk(k),
				newer: k < archives ? k + 1 : ('first' as const),
				older: k > 1 ? k - 1 : undefined,
			};
		}),
	];
}
