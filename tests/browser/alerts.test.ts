import type { Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { servedSite } from '../support/served-site';

/**
 * Urgent notices follow the reader's clock, not the build's: the fixture's running notice expires
 * at 2099-12-31 23:59 (Vietnam time) and the flood warning runs 1–5 September 2098.
 */

const served = servedSite(() => inject('fixtureDist'));

async function at(time: string, path = '/en/'): Promise<Page> {
	const page = await served.browser.newPage();
	await page.clock.install({ time: new Date(time) });
	await page.goto(`${served.url}${path}`);
	return page;
}

const visible = (page: Page) =>
	page
		.locator('[data-alert]:visible')
		.evaluateAll((els) => els.map((el) => el.getAttribute('data-alert')));

test('today the running notice shows and the coming one stays hidden', async () => {
	const page = await at('2026-11-26T09:00:00+07:00');
	await expect.poll(() => visible(page)).toEqual(['lich-thi-thay-doi']);
	await page.close();
});

test('the coming notice appears at its start, even on a page already open', async () => {
	const page = await at('2098-08-31T23:59:00+07:00', '/tin-tuc/');
	await expect.poll(() => visible(page)).toEqual(['lich-thi-thay-doi']);
	await page.clock.runFor(2 * 60_000);
	await expect.poll(() => visible(page)).toEqual(['mua-lu-sap-toi', 'lich-thi-thay-doi']);
	await page.close();
});

test('after its expiry a notice is gone although the site was not rebuilt, and the banner with it', async () => {
	const page = await at('2100-01-01T08:00:00+07:00');
	await expect.poll(() => page.locator('[data-alert]').count()).toBe(0);
	expect(await page.locator('.alerts').isVisible()).toBe(false);
	await page.close();
});
