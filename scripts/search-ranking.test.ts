import { describe, expect, test } from 'vitest';
import { unmarked } from '~/lib/search/fold';
import { rankingKinds } from '~/lib/search/ranking';
import { rankingSet } from '../tests/search/ranking-set';

/**
 * The ranking set measured by `npm run bench:ranking` (scripts/search-ranking.mjs) is well formed.
 * That each target is a page of the built site, in the search index, is checked on the build
 * (tests/build/ranking-set.test.ts).
 */
describe('the ranking set', () => {
	test('has at least 40 queries, every kind among them', () => {
		expect(rankingSet.length).toBeGreaterThanOrEqual(40);
		expect(new Set(rankingSet.map((e) => e.kind))).toEqual(new Set(rankingKinds));
	});

	test('holds the queries the issue tried', () => {
		const queries = rankingSet.map((e) => e.query);
		for (const q of ['học phí', 'nghỉ học', 'dao tao', '2150/SGDĐT', '2150', 'cong van 2150'])
			expect(queries).toContain(q);
		expect(queries).toContain('quyết định 15');
	});

	test('asks each query once per language', () => {
		const keys = rankingSet.map((e) => `${e.expected.startsWith('/en/')} ${e.query}`);
		expect(new Set(keys).size).toBe(keys.length);
	});

	test('names its targets as root-relative page paths, English ones for English queries', () => {
		for (const e of rankingSet) {
			expect(e.expected).toMatch(/^\/([a-z0-9-]+\/)+$/);
			expect(e.expected.startsWith('/en/'), e.query).toBe(e.kind === 'english');
		}
	});

	test('wants document numbers first, and nothing below the third place', () => {
		for (const e of rankingSet) {
			expect([1, 3]).toContain(e.required);
			if (e.kind === 'number' || e.kind === 'number-type') expect(e.required, e.query).toBe(1);
		}
		// Phrases are wanted first; a phrase allowed the top 3 is one several pages have in their title.
		const phrases = rankingSet.filter((e) => e.kind === 'phrase' || e.kind === 'phrase-unmarked');
		expect(phrases.filter((e) => e.required === 1).length).toBeGreaterThan(phrases.length * 0.9);
	});

	test('types unmarked phrases without marks, and đ queries with đ or where a word has it', () => {
		for (const e of rankingSet.filter((e) => e.kind === 'phrase-unmarked'))
			expect(unmarked(e.query), e.query).toBe(e.query.toLowerCase());
		for (const e of rankingSet.filter((e) => e.kind === 'phrase'))
			expect(unmarked(e.query), e.query).not.toBe(e.query.toLowerCase());
		for (const e of rankingSet.filter((e) => e.kind === 'number'))
			expect(e.query, e.query).toMatch(/^\d+(\/[\p{L}\d-]+)*$/u);
	});

	test('gives each entry a one-line reason', () => {
		for (const e of rankingSet) expect(e.reason, e.query).toMatch(/^[^\n]{10,120}$/);
	});
});
