import { hashOf, type RenderPlan } from '../incremental/state.ts';

/**
 * The search index of an incremental build (src/integrations/search-index.ts). Pagefind cannot add
 * pages to an index it wrote; indexing the whole site again took most of a publication's time
 * (93 of 164 s at 5,000 items per language). So an incremental build leaves the base index
 * (`pagefind/`) as the last full indexing wrote it and indexes, into `pagefind/delta/`, only the
 * pages that changed since then. `pagefind/delta.json` tells the search page (site-search.ts) to
 * search both and which results to drop: the base's copies of changed, withdrawn and deleted
 * pages, and the delta's reference pages (below).
 *
 * Reference pages: Pagefind ranks by BM25, whose weights come from the index's own page counts. A
 * delta of three pages would weigh every word as rare (or common) and rank its pages far from where
 * a full index puts them, so the delta also indexes a fixed sample of base pages per language; its
 * word statistics then stand for the site's. Their results are dropped from the delta.
 */

/** What an incremental build's search index remembers (in build-state.json). */
export interface SearchState {
	/** Page URL → Pagefind's id for it in the base index (`pagefind/`). */
	base: Record<string, string>;
	/**
	 * URLs of every page changed, withdrawn or removed since the base was made: the base's entries
	 * for them are out of date, and those still searchable are in the delta (`pagefind/delta/`).
	 */
	changed: string[];
}

/**
 * `pagefind/delta.json`, read by the search page. Pagefind's result ids are hashes of the page's
 * indexed content, so a page unchanged in both bundles has one id in both: each bundle has its own
 * list of ids to leave out.
 */
export interface SearchDelta {
	/** The delta bundle, relative to the base bundle (`delta/`); absent after a full indexing. */
	bundle?: string;
	/** Base results to leave out: pages changed, withdrawn or deleted since the base was made. */
	drop: string[];
	/** Delta results to leave out: the reference pages. */
	reference?: string[];
}

/** More changed pages than this since the last full indexing, and the build indexes everything. */
export const deltaLimit = 300;
/** Base pages per language indexed into the delta for its word statistics. */
export const referencePages = 100;

export type SearchPlan =
	| { mode: 'full'; reason: string }
	| {
			mode: 'delta';
			/** Every URL changed or removed since the base was made (the next state's `changed`). */
			changed: string[];
			/** URLs that may need indexing in the delta (the pages decide: withdrawn ones are not indexed). */
			candidates: string[];
			/** Base URLs whose base entry is out of date or gone. */
			superseded: string[];
	  };

/** Whether this build indexes everything or a delta, and which pages. */
export function planSearch(plan: RenderPlan | undefined, previous?: SearchState): SearchPlan {
	if (!plan) return { mode: 'full', reason: 'not a build' };
	if (plan.mode === 'full') return { mode: 'full', reason: plan.reason };
	if (!previous) return { mode: 'full', reason: 'the previous build kept no search index state' };
	const removed = new Set(plan.removed);
	const changed = [...new Set([...previous.changed, ...plan.changed, ...plan.removed])].sort();
	return {
		mode: 'delta',
		changed,
		candidates: changed.filter((url) => !removed.has(url)),
		superseded: changed.filter((url) => url in previous.base),
	};
}

/** Pagefind names its language in a page id: `vi_3a9f21c` → `vi`. */
const languageOf = (id: string) => id.slice(0, id.indexOf('_'));

/**
 * The reference pages: per language, the first `perLanguage` base pages in an order fixed by a
 * hash of their URL (a spread over the years, the same from one build to the next), none of them
 * superseded.
 */
export function referenceSample(
	base: Record<string, string>,
	exclude: ReadonlySet<string>,
	perLanguage = referencePages,
): string[] {
	const byLanguage = new Map<string, { url: string; key: string }[]>();
	for (const [url, id] of Object.entries(base)) {
		if (exclude.has(url)) continue;
		const list = byLanguage.get(languageOf(id)) ?? [];
		list.push({ url, key: hashOf(url) });
		byLanguage.set(languageOf(id), list);
	}
	return [...byLanguage.values()]
		.flatMap((list) =>
			list
				.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
				.slice(0, perLanguage)
				.map((p) => p.url),
		)
		.sort();
}
