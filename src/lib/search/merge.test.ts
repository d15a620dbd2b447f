import { describe, expect, test } from 'vitest';
import { mergeBundles, pairCounts, phraseFirst, searchBundles, type Search } from './merge';

const r = (id: string, score: number, t: number) => ({ id, score, t });
type R = ReturnType<typeof r>;

describe('mergeBundles', () => {
	const base = [r('a', 9, 50), r('b', 5, 40), r('c', 1, 10)];
	const reads: string[] = [];
	const dateOf = async (x: R) => (reads.push(x.id), x.t);

	test('one bundle: its own order, dropped results left out', async () => {
		expect(
			(await mergeBundles([base], [new Set(['b'])], 'score', dateOf)).map((x) => x.id),
		).toEqual(['a', 'c']);
	});

	test('by score: every result by its score, each bundle’s dropped ones left out', async () => {
		// `c` is a reference page: the same id in both bundles, dropped from the delta only.
		const delta = [r('d', 6, 60), r('c', 7, 0)];
		const merged = await mergeBundles(
			[base, delta],
			[new Set(['a']), new Set(['c'])],
			'score',
			dateOf,
		);
		expect(merged.map((x) => x.id)).toEqual(['d', 'b', 'c']);
	});

	test('by date, newest first: delta results where their time puts them', async () => {
		const delta = [r('e', 1, 45), r('d', 1, 60), r('f', 1, 5)];
		const merged = await mergeBundles([base, delta], [], 'newest', dateOf);
		expect(merged.map((x) => x.t)).toEqual([60, 50, 45, 40, 10, 5]);
	});

	test('by date, oldest first; an equal time keeps the base result first', async () => {
		const asc = [...base].reverse();
		const merged = await mergeBundles([asc, [r('g', 1, 40)]], [], 'oldest', dateOf);
		expect(merged.map((x) => x.id)).toEqual(['c', 'b', 'g', 'a']);
	});

	test('a newest delta result costs a few reads of the base, not all of it', async () => {
		const many = Array.from({ length: 1000 }, (_, i) => r(`p${i}`, 1, 1000 - i));
		reads.length = 0;
		await mergeBundles([many, [r('new', 1, 5000)]], [], 'newest', dateOf);
		expect(reads.filter((id) => id !== 'new').length).toBeLessThanOrEqual(11);
	});
});

describe('searchBundles', () => {
	/** A bundle of pages (id → words): every word of the query it knows must be on a page. */
	const bundle =
		(pages: Record<string, string[]>): Search<R> =>
		async (term) => {
			const known = new Set(Object.values(pages).flat());
			const words = (term ?? '')
				.replace(/"/g, '')
				.split(' ')
				.filter((w) => known.has(w));
			const ids = Object.keys(pages).filter(
				(id) => words.length > 0 && words.every((w) => pages[id]!.includes(w)),
			);
			return { results: ids.map((id) => r(id, 1, 0)) };
		};
	const dateOf = async (x: R) => x.t;

	test('a word only the delta knows: the base sits out, as a full index would find only the delta page', async () => {
		const base = bundle({ old: ['đã', 'xong'], other: ['tin'] });
		const delta = bundle({ edited: ['đã', 'sửa'] });
		const found = await searchBundles([base, delta], 'đã sửa', {}, [], 'score', dateOf);
		expect(found.map((x) => x.id)).toEqual(['edited']);
	});

	test('a word known only from a page no longer shown does not count', async () => {
		const base = bundle({ deleted: ['xyz', 'tin'], kept: ['tin'] });
		const delta = bundle({ fresh: ['tin'] });
		const found = await searchBundles(
			[base, delta],
			'xyz tin',
			{},
			[new Set(['deleted'])],
			'score',
			dateOf,
		);
		expect(found.map((x) => x.id).sort()).toEqual(['fresh', 'kept']);
	});

	test('a phrase: checked word by word, searched quoted; with a word no bundle holds, on no page', async () => {
		const asked: (string | null)[] = [];
		const base = bundle({ old: ['học', 'phí'] });
		const delta = bundle({ fresh: ['học', 'phí', 'mới'] });
		const spy =
			(b: Search<R>): Search<R> =>
			(term, o) => (asked.push(term), b(term, o));
		const found = await searchBundles(
			[spy(base), spy(delta)],
			'"học phí"',
			{},
			[],
			'score',
			dateOf,
		);
		expect(found.map((x) => x.id).sort()).toEqual(['fresh', 'old']);
		expect(asked.filter((t) => t?.includes(' '))).toEqual(['"học phí"', '"học phí"']);
		const none = await searchBundles([base, delta], '"học xyz"', {}, [], 'score', dateOf);
		expect(none).toEqual([]);
	});
});

describe('phraseFirst', () => {
	test('puts the pages holding most pairs first, equal counts in the order they came', () => {
		const results = [r('a', 9, 0), r('b', 8, 0), r('c', 7, 0), r('d', 6, 0), r('e', 5, 0)];
		const held = new Map([
			['d', 2],
			['b', 1],
			['e', 1],
			['x', 3],
		]);
		expect(phraseFirst(results, held).map((x) => x.id)).toEqual(['d', 'b', 'e', 'a', 'c']);
		expect(phraseFirst(results, new Map()).map((x) => x.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
	});
});

describe('pairCounts', () => {
	test('counts the pairs each page holds, once per pair whatever spelling found it', async () => {
		const found: Record<string, string[]> = {
			'"dao tao"': ['a'],
			'"đao tao"': ['a', 'b'],
			'"tao nghe"': ['a', 'c'],
		};
		const held = await pairCounts([['"dao tao"', '"đao tao"'], ['"tao nghe"']], async (q) =>
			(found[q] ?? []).map((id) => ({ id })),
		);
		expect(Object.fromEntries(held)).toEqual({ a: 2, b: 1, c: 1 });
		expect((await pairCounts([], async () => [{ id: 'a' }])).size).toBe(0);
	});
});
