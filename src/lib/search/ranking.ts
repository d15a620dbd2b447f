/**
 * The arithmetic of the search ranking measurement (scripts/search-ranking.mjs): given where the
 * expected page came in each query of the ranking set (tests/search/ranking-set.ts), the top-1
 * rate, the mean reciprocal rank (MRR) and how many entries met their required rank, overall and
 * per kind of query. MRR is the mean of 1/rank, with 0 for a page not found in the results read
 * (Voorhees, "The TREC-8 Question Answering Track Report", 1999). Pure: no browser, no files.
 */

/** The kinds of query the ranking set covers; each is reported on its own. */
export const rankingKinds = [
	'phrase',
	'phrase-unmarked',
	'd',
	'number',
	'number-type',
	'english',
] as const;

/** A kind of query: see `rankingKinds`. */
export type RankingKind = (typeof rankingKinds)[number];

/** One query of the ranking set and the page that must come first for it. */
export interface RankingEntry {
	/** What a reader types in the search box. */
	query: string;
	/** URL path in the built site of the page that must come first, e.g. `/van-ban/x/`. */
	expected: string;
	/** The rank the expected page must reach: 1 for phrases and document numbers, 3 otherwise. */
	required: 1 | 3;
	kind: RankingKind;
	/** Why a reader would agree that this page is the answer (one line). */
	reason: string;
}

/** Where the expected page of one entry came: its rank from 1, or null when not in the results read. */
export interface RankingOutcome {
	kind: RankingKind;
	required: number;
	rank: number | null;
}

/** The figures for a group of outcomes. */
export interface RankingFigures {
	count: number;
	/** Entries whose expected page came first. */
	top1: number;
	/** `top1 / count`, 0 for no entries. */
	top1Rate: number;
	/** Mean of 1/rank (0 when not found), 0 for no entries. */
	mrr: number;
	/** Entries whose expected page reached their required rank. */
	meeting: number;
}

/** 1/rank, or 0 when the page was not found (rank null). Ranks start at 1. */
export function reciprocalRank(rank: number | null): number {
	if (rank === null) return 0;
	if (!Number.isInteger(rank) || rank < 1) throw new RangeError(`rank must be 1 or more: ${rank}`);
	return 1 / rank;
}

/** Rank (from 1) of `expected` in `urls`, or null when absent. */
export function rankOf(urls: readonly string[], expected: string): number | null {
	const i = urls.indexOf(expected);
	return i === -1 ? null : i + 1;
}

/** Top-1 rate, MRR and the entries meeting their required rank for `outcomes`. */
export function rankingFigures(outcomes: readonly RankingOutcome[]): RankingFigures {
	const count = outcomes.length;
	const top1 = outcomes.filter((o) => o.rank === 1).length;
	const meeting = outcomes.filter((o) => o.rank !== null && o.rank <= o.required).length;
	const sum = outcomes.reduce((s, o) => s + reciprocalRank(o.rank), 0);
	return {
		count,
		top1,
		top1Rate: count === 0 ? 0 : top1 / count,
		mrr: count === 0 ? 0 : sum / count,
		meeting,
	};
}

/** The figures overall and for each kind present in `outcomes`, in the order of `rankingKinds`. */
export function rankingReport(outcomes: readonly RankingOutcome[]): {
	overall: RankingFigures;
	byKind: Partial<Record<RankingKind, RankingFigures>>;
} {
	const byKind: Partial<Record<RankingKind, RankingFigures>> = {};
	for (const kind of rankingKinds) {
		const some = outcomes.filter((o) => o.kind === kind);
		if (some.length > 0) byKind[kind] = rankingFigures(some);
	}
	return { overall: rankingFigures(outcomes), byKind };
}
