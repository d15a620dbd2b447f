/**
 * Decoy pages for the ranking measurement (scripts/search-ranking.mjs): for each query of several
 * words in the ranking set, pages that hold every word of the query many times but never two of
 * them side by side, with filler between. A search that scores each syllable on its own ranks such
 * a page as high as the page holding the phrase; one that ranks phrases (issue 14) puts it below.
 * The sample content alone is too small to show the difference: few of its pages repeat a
 * syllable of another page's phrase often. Deterministic: the same set gives the same pages.
 */
import type { RankingEntry } from '../src/lib/search/ranking.ts';

/** A generated page: where it goes in the built site, and its HTML. */
export interface DecoyPage {
	/** URL path, e.g. `/tin-tuc/decoy-3/`. */
	path: string;
	/** The query it competes with. */
	query: string;
	title: string;
	/** The text of its body (title excluded), for the tests. */
	text: string;
	html: string;
}

/**
 * Words put between the query's words. None has tone marks in common with a query phrase here;
 * the tests check that no decoy holds any query of the set as a phrase.
 */
const filler = {
	vi: ['các', 'trường', 'trên', 'địa', 'bàn', 'tỉnh', 'với', 'nhiều', 'tuần', 'qua', 'của', 'Sở'],
	en: ['the', 'new', 'term', 'for', 'pupils', 'across', 'this', 'week', 'with', 'teams'],
};
const meta = {
	vi: { dir: '/tin-tuc/', type: 'Tin tức' },
	en: { dir: '/en/news/', type: 'News' },
};

/** The words of a query as Pagefind splits them: at spaces and at the slashes of document numbers. */
export const queryWords = (query: string) => query.split(/[\s/]+/).filter(Boolean);

const escape = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The query's words in reverse order, each followed by `gap` filler words taken in turn. */
function scatter(words: string[], fill: string[], gap: number, start: number): string {
	let f = start;
	return [...words]
		.reverse()
		.map((w) => [w, ...Array.from({ length: gap }, () => fill[f++ % fill.length])].join(' '))
		.join(' ');
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function page(
	locale: 'vi' | 'en',
	n: number,
	query: string,
	title: string,
	paragraphs: string[],
): DecoyPage {
	const path = `${meta[locale].dir}decoy-${n}/`;
	const html = `<!doctype html><html lang="${locale}" dir="ltr"><head><meta charset="utf-8"><title>${escape(title)}</title></head><body>
<main id="main"><article class="wrap article" data-pagefind-body>
<header class="article__head"><span class="eyebrow" data-pagefind-ignore data-pagefind-filter="type:${meta[locale].type}">${meta[locale].type}</span>
<h1>${escape(title)}</h1>
<p class="meta" data-pagefind-ignore><time datetime="2026-06-01T08:00:00+07:00" data-pagefind-meta="date:2026-06-01" data-pagefind-sort="date:2026-06-01T08:00:00+07:00" data-pagefind-filter="year:2026">2026-06-01</time></p></header>
<div class="prose">${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}</div>
</article></main></body></html>`;
	return { path, query, title, text: paragraphs.join('\n'), html };
}

/**
 * Two decoys per query of two words or more typed with its marks (the unmarked twin of a phrase
 * meets the same decoys): one with the query's words scattered in its title and body, one with
 * them only in its body, repeated more. Vietnamese queries typed without marks are left out, since
 * a decoy needs the marked words real pages carry.
 */
export function decoyPages(set: readonly RankingEntry[]): DecoyPage[] {
	const pages: DecoyPage[] = [];
	const unmarked = (s: string) =>
		s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
	for (const entry of set) {
		const words = queryWords(entry.query);
		const locale = entry.expected.startsWith('/en/') ? 'en' : 'vi';
		const typedWithoutMarks =
			locale === 'vi' && unmarked(entry.query) === entry.query.toLowerCase();
		if (words.length < 2 || typedWithoutMarks) continue;
		const fill = filler[locale];
		const body = (times: number) =>
			Array.from({ length: times }, (_, i) => `${cap(scatter(words, fill, 3, i))}.`);
		pages.push(
			page(locale, pages.length, entry.query, cap(scatter(words, fill, 2, 5)), body(4)),
			page(locale, pages.length + 1, entry.query, cap(fill.slice(0, 5).join(' ')), body(10)),
		);
	}
	return pages;
}
