import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium (installed by .ci/run); Playwright cannot download browsers here. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Start headless Chromium with no background traffic to other hosts. `extraArgs` add switches,
 * e.g. `--blink-settings=scriptEnabled=false` for a browser that really has no JavaScript
 * (Playwright's `javaScriptEnabled: false` still parses `<noscript>` as if scripts ran).
 */
export function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
	return chromium.launch({
		executablePath: chromiumPath,
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run',
			...extraArgs,
		],
	});
}
