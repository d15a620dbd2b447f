import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { localeOfPath } from '~/lib/paths';
import { rankOf } from '~/lib/search/ranking';
import { rankingSet } from '../search/ranking-set';
import { launchBrowser } from '../support/browser';
import { siteWithDecoys, topResults } from '../support/search-page';
import { serveStatic, type StaticServer } from '../support/static-server';

/**
 * The ranking set (tests/search/ranking-set.ts: phrases with and without marks, đ, document
 * numbers, English) through the real search page of the built site, and again with decoy pages
 * added: pages holding each phrase's syllables many times but never side by side, which outrank
 * the right page when search scores syllables one by one. Each query's page must come within its
 * required rank (first for phrases and numbers). `npm run bench:ranking` prints the same runs as
 * figures (top-1 rate, MRR).
 */
let browser: Browser;
let page: Page;
const work = mkdtempSync(join(tmpdir(), 'ranking-'));

beforeAll(async () => {
	browser = await launchBrowser();
	page = await browser.newPage();
});
afterAll(async () => {
	await browser?.close();
	rmSync(work, { recursive: true, force: true });
});

describe.each([
	['the site as built', async () => inject('siteDist')],
	[
		'the site with decoy pages',
		async () => {
			const dir = join(work, 'site');
			await siteWithDecoys(inject('siteDist'), dir, rankingSet);
			return dir;
		},
	],
])('ranking on %s', (_name, site) => {
	let server: StaticServer;
	beforeAll(async () => {
		server = await serveStatic(await site());
	}, 120_000);
	afterAll(() => server?.close());

	test.each(rankingSet.map((e) => [e.query, e] as const))(
		'“%s” finds its page within its required rank',
		async (_query, entry) => {
			const top = await topResults(page, server.url, localeOfPath(entry.expected), entry.query);
			const rank = rankOf(top, entry.expected);
			expect(rank, `${entry.expected}; first: ${top.slice(0, 3).join(', ')}`).not.toBeNull();
			expect(rank!, `${entry.expected}; first: ${top.slice(0, 3).join(', ')}`).toBeLessThanOrEqual(
				entry.required,
			);
		},
	);
});
