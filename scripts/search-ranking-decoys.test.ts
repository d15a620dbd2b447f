import { describe, expect, test } from 'vitest';
import { rankingSet } from '../tests/search/ranking-set';
import { decoyPages, queryWords } from './search-ranking-decoys';

/** Words as a search compares them: without marks, đ as d, lower case; split at anything else. */
const tokens = (text: string) =>
	text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/[đĐ]/g, 'd')
		.toLowerCase()
		.split(/[^\p{L}\p{N}]+/u)
		.filter(Boolean);
const holdsPhrase = (text: string, query: string) =>
	` ${tokens(text).join(' ')} `.includes(` ${tokens(query).join(' ')} `);
const decoys = decoyPages(rankingSet);

describe('decoyPages', () => {
	test('makes two decoys for each query of several words typed with marks, English ones in English', () => {
		expect(decoys.length).toBeGreaterThanOrEqual(60);
		for (const q of ['học phí', 'nghỉ học', '2150/SGDĐT', 'quyết định 15', 'school fees'])
			expect(decoys.filter((d) => d.query === q)).toHaveLength(2);
		expect(decoys.some((d) => d.query === 'hoc phi')).toBe(false);
		expect(decoys.find((d) => d.query === 'school fees')!.path).toMatch(
			/^\/en\/news\/decoy-\d+\/$/,
		);
		expect(new Set(decoys.map((d) => d.path)).size).toBe(decoys.length);
	});

	test('hold every word of their query, again and again', () => {
		for (const d of decoys)
			for (const w of queryWords(d.query))
				expect(tokens(d.text).filter((t) => t === tokens(w)[0]).length, d.query).toBeGreaterThan(3);
	});

	test('never hold a query of the set as a phrase, marks or not', () => {
		for (const d of decoys)
			for (const e of rankingSet.filter((e) => tokens(e.query).length > 1)) {
				expect(holdsPhrase(d.text, e.query), `${d.path} holds “${e.query}”`).toBe(false);
				expect(holdsPhrase(d.title, e.query), `${d.path} title holds “${e.query}”`).toBe(false);
			}
	});

	test('are pages the search index takes, in their language', () => {
		const d = decoys.find((d) => d.query === 'học phí')!;
		expect(d.html).toContain('<html lang="vi"');
		expect(d.html).toContain('data-pagefind-body');
		expect(d.html).toContain(`<h1>${d.title}</h1>`);
	});
});
