import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import yaml from 'js-yaml';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { tmp } from '../build/builds';
import { launchBrowser } from '../support/browser';
import { decapOnClone, gitIn, toast } from '../support/decap';
import type { StaticServer } from '../support/static-server';

/**
 * A translation that may be out of date, in the real Decap admin (Chromium) against a real git
 * repository: the English pane of an entry says so and why, in Vietnamese, as the translated page
 * and `npm run translations` do (src/lib/translation-status.ts); it follows what the editor types
 * in either pane; and what is saved is what the build reads.
 *
 * The entry: the sample grade 10 admissions explainer, whose Vietnamese file was updated on
 * 2 April 2026, after its English translation.
 */

const repo = join(tmp, 'cms-translations-repo');
const entry = 'tuyen-sinh-lop-10-thpt-cong-lap-nam-hoc-2026-2027-ba-bai-thi';
const folder = `content/policies/${entry}`;

const git = gitIn(repo);

let server: ChildProcess;
let admin: StaticServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

/** The notice of a pane (`.Pane1` Vietnamese, `.Pane2` English). */
const notice = (pane: '.Pane1' | '.Pane2') => page.locator(`${pane} [data-translation-status]`);
/** The state a pane's notice shows, once it shows one. */
const stateOf = (pane: '.Pane1' | '.Pane2') =>
	notice(pane).getAttribute('data-translation-status', { timeout: 30_000 });

beforeAll(async () => {
	({ server, admin } = await decapOnClone('cms-translations', repo));
	browser = await launchBrowser();
	context = await browser.newContext({
		viewport: { width: 1400, height: 1000 },
		locale: 'en-US',
		timezoneId: 'Asia/Ho_Chi_Minh',
	});
	page = await context.newPage();
	page.setDefaultTimeout(60_000);
	page.setDefaultNavigationTimeout(90_000);
	page.on('dialog', (dialog) => void dialog.accept().catch(() => undefined));
	await page.goto(`${admin.url}/admin/`);
	await page.getByRole('button', { name: 'Đăng nhập' }).click();
	await page.getByText('Chuyên mục').first().waitFor();
	await page.goto(`${admin.url}/admin/#/collections/policies/entries/${entry}/index`);
	await page.locator('.Pane2 [data-translation-status]').waitFor({ timeout: 60_000 });
});

afterEach(async ({ task }) => {
	if (task.result?.state === 'fail' && page)
		await page
			.screenshot({ path: join(tmp, `cms-translations-failure-${task.name.slice(0, 30)}.png`) })
			.catch(() => undefined);
});

afterAll(async () => {
	await browser?.close();
	await admin?.close();
	server?.kill();
});

describe('the translation pane of an entry', () => {
	test('says the translation may be out of date, since when and why, in Vietnamese', async () => {
		expect(await stateOf('.Pane2')).toBe('stale');
		const text = await notice('.Pane2').innerText();
		expect(text).toMatch(
			/^Bản tiếng Anh có thể đã cũ: bản tiếng Việt thay đổi ngày 02\/04\/2026, sau bản dịch \(/,
		);
		expect(text).toContain('Thay đổi: cập nhật ngày 02/04/2026.');
		// Looked at by a person: the entry with both panes (tests/.tmp/cms-translation-stale.png).
		await notice('.Pane2').scrollIntoViewIfNeeded();
		await page.screenshot({ path: join(tmp, 'cms-translation-stale.png') });
	});

	test('the Vietnamese pane has no translation date to fill in, only what it is for', async () => {
		expect(await stateOf('.Pane1')).toBe('source');
		expect(await page.locator('.Pane1 [id^="translated-field"]').count()).toBe(0);
		await expect.poll(() => page.locator('.Pane2 [id^="translated-field"]').count()).toBe(1);
	});

	test('a translation date after the update makes it up to date, at once', async () => {
		await page.locator('.Pane2 [id^="translated-field"]').fill('05/04/2026');
		await expect.poll(() => stateOf('.Pane2'), { timeout: 15_000 }).toBe('current');
		expect(await notice('.Pane2').innerText()).toBe(
			'Bản tiếng Anh đã cập nhật (dịch ngày 05/04/2026): bản tiếng Việt không có thay đổi lớn nào sau đó.',
		);
	});

	test('a later update typed in the Vietnamese pane makes it stale again, with the new date', async () => {
		await page.locator('.Pane1 [id^="updated-field"]').fill('10/04/2026 08:00');
		await expect.poll(() => stateOf('.Pane2'), { timeout: 15_000 }).toBe('stale');
		expect(await notice('.Pane2').innerText()).toContain(
			'bản tiếng Việt thay đổi ngày 10/04/2026, sau bản dịch (dịch ngày 05/04/2026)',
		);
		await page.screenshot({ path: join(tmp, 'cms-translation-stale-again.png') });
	});

	test('saves the translation date in the English file, as a date the build reads', async () => {
		await page.getByRole('button', { name: 'Lưu', exact: true }).click();
		await toast(page, 'Mục đã được lưu');
		const draft = git('branch', '--list', '--format=%(refname:short)', 'cms/*')
			.split('\n')
			.find((b) => b.includes(entry));
		expect(draft).toBeDefined();
		const frontmatter = (file: string) =>
			yaml.load(git('show', `${draft}:${folder}/${file}`).split('---')[1]!) as Record<
				string,
				unknown
			>;
		expect(frontmatter('index.en.md')['translated']).toEqual(new Date('2026-04-05'));
		expect(frontmatter('index.vi.md')['updated']).toEqual(new Date('2026-04-10T08:00:00+07:00'));
		expect(frontmatter('index.vi.md')).not.toHaveProperty('translated');
	});
});
