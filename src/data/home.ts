/**
 * What the home page shows, decided from the articles that exist in its language: the lead story,
 * then one section per kind that has something to show, each with a few items. A section without
 * items is left out (the English home page has far fewer articles), so the page never shows an
 * empty heading or a half-empty column. The view (`HomeView.astro`) only lays out this plan.
 */
import type { ArticleKind } from '~/schemas/kinds';
import { consultationState, type ConsultationTimes } from '~/lib/consultations';

/** What the plan reads of an article. */
export interface HomeCandidate {
	kind: ArticleKind;
	data: {
		date: Date;
		featured: boolean;
		cover?: unknown;
	} & Partial<ConsultationTimes>;
}

/** The home page's sections, in the order they appear, with how many items each shows. */
export const homeSections = {
	news: 6,
	consultations: 3,
	clarifications: 3,
	press: 3,
	stories: 3,
	policies: 4,
} as const satisfies Partial<Record<ArticleKind, number>>;

/** Cards in a row of a full-width section on a wide screen (home.css). */
export const rowLength = 3;

/** A section of the home page. */
export type HomeSectionKind = keyof typeof homeSections;

/** The home page of one language. */
export interface HomePlan<A> {
	/** The top story, shown large with its photo; undefined when nothing qualifies. */
	lead: A | undefined;
	/**
	 * The sections that have items, in page order, the lead left out of them. `half`: on wide
	 * screens the section shares its row with its neighbour, both too short to fill a row alone
	 * (English has a few items per kind): no row is left two-thirds empty.
	 */
	sections: { kind: HomeSectionKind; items: A[]; half: boolean }[];
}

/**
 * The lead: the newest item an editor marked `featured` (with or without a cover: the editor's
 * choice wins, and the CMS asks for a cover), else the newest with a cover.
 */
export function leadStory<A extends HomeCandidate>(articles: readonly A[]): A | undefined {
	return articles.find((a) => a.data.featured) ?? articles.find((a) => a.data.cover);
}

/**
 * Consultations a reader can act on come first: open ones, the soonest deadline first, then those
 * about to open, the soonest first; closed ones follow, newest first, so a closed consultation
 * never sits above an open one.
 */
export function consultationsFirstOpen<A extends HomeCandidate>(
	items: readonly A[],
	now: Date,
): A[] {
	const rank = { open: 0, upcoming: 1, closed: 2, outcome: 2 } as const;
	const keyed = items.map((a, i) => {
		const { opensAt, closesAt, outcomeAt } = a.data;
		const state =
			opensAt && closesAt ? consultationState({ opensAt, closesAt, outcomeAt }, now) : 'closed';
		// Within open: by deadline; upcoming: by opening; closed: keep the list's newest-first order.
		const when = state === 'open' ? +closesAt! : state === 'upcoming' ? +opensAt! : i;
		return { a, rank: rank[state], when };
	});
	return keyed.sort((x, y) => x.rank - y.rank || x.when - y.when).map((k) => k.a);
}

/** The plan of the home page from the articles of its language, newest first. */
export function planHome<A extends HomeCandidate>(articles: readonly A[], now: Date): HomePlan<A> {
	const lead = leadStory(articles);
	const rest = articles.filter((a) => a !== lead);
	const sections = (Object.keys(homeSections) as HomeSectionKind[]).map((kind) => {
		const ofKind = rest.filter((a) => a.kind === kind);
		const ordered = kind === 'consultations' ? consultationsFirstOpen(ofKind, now) : ofKind;
		return { kind, items: ordered.slice(0, homeSections[kind]) };
	});
	const shown = sections.filter((s) => s.items.length > 0).map((s) => ({ ...s, half: false }));
	// Neighbours both too short for a row share one, in page order: item counts 1, 1, 2, 6 give
	// one shared row, then a row each.
	const short = (s: { items: unknown[] } | undefined) => !!s && s.items.length < rowLength;
	for (let i = 0; i < shown.length - 1; i++) {
		if (short(shown[i]) && short(shown[i + 1])) {
			shown[i]!.half = shown[i + 1]!.half = true;
			i++;
		}
	}
	return { lead, sections: shown };
}
