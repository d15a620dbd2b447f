import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { build, fixtureContent } from '../build/builds';
import { launchBrowser } from '../support/browser';
import { serveStatic, type StaticServer } from '../support/static-server';

/**
 * /admin built for the hosted git backends, opened in Chromium up to Decap's login (no git host
 * is reachable here, so no further): Decap accepts the editorial workflow with Forgejo's backend
 * (its Gitea backend throws "does not support editorial workflow" at this point, which is why
 * `CMS_BACKEND=gitea` is refused at build time), and the deploy-preview button is offered only
 * where CI publishes previews.
 */

let browser: Browser;
const servers: StaticServer[] = [];

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
	for (const s of servers) await s.close();
});

/** Build the fixture site with these CMS variables and open its /admin/ until Decap has started. */
async function openAdmin(name: string, env: Record<string, string>) {
	const built = build(name, fixtureContent, env);
	expect(built.status, built.output.slice(-2000)).toBe(0);
	const server = await serveStatic(built.outDir);
	servers.push(server);
	const page = await browser.newPage();
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	await page.goto(`${server.url}/admin/`);
	return { page, errors };
}

test('Forgejo (and Gitea): Decap starts with the editorial workflow and offers its login', async () => {
	const { page, errors } = await openAdmin('cms-forgejo', {
		CMS_BACKEND: 'forgejo',
		CMS_REPO: 'sgddt/website',
		CMS_BASE_URL: 'https://git.example.gov.vn',
		CMS_API_ROOT: 'https://git.example.gov.vn/api/v1',
		CMS_APP_ID: 'abc',
	});
	const login = page.getByRole('button', { name: /Forgejo/ });
	await login.waitFor({ timeout: 30_000 });
	expect(await login.isVisible()).toBe(true);
	expect(errors.filter((e) => /editorial workflow|Config Errors/i.test(e))).toEqual([]);
	expect(await page.getByText(/Config Errors|Lỗi cấu hình/).count()).toBe(0);
	await page.close();
});

test('GitHub with PREVIEW_URL: the config asks Decap for deploy previews and the button is not hidden', async () => {
	const { page } = await openAdmin('cms-github-previews', {
		CMS_BACKEND: 'github',
		CMS_REPO: 'sgddt/website',
		CMS_BASE_URL: 'https://oauth.example.gov.vn',
		PREVIEW_URL: 'https://{branch}.preview.example.gov.vn/',
	});
	await page.getByRole('button', { name: /GitHub/ }).waitFor({ timeout: 30_000 });
	expect(await page.locator('html').getAttribute('data-previews')).toBe('');
	const config = JSON.parse((await page.locator('#cms-config').textContent()) ?? '{}') as {
		show_preview_links?: boolean;
		collections: { name: string; preview_path?: string }[];
	};
	expect(config.show_preview_links).toBe(true);
	expect(config.collections.find((c) => c.name === 'news')?.preview_path).toBe(
		'tin-tuc/{{dirname}}/',
	);
	await page.close();
});

test('CMS_BACKEND=gitea fails the build with what to use instead', () => {
	const built = build('cms-gitea', fixtureContent, { CMS_BACKEND: 'gitea', CMS_REPO: 'a/b' });
	expect(built.status).not.toBe(0);
	expect(built.output).toContain('CMS_BACKEND=forgejo');
});
