import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { indexedText } from '~/lib/search/html';
import { benchPage, focusPhrases, random } from './search-bench-corpus';

describe('the benchmark corpus', () => {
	test('is the same for the same seed and differs between articles', () => {
		expect(benchPage('vi', 7).html).toBe(benchPage('vi', 7).html);
		expect(benchPage('vi', 7).html).not.toBe(benchPage('vi', 8).html);
		expect(random(1)()).toBe(random(1)());
	});

	test('writes pages like the built site: <html lang>, an indexed article, filters, a date to sort by', () => {
		for (const locale of ['vi', 'en'] as const) {
			const page = benchPage(locale, 3);
			const doc = parse(page.html);
			expect(doc.querySelector('html')!.getAttribute('lang')).toBe(locale);
			expect(page.file).toBe(`${locale === 'en' ? 'en/' : ''}news/article-3/index.html`);
			expect(doc.querySelectorAll('[data-pagefind-body]')).toHaveLength(1);
			for (const key of ['type', 'topic', 'unit', 'year'])
				expect(doc.querySelector(`[data-pagefind-filter^="${key}:"]`), key).not.toBeNull();
			expect(doc.querySelector('[data-pagefind-sort^="date:"]')).not.toBeNull();
		}
	});

	test('is about its focus phrase, in the title and the body', () => {
		const page = benchPage('vi', 12);
		expect(focusPhrases.vi).toContain(page.focus);
		const text = indexedText(page.html)!;
		expect(text.title.toLowerCase()).toContain(page.focus);
		expect(text.body.toLowerCase().split(page.focus).length).toBeGreaterThan(2);
	});

	test('reads like real Vietnamese news: a few hundred words, many with đ', () => {
		let words = 0;
		let withD = 0;
		for (let i = 0; i < 50; i++) {
			const tokens = indexedText(benchPage('vi', i).html)!.body.split(/\s+/);
			words += tokens.length;
			withD += tokens.filter((w) => /[đĐ]/.test(w)).length;
		}
		expect(words / 50).toBeGreaterThan(400);
		expect(withD / words).toBeGreaterThan(0.04);
	});
});
