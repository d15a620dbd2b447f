import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from '../support/browser';
import { serveStatic, type StaticServer } from '../support/static-server';

/**
 * The header on a phone (issue 13): at 360×640 the header with a one-line urgent notice is at most
 * 150 px, an article's title and first lines show without scrolling, and the menu and the notice
 * open with and without JavaScript. The fixture site has a notice running until 2099.
 */

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const phone = { width: 360, height: 640 };
const pages = {
	'Vietnamese home': '/',
	'English home': '/en/',
	'Vietnamese article': '/tin-tuc/tin-da-dich/',
	'English article': '/en/news/translated-news/',
};

let site: StaticServer;
let withJs: Browser;
// Playwright's javaScriptEnabled: false still parses <noscript> as if scripts ran (browser.ts).
let withoutJs: Browser;

beforeAll(async () => {
	site = await serveStatic(inject('fixtureDist'));
	withJs = await launchBrowser();
	withoutJs = await launchBrowser(['--blink-settings=scriptEnabled=false']);
});

afterAll(async () => {
	await withJs?.close();
	await withoutJs?.close();
	await site?.close();
});

async function open(browser: Browser, path: string, viewport = phone): Promise<Page> {
	const page = await browser.newPage({ viewport });
	await page.goto(`${site.url}${path}`);
	return page;
}

/** Bottom of the header block: the urgent notices above it and the header itself. */
const headerBottom = (page: Page) =>
	page.evaluate(() =>
		Math.max(
			...[...document.querySelectorAll('.alerts, .site-header')].map(
				(el) => el.getBoundingClientRect().bottom,
			),
		),
	);

describe.each(Object.entries(pages))('%s at 360×640', (_name, path) => {
	test('the header with its one-line notice is at most 150 px', async () => {
		const page = await open(withJs, path);
		const notice = page.locator('[data-alert="lich-thi-thay-doi"] .alert__text');
		await expect.poll(() => notice.isVisible()).toBe(true);
		const line = await notice.evaluate((el) => ({
			height: el.getBoundingClientRect().height,
			lineHeight: parseFloat(getComputedStyle(el).lineHeight),
		}));
		expect(line.height).toBeLessThan(line.lineHeight * 1.5);
		expect(await headerBottom(page)).toBeLessThanOrEqual(150);
		// Search, every other language and the menu are each one tap away, in the bar.
		for (const control of [
			page.locator('.search-link'),
			...(await page.locator('.lang-switch a').all()),
			page.locator('.site-menu > summary'),
		]) {
			const box = (await control.boundingBox())!;
			expect(box.y + box.height).toBeLessThanOrEqual(150);
			expect(box.height).toBeGreaterThanOrEqual(24);
		}
		await page.close();
	});
});

test.each(['Vietnamese article', 'English article'] as const)(
	'the %s shows its title and the first lines of its summary above the fold',
	async (name) => {
		const page = await open(withJs, pages[name]);
		const title = (await page.locator('main h1').boundingBox())!;
		const summary = await page.locator('.article__summary').evaluate((el) => ({
			top: el.getBoundingClientRect().top,
			lineHeight: parseFloat(getComputedStyle(el).lineHeight),
		}));
		expect(title.y + title.height).toBeLessThanOrEqual(phone.height);
		expect(summary.top + 2 * summary.lineHeight).toBeLessThanOrEqual(phone.height);
		await page.close();
	},
);

describe.each([
	['with JavaScript', () => withJs],
	['without JavaScript', () => withoutJs],
] as const)('%s', (_name, browser) => {
	test('the menu button opens the menu on a phone', async () => {
		const page = await open(browser(), '/');
		const news = page.getByRole('navigation', { name: 'Chuyên mục chính' }).getByRole('link', {
			name: 'Tin tức',
		});
		expect(await news.isVisible()).toBe(false);
		expect(await page.locator('summary.site-menu__button').textContent()).toContain('Danh mục');
		await page.locator('summary.site-menu__button').click();
		await expect.poll(() => news.isVisible()).toBe(true);
		expect(await page.locator('details.site-menu').getAttribute('open')).toBe('');
		await news.click();
		await page.waitForURL(/\/tin-tuc\/$/);
		await page.close();
	});

	test('the notice opens to its full text and its link', async () => {
		const page = await open(browser(), '/en/');
		const link = page.locator('[data-alert="lich-thi-thay-doi"] .alert__link a');
		expect(await link.isVisible()).toBe(false);
		await page.locator('[data-alert="lich-thi-thay-doi"] summary').click();
		await expect.poll(() => link.isVisible()).toBe(true);
		expect(await link.textContent()).toContain('Details (in Vietnamese)');
		await page.close();
	});

	test('on a wide screen the menu is a row and the notice shows whole, with no button', async () => {
		const page = await open(browser(), '/en/', { width: 1280, height: 800 });
		expect(await page.locator('summary.site-menu__button').isVisible()).toBe(false);
		expect(
			await page
				.getByRole('navigation', { name: 'Main sections' })
				.getByRole('link', { name: 'News' })
				.isVisible(),
		).toBe(true);
		expect(await page.locator('[data-alert="lich-thi-thay-doi"] .alert__link a').isVisible()).toBe(
			true,
		);
		expect(await page.locator('.site-search input').isVisible()).toBe(true);
		await page.close();
	});
});

test('on a phone, Tab goes notice, home link, search, language, menu; the menu’s links once open', async () => {
	const page = await open(withJs, '/en/');
	const order: string[] = [];
	const languages = await page.locator('.lang-switch a').all();
	for (let i = 0; i < 7 + languages.length; i++) {
		await page.keyboard.press('Tab');
		order.push(
			await page.evaluate(() => {
				const el = document.activeElement!;
				if (el.closest('.site-nav')) return 'a link of the menu';
				return el.matches('summary')
					? `summary.${el.parentElement!.className.split(' ')[0]}`
					: `${el.tagName.toLowerCase()}.${el.className.split(' ')[0] || el.getAttribute('href')}`;
			}),
		);
	}
	const stops = [
		'a.skip-link',
		'summary.alert__box',
		'a.brand',
		'a.header-button',
		...(await Promise.all(languages.map(async (a) => 'a.' + (await a.getAttribute('href'))))),
		'summary.site-menu',
	];
	expect(order.slice(0, stops.length)).toEqual(stops);
	// A closed menu's links are skipped: the next stop is in the page.
	expect(order.slice(stops.length)).not.toContain('a link of the menu');
	await page.locator('summary.site-menu__button').focus();
	await page.keyboard.press('Enter');
	await page.keyboard.press('Tab');
	expect(await page.evaluate(() => document.activeElement?.closest('.site-nav') !== null)).toBe(
		true,
	);
	await page.close();
});

test.each([
	['phone, menu and notice open', phone],
	['wide screen', { width: 1280, height: 800 }],
] as const)('axe finds nothing in the header (%s)', async (_name, viewport) => {
	const context = await withJs.newContext({ viewport, bypassCSP: true });
	const page = await context.newPage();
	await page.goto(`${site.url}/en/news/translated-news/`);
	if (viewport === phone) {
		await page.locator('summary.site-menu__button').click();
		await page.locator('[data-alert="lich-thi-thay-doi"] summary').click();
	}
	await page.addScriptTag({ path: axePath });
	const violations = await page.evaluate(async () => {
		const axe = (
			window as unknown as {
				axe: { run(context: string): Promise<{ violations: { id: string }[] }> };
			}
		).axe;
		return (await axe.run('body')).violations.map((v) => v.id);
	});
	expect(violations).toEqual([]);
	await context.close();
});
