/**
 * Results from the base index and the delta (src/lib/search/delta.ts) as one list, in the order a
 * single index of the whole site would give: by score, or by date when the reader sorts by date.
 * Pagefind's own `mergeIndex` orders merged results by score even in a sorted search, so the
 * search page searches the two bundles itself and merges here.
 */

/** What this needs of a Pagefind result. */
export interface Scored {
	id: string;
	score: number;
}

export type ResultOrder = 'score' | 'newest' | 'oldest';

/** One bundle's search: Pagefind's `search`, options as given. */
export type Search<R> = (term: string | null, options: object) => Promise<{ results: R[] }>;

/**
 * Search every bundle for `term` as one index of the whole site would. Pagefind leaves out of a
 * query the words its index has never seen ("xyzzy tin" finds the pages with "tin"): the base,
 * made before a word first appeared, would answer "đã sửa" with every page holding "đã" while the
 * delta, which has seen "sửa", answers with the one page holding both. So the words first: a word
 * counts if some bundle holds it on a page still shown; a bundle missing a word that counts has no
 * page with the whole query (it sits out), and the others are searched for the words that count.
 */
export async function searchBundles<R extends Scored>(
	bundles: readonly Search<R>[],
	term: string | null,
	options: object,
	drops: readonly ReadonlySet<string>[],
	order: ResultOrder,
	dateOf: (r: R) => Promise<number>,
): Promise<R[]> {
	// A quoted term (a phrase, src/lib/search/fold.ts `phraseQueries`) is checked word by word too.
	const quoted = term !== null && /^".*"$/.test(term);
	const words = (quoted ? term.slice(1, -1) : term)?.split(/\s+/).filter(Boolean) ?? [];
	if (bundles.length < 2 || words.length < 2) {
		const lists = await Promise.all(bundles.map(async (b) => (await b(term, options)).results));
		return mergeBundles(lists, drops, order, dateOf);
	}
	const holds = await Promise.all(
		bundles.map(async (b, i) => {
			const found = await Promise.all(
				words.map(async (w) => (await b(w, {})).results.some((r) => !drops[i]?.has(r.id))),
			);
			return new Set(words.filter((_, k) => found[k]));
		}),
	);
	const counted = words.filter((w) => holds.some((h) => h.has(w)));
	// A phrase with a word no bundle holds is on no page.
	if (quoted && counted.length < words.length) return [];
	const query = counted.length === 0 ? term : quoted ? `"${counted.join(' ')}"` : counted.join(' ');
	const lists = await Promise.all(
		bundles.map(async (b, i) =>
			counted.every((w) => holds[i]!.has(w)) ? (await b(query, options)).results : [],
		),
	);
	return mergeBundles(lists, drops, order, dateOf);
}

/**
 * One list from the lists of each bundle (the base first), leaving out each one's `drops`. By date, each list
 * comes sorted from Pagefind: the later lists' results (a delta's few) are placed into the base's
 * by binary search on `dateOf` (a page's time, in ms), which reads as few base results as it can.
 */
export async function mergeBundles<R extends Scored>(
	lists: readonly (readonly R[])[],
	drops: readonly ReadonlySet<string>[],
	order: ResultOrder,
	dateOf: (r: R) => Promise<number>,
): Promise<R[]> {
	const [base = [], ...rest] = lists.map((l, i) => l.filter((r) => !drops[i]?.has(r.id)));
	const extra = rest.flat();
	if (extra.length === 0) return base;
	if (order === 'score') return [...base, ...extra].sort((a, b) => b.score - a.score);
	// `before(a, b)`: a comes first. Equal times keep the base's result first.
	const before = (a: number, b: number) => (order === 'newest' ? a > b : a < b);
	const dated = await Promise.all(extra.map(async (r) => ({ r, t: await dateOf(r) })));
	dated.sort((a, b) => (before(a.t, b.t) ? -1 : before(b.t, a.t) ? 1 : 0));
	const out = [...base];
	let lo = 0;
	for (const { r, t } of dated) {
		let hi = out.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (before(t, await dateOf(out[mid]!))) hi = mid;
			else lo = mid + 1;
		}
		out.splice(lo, 0, r);
		lo++;
	}
	return out;
}

/**
 * `results` (by score) led by the pages holding the most of the query's neighbouring pairs, the
 * whole phrase first of all: `held` counts, for each page, the pairs a quoted search found it by
 * (src/lib/search/fold.ts `phraseQueries`). Pagefind's quoted search does not rank (it scores
 * every page 1), so pages holding as many pairs keep their order in `results`.
 */
export function phraseFirst<R extends Scored>(
	results: readonly R[],
	held: ReadonlyMap<string, number>,
): R[] {
	// Array sort is stable: equal counts keep the order by score.
	return [...results].sort((a, b) => (held.get(b.id) ?? 0) - (held.get(a.id) ?? 0));
}

/**
 * For each page, how many of a query's neighbouring pairs it holds, for `phraseFirst`: `pairs` as
 * `phraseQueries` gives them (each pair in its spellings), `search` a quoted search's results. A
 * page two spellings of one pair find counts once. One search after the other: the search page's
 * searches set the bundles' options first.
 */
export async function pairCounts(
	pairs: readonly (readonly string[])[],
	search: (quoted: string) => Promise<readonly { id: string }[]>,
): Promise<Map<string, number>> {
	const held = new Map<string, number>();
	for (const spellings of pairs) {
		const pages = new Set<string>();
		for (const pair of spellings) for (const r of await search(pair)) pages.add(r.id);
		for (const id of pages) held.set(id, (held.get(id) ?? 0) + 1);
	}
	return held;
}
