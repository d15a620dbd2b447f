import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { servedSite } from '../support/served-site';

/** The share buttons under an article, in Chromium: what a reader gets when clicking them. */

const article = '/tin-tuc/binh-luc-khoi-cong-ba-nha-lop-hoc-moi-thay-the-phong-hoc/';
/**
 * The test build has no SITE_URL: the buttons share the address the reader is on (here the local
 * server's), never a placeholder host; with SITE_URL they would share the canonical address.
 */
const here = () => `${served.url}${article}`;

const served = servedSite(() => inject('siteDist'));
let context: BrowserContext;
let page: Page;

async function open(permissions: string[]) {
	await context?.close();
	context = await served.browser.newContext({ permissions, viewport: { width: 360, height: 800 } });
	page = await context.newPage();
	await page.goto(`${served.url}${article}`);
}

describe('sharing an article', () => {
	test('Facebook is a plain link to its share page with the address the reader is on', async () => {
		await open([]);
		const href = await page.getByRole('link', { name: /^Facebook/ }).getAttribute('href');
		const share = new URL(href!);
		expect(share.origin + share.pathname).toBe('https://www.facebook.com/sharer/sharer.php');
		expect(share.searchParams.get('u')).toBe(here());
	});

	test('copies the address without its #fragment', async () => {
		await open(['clipboard-read', 'clipboard-write']);
		await page.goto(`${here()}#chia-se`);
		await page.getByRole('button', { name: 'Sao chép liên kết' }).click();
		await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(here());
	});

	test('"copy link" puts the article address on the clipboard and says so', async () => {
		await open(['clipboard-read', 'clipboard-write']);
		await page.getByRole('button', { name: 'Sao chép liên kết' }).click();
		await expect
			.poll(() => page.getByRole('status').filter({ hasText: 'liên kết' }).textContent())
			.toBe('Đã sao chép liên kết.');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(here());
	});

	test('"Zalo" without a share sheet copies the link and tells the reader to paste it in Zalo', async () => {
		await open(['clipboard-read', 'clipboard-write']);
		expect(await page.evaluate(() => typeof navigator.share)).not.toBe('function');
		await page.getByRole('button', { name: 'Gửi qua Zalo…' }).click();
		await expect
			.poll(() => page.locator('.share__status').textContent())
			.toContain('mở Zalo và dán');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(here());
	});

	test('"Zalo" hands the title and address to the phone\'s share sheet where there is one', async () => {
		await open([]);
		await page.evaluate(() => {
			(window as unknown as { shared: unknown[] }).shared = [];
			// The share sheet itself is the operating system's; record what the page hands it.
			navigator.share = async (data?: ShareData) =>
				void (window as unknown as { shared: unknown[] }).shared.push(data);
		});
		await page.getByRole('button', { name: 'Gửi qua Zalo…' }).click();
		const shared = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
		expect(shared).toEqual([{ title: await page.locator('h1').textContent(), url: here() }]);
	});

	test('without permission to copy, the address is shown to copy by hand', async () => {
		await open([]);
		await page.evaluate(() => {
			navigator.clipboard.writeText = () =>
				Promise.reject(new DOMException('denied', 'NotAllowedError'));
		});
		await page.getByRole('button', { name: 'Sao chép liên kết' }).click();
		await expect
			.poll(() => page.locator('.share__status').textContent())
			.toBe(`Không sao chép được. Địa chỉ bài viết: ${here()}`);
	});
});
