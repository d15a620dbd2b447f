import { createRequire } from 'node:module';
import { beforeAll, describe, expect, test } from 'vitest';
import { itemPath } from '~/lib/paths';
import { build, fixtureContent } from '../build/builds';
import { servedSite } from '../support/served-site';

/**
 * The preview build's banner (SITE_PREVIEW=1, src/components/layout/PreviewBanner.astro) in
 * Chromium: axe finds nothing on it (contrast included), in both languages, on the page of a
 * scheduled item where it also says when the item goes live. The rest of the preview build is
 * checked on disk by tests/build/schedule.test.ts.
 */

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let outDir = '';
beforeAll(() => {
	// Its own name: the build project's `preview` build may be read at the same time.
	const result = build('preview-browser', fixtureContent, { SITE_PREVIEW: '1' });
	if (result.status !== 0)
		throw new Error(`The preview build failed:\n${result.output.slice(-3000)}`);
	outDir = result.outDir;
});
const served = servedSite(() => outDir);

describe('the preview banner', () => {
	test.each([
		['/', 'Bản xem trước — chưa đăng'],
		[itemPath('vi', 'press', 'thong-cao-cam-dang'), 'hẹn đăng lúc'],
		[itemPath('en', 'press', 'embargoed-press-release'), 'Scheduled for'],
	])('on %s is visible, says "%s" and has no axe violations', async (path, words) => {
		const context = await served.browser.newContext({
			viewport: { width: 390, height: 844 },
			bypassCSP: true,
		});
		const page = await context.newPage();
		await page.goto(`${served.url}${path}`, { waitUntil: 'networkidle' });
		const banner = page.locator('.preview-banner');
		expect(await banner.isVisible()).toBe(true);
		expect(await banner.textContent()).toContain(words);
		await page.addScriptTag({ path: axePath });
		const result = (await page.evaluate(async () => {
			const axe = (
				window as unknown as {
					axe: {
						run(
							context: string,
						): Promise<{ violations: { id: string; help: string }[]; passes: { id: string }[] }>;
					};
				}
			).axe;
			const { violations, passes } = await axe.run('.preview-banner');
			return { violations, passes: passes.map((p) => p.id) };
		})) as { violations: { id: string; help: string }[]; passes: string[] };
		// Content outside landmarks, checked on the whole page (a best practice axe runs everywhere).
		const region = (await page.evaluate(async () => {
			const axe = (
				window as unknown as {
					axe: {
						run(
							context: Document,
							options: object,
						): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
					};
				}
			).axe;
			return (await axe.run(document, { runOnly: ['region'] })).violations;
		})) as { id: string; nodes: { target: string[] }[] }[];
		expect(region.flatMap((v) => v.nodes.map((n) => n.target.join(' ')))).toEqual([]);
		// The contrast rule really ran on the banner's text, and nothing failed.
		expect(result.passes).toContain('color-contrast');
		expect(result.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
		await context.close();
	});
});
