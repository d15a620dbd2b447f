import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser';
import { serveStatic, type StaticServer } from './static-server';

/**
 * A built site served on loopback and a headless Chromium to browse it, for the tests of one file:
 * started before them, closed after. `dir` is read when the tests start (it comes from `inject`).
 */
export function servedSite(dir: () => string): { readonly browser: Browser; readonly url: string } {
	let browser: Browser | undefined;
	let site: StaticServer | undefined;
	beforeAll(async () => {
		site = await serveStatic(dir());
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
		await site?.close();
	});
	return {
		get browser() {
			return browser!;
		},
		get url() {
			return site!.url;
		},
	};
}
