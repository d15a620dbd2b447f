import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { servedSite } from '../support/served-site';
import { templatePages } from './templates';

/**
 * Every template, in both languages, loads and works under its Content-Security-Policy: Chromium
 * reports no violation while the page loads, the share buttons run, and a search is typed.
 */

const served = servedSite(() => inject('siteDist'));

/** A page that records every CSP violation it sees, from its first script on. */
async function watched(path: string): Promise<{ page: Page; violations: () => Promise<string[]> }> {
	const page = await served.browser.newPage({ viewport: { width: 390, height: 844 } });
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { cspViolations: string[] }).cspViolations = seen;
		document.addEventListener('securitypolicyviolation', (e) =>
			seen.push(
				`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
			),
		);
	});
	await page.goto(`${served.url}${path}`, { waitUntil: 'networkidle' });
	return {
		page,
		violations: () =>
			page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
	};
}

describe.each(templatePages(inject('siteDist')))('the %s template', (_name, paths) => {
	test.each(Object.values(paths))('%s has a strict policy and breaks none of it', async (path) => {
		const { page, violations } = await watched(path);
		const csp = await page
			.locator('meta[http-equiv="Content-Security-Policy"]')
			.getAttribute('content');
		expect(csp).toContain("script-src 'self'");
		expect(csp).not.toMatch(/unsafe-inline|'unsafe-eval'/);
		// Run what the page runs: the share buttons where there are some.
		const copy = page.locator('share-links button[data-share="copy"]');
		if (await copy.count()) await copy.click();
		expect(await violations()).toEqual([]);
		await page.close();
	});
});

test('a search typed on the search page runs Pagefind under the policy', async () => {
	const { page, violations } = await watched('/tim-kiem/');
	await page.getByRole('searchbox').first().fill('dao tao');
	await page.locator('.search-results li').first().waitFor();
	expect(await page.locator('.search-results li').count()).toBeGreaterThan(0);
	expect(await violations()).toEqual([]);
	await page.close();
});

test('the check can fail: an inline script on a page is reported as a violation', async () => {
	const { page, violations } = await watched('/');
	await page.evaluate(() => {
		const s = document.createElement('script');
		s.textContent = 'window.ran = true';
		document.body.append(s);
	});
	await expect
		.poll(violations)
		.toEqual([expect.stringContaining('script-src-elem blocked inline')]);
	expect(await page.evaluate(() => (window as unknown as { ran?: boolean }).ran)).toBeUndefined();
	await page.close();
});
