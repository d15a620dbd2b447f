/**
 * Vietnamese without marks, for search. Readers type "giao duc" for "giáo dục" and "dao tao" for
 * "Đào tạo". Pagefind (since 1.5) folds tone and vowel marks itself, decomposing letters to NFD
 * and dropping the combining marks, but đ/Đ has no decomposition in Unicode (it is a letter of
 * its own, U+0111), so "dao" never meets "đào". These helpers give every word with đ an unmarked
 * key ("dao") that the index stores as metadata — searchable, never shown in excerpts — and tidy
 * queries the way the index expects them. Pure functions: the build and the browser share them.
 */

const D = /[đĐ]/;
const nonWord = /[^\p{L}\p{M}\p{N}]+/gu;

/**
 * A word as a reader types it without marks: "Đào" → "dao", "GDĐT" → "gddt", "tạo" → "tao".
 * Composed again at the end: decomposing splits a Hangul syllable into letters (jamo), which are
 * not marks, and "한국어" must stay "한국어".
 */
export function unmarked(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.normalize('NFC')
		.toLowerCase()
		.replace(/đ/g, 'd');
}

/**
 * The unmarked keys of the words of `text` that contain đ, each once, in order of appearance.
 * A token such as "GD&ĐT" gives its whole form ("gddt", which is how Pagefind indexes it after
 * dropping the punctuation) and its parts with đ ("dt"). Words without đ are left out: Pagefind
 * already finds them without their marks.
 */
export function dWordKeys(text: string): string[] {
	const keys = new Set<string>();
	for (const token of text.normalize('NFC').split(/\s+/)) {
		if (!D.test(token)) continue;
		keys.add(unmarked(token.replace(nonWord, '')));
		for (const part of token.split(nonWord)) if (D.test(part)) keys.add(unmarked(part));
	}
	keys.delete('');
	return [...keys];
}

/** A query as typed, made comparable with the index: NFC (pasted NFD text), single spaces. */
export function normalizeQuery(query: string): string {
	return query.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Whether a query has đ/Đ, so a folded retry ("Đinh" → "Dinh") can help where it finds nothing. */
export function hasD(query: string): boolean {
	return D.test(query);
}

/** A query with đ/Đ written as d/D, keeping its other marks, for the retry. */
export function foldD(query: string): string {
	return normalizeQuery(query).replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/** One run of an excerpt, highlighted or not. */
export interface Segment {
	text: string;
	mark: boolean;
}

/**
 * Split `text` into runs, marking each word that starts with an unmarked query term, so "dao tao"
 * highlights "Đào tạo". Pagefind's own marks only cover the words it matched in the body; this
 * also catches the words it matched through their unmarked keys.
 */
export function highlight(text: string, query: string): Segment[] {
	const terms = query
		.split(/\s+/)
		.map((w) => unmarked(w.replace(nonWord, '')))
		.filter(Boolean);
	const out: Segment[] = [];
	for (const piece of text.split(/([^\p{L}\p{M}\p{N}]+)/u)) {
		if (piece === '') continue;
		const key = unmarked(piece);
		const mark = terms.length > 0 && key !== '' && terms.some((t) => key.startsWith(t));
		const last = out[out.length - 1];
		if (last && last.mark === mark) last.text += piece;
		else out.push({ text: piece, mark });
	}
	// A space between two marked words stays outside the marks, as in Pagefind's excerpts.
	return out;
}

/**
 * Ranking weights for Pagefind's metadata fields (`metaWeights`) for a query. A title counts 5
 * (Pagefind's default). Pagefind matches `title` without tone marks but not without đ, so a
 * query without đ ranks on `fold_title`, the title without any marks (see `html.ts`), and a
 * query with đ on `title`, where its đ-words match exactly: never both, so no page earns a title
 * boost twice. `fold` (the body's đ-words unmarked) counts 1, like body text: the benchmark
 * (scripts/search-bench.mjs) found higher weights let pages full of unrelated đ-words outrank. The
 * image URL and the date are metadata only for display: their words ("cover", "webp", "2026")
 * must not lift a page.
 */
export function metaWeightsFor(query: string): Record<string, number> {
	const title = 5;
	return {
		title: hasD(query) ? title : 0,
		fold_title: hasD(query) ? 0 : title,
		fold: 1,
		// A legal document's type and number: a reader typing "2150" or "quyết định 15" wants it.
		number: 40,
		image: 0,
		date: 0,
		// The exact time, for merging a delta's results by date (src/lib/search/merge.ts).
		at: 0,
	};
}

/**
 * The quoted searches that find the pages holding a query's words side by side and in order: for
 * each two neighbouring words of the query (the first eight pairs), the spellings to search for,
 * or none for a query of one word. Vietnamese words are one to four syllables written apart, and
 * Pagefind scores each syllable on its own, so a page that says "học" twenty times outranks the
 * one about "học phí"; the search page lists first the pages holding the most of the query's
 * pairs (`phraseFirst`), the whole phrase first of all. Pagefind matches a quoted pair on word
 * positions, so the index needs no field of pairs (storing them doubled its build time and
 * memory). It folds tone and vowel marks but not đ: in a query typed without any marks ("dao
 * tao"), a word that begins with d, the only place đ stands in a Vietnamese syllable, may mean đ,
 * so it is tried both ways (`"dao tao"`, `"đao tao"`). A query with marks is taken as typed:
 * whoever types "học" types "đ" too.
 */
export function phraseQueries(query: string): string[][] {
	const words = normalizeQuery(query.replace(/"/g, ' ')).split(' ').filter(Boolean);
	const withoutMarks = words.every((w) => unmarked(w) === w.toLowerCase());
	const spellings = (w: string) =>
		withoutMarks && /^[dD]/.test(w) ? [w, `${w[0] === 'd' ? 'đ' : 'Đ'}${w.slice(1)}`] : [w];
	return words
		.slice(1, 9)
		.map((w, i) => spellings(words[i]!).flatMap((a) => spellings(w).map((b) => `"${a} ${b}"`)));
}
