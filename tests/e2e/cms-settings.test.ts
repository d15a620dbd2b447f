import type { ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { tmp } from '../build/builds';
import { identitySchema } from '~/schemas/settings';
import { launchBrowser } from '../support/browser';
import { choose, decapOnClone, gitIn, toast } from '../support/decap';
import type { StaticServer } from '../support/static-server';

/**
 * The Department's identity ("Thông tin chung", a Decap `files` collection) and the choices made
 * at build time (an urgent notice's article, a policy's source document), driven in the real
 * Decap admin in headless Chromium against a real git repository served by decap-server.
 */

const repo = join(tmp, 'cms-settings-repo');
const identityPath = 'content/settings/identity.yml';
const newHotline = '0226 3000 119';
const coldPress = 'press/thong-cao-ve-ke-hoach-ung-pho-ret-dam-ret-hai';
const coldPressTitle = 'Thông cáo báo chí về phương án cho học sinh nghỉ học khi rét đậm, rét hại';
const alertText = 'Bão số 9 đổ bộ: học sinh toàn tỉnh nghỉ học ngày 2/12/2026.';

const git = gitIn(repo);

let server: ChildProcess;
let admin: StaticServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

async function open(route: string) {
	await page?.close({ runBeforeUnload: false });
	page = await context.newPage();
	page.setDefaultTimeout(60_000);
	page.setDefaultNavigationTimeout(90_000);
	page.on('dialog', (dialog) => void dialog.accept().catch(() => undefined));
	await page.goto(`${admin.url}/admin/${route}`);
}

/** A field of the form by its name (Decap's ids are `<name>-field-<n>`), in the Vietnamese pane. */
const field = (name: string) => page.locator(`.Pane1 [id^="${name}-field"]`);

/** A field of the settings form: one pane, as the settings have no preview (admin/config.ts). */
const setting = (name: string) => page.locator(`[id^="${name}-field"]`);

/** The identity as git holds it on a ref, parsed as the site's loader parses it. */
const identityAt = (ref: string) => yaml.load(git('show', `${ref}:${identityPath}`));

/** Options of a select, as listed when it is opened. */
async function optionsOf(name: string): Promise<string[]> {
	await field(name).click();
	await page.getByRole('option').first().waitFor();
	return page.getByRole('option').allTextContents();
}

/** Everything git holds: refs and commits, to show a refused save wrote nothing. */
const gitState = () =>
	[git('for-each-ref', '--format=%(refname) %(objectname)'), git('status', '--porcelain')].join(
		'\n',
	);

beforeAll(async () => {
	({ server, admin } = await decapOnClone('cms-settings', repo));
	browser = await launchBrowser();
	context = await browser.newContext({
		viewport: { width: 1280, height: 1000 },
		locale: 'en-US',
		timezoneId: 'Asia/Ho_Chi_Minh',
	});
	await open('');
	await page.getByRole('button', { name: 'Đăng nhập' }).click();
	await page.getByText('Chuyên mục').first().waitFor();
});

afterEach(async ({ task }) => {
	if (task.result?.state === 'fail' && page)
		await page
			.screenshot({
				timeout: 10_000,
				path: join(tmp, `cms-settings-failure-${task.name.slice(0, 30)}.png`),
			})
			.catch(() => undefined);
});

afterAll(async () => {
	await browser?.close();
	await admin?.close();
	server?.kill();
});

describe('the Department’s identity in the CMS (“Thông tin chung”)', () => {
	test('is listed among the collections and opens on the identity form with its current values', async () => {
		await open('#/collections/settings');
		await page.getByRole('link', { name: 'Thông tin chung' }).first().waitFor();
		// The form's own card, not the heading of the same name (which is there before the card).
		const card = page.locator('a[href$="/collections/settings/entries/identity"]');
		await card.waitFor();
		await card.click();
		await setting('hotline').waitFor();
		const labels = await page.locator('label').allTextContents();
		for (const label of ['Tên cơ quan', 'Đường dây nóng', 'Điện thoại Văn phòng', 'Thư điện tử'])
			expect(labels.join('\n')).toContain(label);
		const current = identitySchema.parse(yaml.load(readFileSync(join(repo, identityPath), 'utf8')));
		await expect
			.poll(() => setting('hotline').inputValue(), { timeout: 30_000 })
			.toBe(current.hotline);
		expect(await setting('phone').inputValue()).toBe(current.phone);
		expect(await setting('email').inputValue()).toBe(current.email);
		// Looked at by a person: the whole form at 1280 and 390 px (tests/.tmp/cms-settings-*.png),
		// in a window tall enough to hold it (the form scrolls inside the page, out of a full-page shot).
		for (const width of [1280, 390]) {
			await page.setViewportSize({ width, height: 3200 });
			await page.waitForTimeout(500);
			await page.screenshot({ path: join(tmp, `cms-settings-${width}.png`) });
		}
		await page.setViewportSize({ width: 1280, height: 1000 });
	});

	test.each([
		[
			'a malformed e-mail',
			'email',
			'vanphong@hanam',
			'Thư điện tử chưa đúng mẫu: cần viết đầy đủ, ví dụ vanphong@hanam.edu.vn.',
		],
		['an empty office phone', 'phone', '', 'Điện thoại Văn phòng bắt buộc nhập.'],
		// Decap knows no length limit here; the site's schema does, run before saving (admin/validate.ts).
		['a phone longer than the site accepts', 'phone', '0'.repeat(41), '"phone" dài quá 40 ký tự'],
	])(
		'refuses %s before saving, in Vietnamese, and writes nothing',
		async (_c, name, value, message) => {
			const before = gitState();
			await open('#/collections/settings/entries/identity');
			await setting(name).fill(value);
			await page.getByRole('button', { name: 'Lưu', exact: true }).click();
			await page.getByText(message).first().waitFor({ timeout: 30_000 });
			await page.waitForTimeout(1000);
			await page.screenshot({
				path: join(tmp, `cms-settings-refused-${name}-${value.length}.png`),
			});
			expect(await page.getByText('Mục đã được lưu').count()).toBe(0);
			expect(gitState()).toBe(before);
		},
	);

	test('saves a new hotline as a draft, then publishes it into a file the site accepts', async () => {
		const before = identityAt('main') as Record<string, unknown>;
		await open('#/collections/settings/entries/identity');
		await expect
			.poll(() => setting('hotline').inputValue(), { timeout: 30_000 })
			.toBe(before.hotline);
		await setting('hotline').fill(newHotline);
		await page.getByRole('button', { name: 'Lưu', exact: true }).click();
		await toast(page, 'Mục đã được lưu');
		const branch = 'cms/settings/identity';
		expect(git('branch', '--list', branch)).not.toBe('');
		expect(git('log', '-1', '--format=%s', branch)).toBe('Sửa Thông tin chung “identity”');
		expect(identityAt(branch)).toEqual({ ...before, hotline: newHotline });
		// Through the workflow, as every entry goes.
		for (const status of ['Đang xét duyệt', 'Sẵn sàng']) {
			await page.getByRole('button', { name: /^Trạng thái/ }).click();
			await page.getByRole('menuitem', { name: status }).click();
			await expect
				.poll(() => page.getByRole('button', { name: /^Trạng thái/ }).textContent())
				.toContain(status);
		}
		await page.getByRole('button', { name: 'Công bố', exact: true }).click();
		await page.getByRole('menuitem', { name: 'Công bố ngay' }).click();
		await toast(page, 'Mục đã được công bố');
		const published = identityAt('main');
		// Nothing lost, nothing reformatted into what the schema rejects.
		expect(published).toEqual({ ...before, hotline: newHotline });
		expect(identitySchema.safeParse(published).error).toBeUndefined();
		expect(git('show', `main:${identityPath}`)).toMatch(
			new RegExp(`^hotline: ${newHotline}$`, 'm'),
		);
	});
});

describe('choices made when the admin is built', () => {
	test('an urgent notice leads to the article chosen in “Bài chi tiết”', async () => {
		await open('#/collections/alerts/new');
		await field('item').waitFor();
		expect(await page.locator('.Pane1 label[for^="item-field"]').textContent()).toMatch(
			/^Bài chi tiết/,
		);
		const options = await optionsOf('item');
		await page.screenshot({ path: join(tmp, 'cms-settings-alert-item.png') });
		expect(options).toContain(`Thông cáo báo chí · ${coldPressTitle}`);
		// Every option reads "<section> · <title>".
		for (const option of options) expect(option).toMatch(/^[^·]+ · .+/);
		await page.keyboard.press('Escape');
		await choose(page, 'item', 'phương án cho học sinh nghỉ học khi rét');
		await choose(page, 'severity', 'Khẩn cấp');
		await page.locator('.Pane1 [id^="vi-field"]').first().fill(alertText);
		await page.locator('.Pane1 button', { hasText: 'Ngay lúc này' }).first().click();
		// Two days from now, as the admin shows times in Viet Nam: a fixed date would fall before
		// "now" once the calendar passes it, and the admin refuses an alert that ends before it starts.
		const inTwoDays = new Date(Date.now() + 2 * 86_400_000);
		const part = (type: string) =>
			new Intl.DateTimeFormat('en-GB', {
				timeZone: 'Asia/Ho_Chi_Minh',
				day: '2-digit',
				month: '2-digit',
				year: 'numeric',
			})
				.formatToParts(inTwoDays)
				.find((p) => p.type === type)!.value;
		await field('expiresAt').fill(`${part('day')}/${part('month')}/${part('year')} 00:00`);
		await page.getByRole('button', { name: 'Lưu', exact: true }).click();
		await toast(page, 'Mục đã được lưu');
		const branch = git('branch', '--list', 'cms/alerts/*', '--format=%(refname:short)');
		expect(branch).toMatch(/^cms\/alerts\/bao-so-9/);
		const file = git('show', `${branch}:content/alerts/${branch.slice('cms/alerts/'.length)}.yml`);
		expect(file).toMatch(new RegExp(`^item: ${coldPress}$`, 'm'));
		expect(yaml.load(file)).toMatchObject({ severity: 'danger', item: coldPress });
	});

	test('a policy’s source document is chosen from the register, by number and abstract', async () => {
		const register = readdirSync(join(repo, 'content/documents'))
			.map((id) => {
				const text = readFileSync(join(repo, 'content/documents', id, 'index.vi.md'), 'utf8');
				return yaml.load(text.split('---')[1]) as { number: string; title: string; issued: Date };
			})
			.sort((a, b) => b.issued.getTime() - a.issued.getTime())
			.map((d) => `${d.number} · ${d.title}`);
		expect(register.length).toBeGreaterThan(1);
		await open(
			'#/collections/policies/entries/tuyen-sinh-lop-10-thpt-cong-lap-nam-hoc-2026-2027-ba-bai-thi/index',
		);
		await field('sourceDocument').waitFor();
		// The one it cites now is shown by its number and abstract, not its file name.
		await expect
			.poll(() => field('sourceDocument').locator('xpath=ancestor::div[3]').textContent())
			.toContain('1234/KH-SGDĐT · ');
		expect(await optionsOf('sourceDocument')).toEqual(register);
		await page.screenshot({ path: join(tmp, 'cms-settings-source-document.png') });
	});
});
