import { createRequire } from 'node:module';
import { describe, expect, inject, test } from 'vitest';
import { servedSite } from '../support/served-site';
import { templatePages } from './templates';

/**
 * axe-core in Chromium over one page of every template, in both languages, on the built real
 * site: all of axe's rules (WCAG 2.1 A/AA and its best practices) must find nothing.
 */

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const served = servedSite(() => inject('siteDist'));

interface Violation {
	id: string;
	impact: string;
	help: string;
	nodes: { target: string[] }[];
}

/** axe over the page at `path` of `site`: nothing found, and nothing requested from elsewhere. */
async function checkPage(site: typeof served, path: string) {
	// The page's Content-Security-Policy would refuse the axe script the test injects
	// (tests/browser/csp.test.ts checks the policy itself).
	const context = await site.browser.newContext({
		viewport: { width: 390, height: 844 },
		bypassCSP: true,
	});
	const page = await context.newPage();
	const elsewhere: string[] = [];
	page.on('request', (r) => {
		if (!r.url().startsWith(site.url) && !r.url().startsWith('data:')) elsewhere.push(r.url());
	});
	await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
	// Everything the page needs ships with the site: no request to another origin.
	expect(elsewhere).toEqual([]);
	await page.addScriptTag({ path: axePath });
	const result = (await page.evaluate(async () => {
		const axe = (
			window as unknown as {
				axe: { run(): Promise<{ violations: unknown[]; passes: unknown[] }> };
			}
		).axe;
		const { violations, passes } = await axe.run();
		return { violations, passed: passes.length };
	})) as { violations: Violation[]; passed: number };
	await context.close();
	const { violations } = result;
	// axe really ran: a page of this site passes dozens of its rules.
	expect(result.passed).toBeGreaterThan(15);
	const summary = violations.map(
		(v) =>
			`${v.id} (${v.impact}): ${v.help} — ${v.nodes
				.map((n) => n.target.join(' '))
				.slice(0, 3)
				.join(', ')}`,
	);
	expect(summary).toEqual([]);
}

describe.each(templatePages(inject('siteDist')))('the %s template', (_name, paths) => {
	test.each(Object.values(paths))('%s has no axe violations', (path) => checkPage(served, path));
});

// The sample site has no listing long enough for an archive page; the test fixture's Department
// unit has one (24 articles).
const fixture = servedSite(() => inject('fixtureDist'));
describe('the listing archive page template (test fixture)', () => {
	test('/don-vi/so-gddt/trang/1/ has no axe violations', () =>
		checkPage(fixture, '/don-vi/so-gddt/trang/1/'));
});

describe('keyboard', () => {
	test.each(['/', '/en/news/'])(
		'on %s the first Tab reaches a visible skip link that moves focus to the main content',
		async (path) => {
			const page = await served.browser.newPage({ viewport: { width: 390, height: 844 } });
			await page.goto(`${served.url}${path}`);
			await page.keyboard.press('Tab');
			const link = await page.evaluate(() => {
				const el = document.activeElement as HTMLAnchorElement;
				const box = el.getBoundingClientRect();
				return {
					href: el.getAttribute('href'),
					text: el.textContent,
					visible: box.top >= 0 && box.height > 0,
					outline: getComputedStyle(el).outlineStyle,
				};
			});
			expect(link.href).toBe('#main');
			expect(link.visible).toBe(true);
			expect(link.outline).not.toBe('none');
			await page.keyboard.press('Enter');
			expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
			await page.close();
		},
	);
});
