import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { locales, localeCodes, type Locale } from '~/i18n/locales';
import { useTranslations } from '~/i18n/t';
import { localeOfPath, searchPath } from '~/lib/paths';
import { facetKeys } from '~/lib/search/state';
import { readResults } from './builds';
import { Dist } from './dist';

/** The search index and the search entry points in the built HTML (the browser tests search it). */
const results = readResults();

/** A Pagefind fragment: one indexed page as the browser receives it (gzip, a signature, JSON). */
interface Fragment {
	url: string;
	content: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
}

function fragments(dir: string): { lang: string; fragment: Fragment }[] {
	const folder = join(dir, 'pagefind/fragment');
	return readdirSync(folder).map((name) => {
		const text = gunzipSync(readFileSync(join(folder, name))).toString('utf8');
		return {
			lang: name.split('_')[0]!,
			fragment: JSON.parse(text.slice(text.indexOf('{'))) as Fragment,
		};
	});
}

describe.each(['site', 'fixture'])('search in the %s build', (name) => {
	const dist = new Dist(results[name]!.outDir);
	// The CMS admin (/admin/) is no public page: it has neither the site header nor the index.
	const pages = dist.pages().filter((p) => !p.startsWith('/admin/'));
	const indexed = pages.filter((p) => dist.text(p).includes('data-pagefind-body'));
	const langOf = (page: string) => locales[localeOfPath(page)].lang;

	test('writes one Pagefind index per language, of the pages with data-pagefind-body', () => {
		expect(existsSync(join(dist.dir, 'pagefind/pagefind.js'))).toBe(true);
		const entry = JSON.parse(dist.text('/pagefind/pagefind-entry.json')) as {
			languages: Record<string, { page_count: number }>;
		};
		const expected = Object.fromEntries(
			localeCodes.map((l) => [
				locales[l].lang,
				indexed.filter((p) => langOf(p) === locales[l].lang).length,
			]),
		);
		expect(
			Object.fromEntries(Object.entries(entry.languages).map(([l, v]) => [l, v.page_count])),
		).toEqual(expected);
		expect(results[name]!.output.replace(/\u001b\[[\d;]*m/g, '')).toMatch(
			/\[search-index\] .*pagefind: .*pages in/,
		);
	});

	test('keeps every page in the index of its own language, so English search never shows Vietnamese pages', () => {
		const all = fragments(dist.dir);
		expect(all.map((f) => f.fragment.url).sort()).toEqual([...indexed].sort());
		for (const { lang, fragment } of all) expect(langOf(fragment.url), fragment.url).toBe(lang);
	});

	test('indexes unmarked đ-words as metadata only: never in the excerpt text, never in the published page', () => {
		const all = fragments(dist.dir).map((f) => f.fragment);
		const folded = all.filter((f) => f.meta.fold || f.meta.fold_title);
		expect(folded.length).toBeGreaterThan(0);
		for (const f of folded) {
			for (const key of `${f.meta.fold ?? ''} ${f.meta.fold_title ?? ''}`.trim().split(' '))
				// Unmarked Latin letters, digits, and the letters of other scripts (Hangul) as they are.
				expect(key, f.url).toMatch(/^(?:[a-z0-9]|[^\p{Script=Latin}\P{L}])+$/u);
			// Every word of the excerpt text is a word of the page as published.
			const published = dist
				.html(f.url)
				.querySelector('[data-pagefind-body]')!
				.text.replace(/\s+/g, '');
			// (Less the punctuation the index's copy adds between the parts of facts, lists and
			// tables: src/lib/search/html.ts, separateParts.)
			for (const word of f.content.split(/\s+/))
				expect(published, f.url).toContain(word.replace(/[.,:;]+$/, ''));
		}
		for (const page of indexed)
			expect(dist.text(page), page).not.toMatch(/data-pagefind-meta="fold/);
	});

	test('gives every article its filters, a date to sort by and a card-size thumbnail', () => {
		const cardImages = new Map<string, string>();
		for (const page of pages)
			for (const img of dist.html(page).querySelectorAll('.card source[srcset], .card img[srcset]'))
				for (const part of img.getAttribute('srcset')!.split(','))
					cardImages.set(part.trim().split(' ')[0]!, part.trim().split(' ')[1]!);
		const articles = fragments(dist.dir)
			.map((f) => f.fragment)
			.filter((f) => f.filters.type);
		expect(articles.length).toBeGreaterThan(3);
		const documentsType = new Set(
			localeCodes.map((l) => useTranslations(l).t('section.documents')),
		);
		for (const f of articles) {
			// Legal documents have no unit of the sector (the issuer is often the Ministry), and topics only if set.
			const required = documentsType.has(f.filters.type![0]!)
				? (['type', 'year'] as const)
				: facetKeys;
			for (const key of required)
				expect(f.filters[key]?.length, `${f.url} ${key}`).toBeGreaterThan(0);
			expect(f.meta.date, f.url).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			expect(f.filters.year).toEqual([f.meta.date!.slice(0, 4)]);
			const doc = dist.html(f.url);
			expect(doc.querySelector('[data-pagefind-sort^="date:"]'), f.url).not.toBeNull();
			// The cover, not a gallery's photos: a body's photos give no thumbnail.
			if (doc.querySelector('figure.article-cover img')) {
				// The 360 px WebP the article cards already use: no new image per article.
				expect(f.meta.image, f.url).toMatch(/^\/_astro\/.+\.webp$/);
				expect(cardImages.get(f.meta.image!), f.url).toBe('360w');
			} else expect(f.meta.image || undefined, f.url).toBeUndefined();
		}
	});

	test('puts a labelled search form in the header of every other page, in its language', () => {
		for (const page of pages.filter((p) => !localeCodes.some((l) => searchPath(l) === p))) {
			const doc = dist.html(page);
			const form = doc.querySelector('header form[role="search"]');
			expect(form, page).not.toBeNull();
			expect(form!.getAttribute('action'), page).toBe(searchPath(localeOfPath(page)));
			expect(form!.getAttribute('method'), page).toBe('get');
			const input = form!.querySelector('input[name="q"]')!;
			expect(
				doc.querySelector(`label[for="${input.getAttribute('id')}"]`)?.text.trim(),
				page,
			).toBeTruthy();
		}
	});

	test.each(localeCodes)(
		'the %s search page has a labelled form, the filters of its index and a no-script way out',
		(l: Locale) => {
			const doc = dist.html(searchPath(l));
			const form = doc.querySelector('main form[role="search"]')!;
			expect(form.getAttribute('action')).toBe(searchPath(l));
			expect(form.hasAttribute('hidden')).toBe(true);
			const input = form.querySelector('input[name="q"]')!;
			expect(
				doc.querySelector(`label[for="${input.getAttribute('id')}"]`)?.text.trim(),
			).toBeTruthy();
			const all = fragments(dist.dir)
				.filter((f) => f.lang === locales[l].lang)
				.map((f) => f.fragment);
			for (const key of facetKeys) {
				const offered = form
					.querySelectorAll(`select[name="${key}"] option`)
					.map((o) => o.getAttribute('value'))
					.filter(Boolean);
				expect(new Set(offered), key).toEqual(new Set(all.flatMap((f) => f.filters[key] ?? [])));
			}
			// Without JavaScript the box stays hidden and the page says how to browse instead.
			const fallback = parse(doc.querySelector('noscript')!.innerHTML);
			expect(fallback.text).toContain('JavaScript');
			expect(fallback.querySelectorAll('a').length).toBeGreaterThanOrEqual(3);
			// Its own script (the urgent-notice clock aside, where there are notices).
			const scripts = doc.querySelectorAll('script[src]').map((s) => s.getAttribute('src')!);
			expect(scripts.filter((s) => !s.includes('/AlertBanner.'))).toEqual([
				expect.stringMatching(/^\/_astro\/SiteSearch\..+\.js$/),
			]);
		},
	);
});
