import { describe, expect, it } from 'vitest';
import { indexGroup, mergeEntries, type PagefindEntry } from './search-index';

const entry = (...languages: string[]): PagefindEntry => ({
	version: '1.6.0',
	languages: Object.fromEntries(
		languages.map((l) => [l, { hash: `${l}_0`, wasm: null, page_count: 1 }]),
	),
});

describe('indexGroup', () => {
	it('groups a page by the locale of its first folder', () => {
		expect(indexGroup('/en/news/a/')).toBe('en');
		expect(indexGroup('/ko/')).toBe('ko');
		expect(indexGroup('/tin-tuc/a/')).toBe('vi');
		expect(indexGroup('/')).toBe('vi');
		// A Vietnamese slug starting like a prefix is not that locale.
		expect(indexGroup('/english-club/')).toBe('vi');
	});
});

describe('mergeEntries', () => {
	it('joins the languages of bundles written apart', () => {
		const merged = mergeEntries(entry('en', 'ko'), entry('vi'), 'vi');
		expect(Object.keys(merged.languages).sort()).toEqual(['en', 'ko', 'vi']);
	});
	it('refuses a language found in two groups, naming it', () => {
		expect(() => mergeEntries(entry('vi'), entry('vi'), 'en')).toThrow(/"vi".*\/en\//);
	});
});
