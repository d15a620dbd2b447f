import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { build, fixtureContent, type BuildResult } from '../build/builds';
import { launchBrowser } from '../support/browser';
import { freePort } from '../support/processes';
import { serveStatic, type StaticServer } from '../support/static-server';

/**
 * /admin opened with the local backend configured and no decap-server running (after `npm start`,
 * or a server deployed without a git host): one short probe, then a page in Vietnamese saying
 * what is missing, instead of Decap retrying a dead port and showing "no entries".
 */

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let port: number;
let built: BuildResult;
let admin: StaticServer;
let browser: Browser;

beforeAll(async () => {
	port = await freePort();
	built = build('cms-no-backend', fixtureContent, {
		CMS_BACKEND: 'proxy',
		CMS_PROXY_URL: `http://127.0.0.1:${port}/api/v1`,
	});
	expect(built.status, built.output.slice(-2000)).toBe(0);
	admin = await serveStatic(built.outDir);
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
	await admin?.close();
});

test('says in Vietnamese that the CMS server is not running and what to do, with a few requests at most', async () => {
	const context = await browser.newContext();
	const page = await context.newPage();
	const toProxy: string[] = [];
	page.on('request', (r) => {
		if (new URL(r.url()).port === String(port)) toProxy.push(`${r.method()} ${r.url()}`);
	});
	await page.goto(`${admin.url}/admin/`);
	const heading = page.getByRole('heading', {
		level: 1,
		name: 'Chưa kết nối được với kho nội dung',
	});
	await heading.waitFor({ timeout: 30_000 });
	const main = page.locator('#no-backend');
	expect(await main.textContent()).toContain('npm run cms');
	expect(await main.textContent()).toContain('CMS_BACKEND');
	expect(await main.textContent()).toContain(`127.0.0.1:${port}`);
	expect(await page.getByRole('button', { name: 'Thử lại' }).isVisible()).toBe(true);
	// Give a request storm time to show; Decap was never started.
	await page.waitForTimeout(5000);
	expect(await page.getByText('Không có mục nào').count()).toBe(0);
	expect(await page.locator('#nc-root').count()).toBe(0);
	console.log(`requests to the absent proxy: ${toProxy.length}`);
	expect(toProxy.length).toBeGreaterThan(0);
	expect(toProxy.length).toBeLessThanOrEqual(3);

	// Accessible as the site's pages are: axe finds nothing.
	await page.addScriptTag({ path: axePath });
	const { violations, passed } = await page.evaluate(async () => {
		const axe = (
			window as unknown as {
				axe: { run(): Promise<{ violations: { id: string }[]; passes: unknown[] }> };
			}
		).axe;
		const result = await axe.run();
		return { violations: result.violations.map((v) => v.id), passed: result.passes.length };
	});
	expect(passed).toBeGreaterThan(10);
	expect(violations).toEqual([]);
	await context.close();
});
