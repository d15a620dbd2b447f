import { createRequire } from 'node:module';
import { expect, inject, test } from 'vitest';
import { servedSite } from '../support/served-site';

/**
 * The pages that show the Department's identity and its spokespeople (contact, press room,
 * organisation) have no axe violations at phone width: the template test (a11y.test.ts) samples
 * one static page only, and these add blocks of their own.
 */
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const served = servedSite(() => inject('siteDist'));

test.each(['/lien-he/', '/en/contact/', '/phong-bao-chi/', '/en/press-room/', '/co-cau-to-chuc/'])(
	'%s has no axe violations',
	async (path) => {
		const context = await served.browser.newContext({
			viewport: { width: 390, height: 844 },
			bypassCSP: true,
		});
		const page = await context.newPage();
		await page.goto(`${served.url}${path}`, { waitUntil: 'networkidle' });
		await page.addScriptTag({ path: axePath });
		const { violations, passed } = (await page.evaluate(async () => {
			const axe = (
				window as unknown as {
					axe: { run(): Promise<{ violations: unknown[]; passes: unknown[] }> };
				}
			).axe;
			const result = await axe.run();
			return { violations: result.violations, passed: result.passes.length };
		})) as { violations: { id: string; nodes: { target: string[] }[] }[]; passed: number };
		await context.close();
		expect(passed).toBeGreaterThan(15);
		expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' '))}`)).toEqual([]);
	},
);
