import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { publications } from '../build/incremental';
import { launchBrowser } from '../support/browser';
import { serveStatic, type StaticServer } from '../support/static-server';

/**
 * After an incremental build, search runs on the base index and a delta (src/lib/search/delta.ts).
 * A reader must find what a full build's index finds: the same pages in the same order, by
 * relevance and by date, with nothing withdrawn or deleted, after each of five publications in a
 * row (tests/build/incremental.ts).
 */
const dists = inject('incrementalDists');

/**
 * [query string of the search page, what it asks, what must agree]: the same pages in the same
 * order (`order`: sorted by date, or led by one page that the query names), or every page a full
 * index finds and none it could not (`pages`: by relevance, two things differ by design. Near-equal
 * pages score a little differently, since BM25 counts pages and the base was counted before the
 * last publications. And Pagefind matches a word by its prefix only in an index that lacks it
 * whole: a base made before "sửa" first appeared answers "đã sửa" with a page holding "đã" and
 * "sửa đổi", below the page holding "đã sửa").
 * Covers the new, edited, withdrawn and deleted article.
 */
const searches: [string, string, 'order' | 'pages'][] = [
	['/tim-kiem/?q=tin+m%E1%BB%9Bi+nh%E1%BA%A5t', 'the new article by its title', 'order'],
	['/tim-kiem/?q=%C4%91%C3%A3+s%E1%BB%ADa', 'the edited title', 'pages'],
	['/tim-kiem/?q=tin+s%E1%BB%91+3', 'the withdrawn article’s title', 'pages'],
	[
		'/tim-kiem/?q=chuy%E1%BB%83n+%C4%91%E1%BB%95i+s%E1%BB%91',
		'the deleted article’s words',
		'pages',
	],
	['/tim-kiem/?q=an+to%C3%A0n+tr%C6%B0%E1%BB%9Dng+h%E1%BB%8Dc', 'words of many articles', 'pages'],
	['/tim-kiem/?type=Tin+t%E1%BB%A9c', 'every news article, newest first', 'order'],
	['/tim-kiem/?type=Tin+t%E1%BB%A9c&sort=oldest', 'every news article, oldest first', 'order'],
	['/en/search/?q=news', 'English: the new and the deleted translation', 'pages'],
];

/** Whether the full build of a step indexes a page (withdrawn and deleted pages are not). */
function searchable(step: string, path: string): boolean {
	const file = join(dists[`incremental-full-${step}`]!, path, 'index.html');
	return existsSync(file) && readFileSync(file, 'utf8').includes('data-pagefind-body');
}

let browser: Browser;
let page: Page;
beforeAll(async () => {
	browser = await launchBrowser();
	page = await browser.newPage();
});
afterAll(async () => {
	await browser?.close();
});

/** Every result path of a search, after "show more" until all are listed. */
async function allResults(base: string, query: string): Promise<string[]> {
	await page.goto(`${base}${query}`);
	await page.waitForSelector('site-search[data-state="done"]');
	const more = page.locator('.search-more');
	while (await more.isVisible()) {
		const shown = await page.locator('.search-result').count();
		await more.click();
		await page.waitForFunction(
			(n) =>
				document.querySelectorAll('.search-result').length > n &&
				document.querySelector('site-search')?.getAttribute('data-state') === 'done',
			shown,
		);
	}
	return page.$$eval('.search-result h2 a', (links) =>
		links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
	);
}

describe.each(publications)('after publishing $what', ({ name }) => {
	let inc: StaticServer;
	let full: StaticServer;
	beforeAll(async () => {
		inc = await serveStatic(dists[`incremental-inc-${name}`]!);
		full = await serveStatic(dists[`incremental-full-${name}`]!);
	});
	afterAll(async () => {
		await inc?.close();
		await full?.close();
	});

	test.each(searches)('%s (%s): the same %s as a full index', async (query, _, agree) => {
		const expected = await allResults(full.url, query);
		const found = await allResults(inc.url, query);
		if (agree === 'order') expect(found).toEqual(expected);
		else {
			expect(found).toEqual(expect.arrayContaining(expected));
			for (const path of found) expect(searchable(name, path), path).toBe(true);
		}
	});

	test('the edited article leads the search for its new title', async () => {
		const query = '/tim-kiem/?q=%C4%91%C3%A3+s%E1%BB%ADa+tin+s%E1%BB%91+7';
		const found = await allResults(inc.url, query);
		expect(found[0]).toBe(
			name === 'new' ? (await allResults(full.url, query))[0] : '/tin-tuc/tin-so-7/',
		);
	});

	test('the new article is found by its title', async () => {
		expect(await allResults(inc.url, searches[0]![0])).toContain('/tin-tuc/tin-moi-nhat/');
	});

	test('the incremental build searches a delta (after the first publication)', async () => {
		const delta = await (await fetch(`${inc.url}/pagefind/delta.json`)).json();
		expect(delta.bundle).toBe('delta/');
		expect(delta.reference.length).toBeGreaterThan(0);
		// Base results are left out once a publication changed or removed pages they show.
		if (name !== 'new') expect(delta.drop.length).toBeGreaterThan(0);
		const fullDelta = await (await fetch(`${full.url}/pagefind/delta.json`)).json();
		expect(fullDelta).toEqual({ drop: [] });
	});
});
