import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Locale } from '~/i18n/locales';
import type { RankingEntry } from '~/lib/search/ranking';
import { searchPath } from '~/lib/paths';
import { writeSearchIndex } from '~/integrations/search-index';
import { decoyPages } from '../../scripts/search-ranking-decoys';

/**
 * The first `depth` result paths for `query` on the search page of `locale`, opened with the query
 * in its URL as the header's search form does, then “show more” once, as a reader would. Shared by
 * the ranking test (tests/browser/ranking.test.ts) and `npm run bench:ranking`.
 */
export async function topResults(
	page: Page,
	base: string,
	locale: Locale,
	query: string,
	depth = 20,
): Promise<string[]> {
	await page.goto(`${base}${searchPath(locale)}?${new URLSearchParams({ q: query })}`);
	await page.waitForSelector('site-search[data-state="done"]');
	const more = page.locator('.search-more');
	if (depth > 10 && (await more.isVisible())) {
		await more.click();
		await page.waitForFunction(
			(n) =>
				document.querySelectorAll('.search-result').length > n &&
				document.querySelector('site-search')?.getAttribute('data-state') === 'done',
			10,
		);
	}
	return page.evaluate(
		(n) =>
			[...document.querySelectorAll<HTMLAnchorElement>('.search-result h2 a')]
				.slice(0, n)
				.map((a) => new URL(a.href).pathname),
		depth,
	);
}

/**
 * A copy of a built site in `out` with the decoy pages of `set` added (pages holding a query's
 * words many times, never side by side: scripts/search-ranking-decoys.ts), indexed as the build
 * indexes it. Returns the pages indexed per language and the decoys added.
 */
export async function siteWithDecoys(dist: string, out: string, set: readonly RankingEntry[]) {
	await rm(out, { recursive: true, force: true });
	await cp(dist, out, { recursive: true });
	await rm(join(out, 'pagefind'), { recursive: true, force: true });
	const decoys = decoyPages(set);
	for (const d of decoys) {
		const file = join(out, d.path, 'index.html');
		await mkdir(dirname(file), { recursive: true });
		await writeFile(file, d.html);
	}
	const indexed = await writeSearchIndex(out);
	return { decoys: decoys.length, languages: indexed.languages, ms: indexed.ms };
}
