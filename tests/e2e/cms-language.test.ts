import type { ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { root, tmp } from '../build/builds';
import { documentKinds, registryKinds } from '~/schemas/kinds';
import { launchBrowser } from '../support/browser';
import { choose, decapOnClone, gitIn } from '../support/decap';
import type { StaticServer } from '../support/static-server';
import { newEntryNotSaved, phrases } from '../../admin/locale';

/**
 * The admin speaks Vietnamese everywhere an editor looks (admin/locale.ts): the editor of every
 * collection, the workflow board and the media library, in a browser set to US English so nothing
 * relies on the browser's language. What is read: visible text and the accessible names
 * (aria-label, title, placeholder, alt). And what lands in git: Vietnamese commit messages.
 */

const repo = join(tmp, 'cms-language-repo');
const upload = join(root, 'tests/fixtures/uploads/anh-le-khai-giang.jpg');
const title = 'Hội thảo chuyên đề dạy học tích hợp cấp trung học cơ sở';
const slug = 'hoi-thao-chuyen-de-day-hoc-tich-hop-cap-trung-hoc-co-so';

/** English that used to show in the Vietnamese admin (issue 12), as whole phrases. */
const knownEnglish = [
	'Writing in',
	'Fill in from another locale',
	'Copy Name',
	'Copy URL',
	'Copy Path',
	'to now',
	'Expand',
	'Collapse',
	'Group by',
	'View as',
	'Bold',
	'Italic',
	'Numbered List',
	'Bulleted List',
	'Toggle',
	'Rich Text',
	'Select...',
	'No options',
	'Trạng:',
	'Choose selected',
	'Unsaved Changes',
	'Quick add',
	'Media assets',
	...'January February March April May June July August September October November December'.split(
		' ',
	),
];

/** Common English UI words: none may be a word of the admin (compared without case). */
const englishWords = new Set(
	`add save delete expand collapse set copy group writing fill bold italic link status draft
	choose upload remove publish published preview now select search loading image title clear
	toggle entry entries collection collections media close edit cancel ready review sort filter
	view workflow login logout unsaved changes saved heading quote list options quick other by
	new create update back rich text field locale assets selected insert url enter duplicate`
		.split(/\s+/)
		.filter(Boolean),
);

/**
 * Hints written in this project's field definitions (admin/fields/, not this module) that use an
 * English loanword editors say too: "đường link".
 */
const allowed = ['Không dẫn đường link tới nơi phát tán tin sai.'];

/** Language codes as bare words: the picker names the languages instead (tiếng Việt, tiếng Anh). */
const codes = new Set(['VI', 'EN']);

const git = gitIn(repo);

let server: ChildProcess;
let admin: StaticServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

/** Everything read, per screen, written beside the test output for review. */
const seen: Record<string, string[]> = {};

async function open(route: string) {
	await page?.close({ runBeforeUnload: false });
	page = await context.newPage();
	page.setDefaultTimeout(60_000);
	page.setDefaultNavigationTimeout(90_000);
	page.on('dialog', (dialog) => void dialog.accept().catch(() => undefined));
	await page.goto(`${admin.url}/admin/${route}`);
}

/**
 * What an editor sees or hears on the page now: visible text (not inside what they type) and the
 * accessible names of visible elements. The preview frame shows the site, not the admin.
 */
function readPage(): Promise<string[]> {
	return page.evaluate(() => {
		const out = new Set<string>();
		const shown = (el: Element | null) => !!el && el.checkVisibility({ visibilityProperty: true });
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const text = node.nodeValue?.trim();
			const parent = node.parentElement;
			if (!text || !parent || parent.closest('script, style, [contenteditable="true"]')) continue;
			if (shown(parent)) out.add(text);
		}
		for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]'))
			if (shown(el))
				for (const name of ['aria-label', 'title', 'placeholder', 'alt'])
					if (el.getAttribute(name)?.trim()) out.add(el.getAttribute(name)!.trim());
		return [...out];
	});
}

/** The English found in what the page shows, as "string (why)". */
function english(strings: string[], content: string[] = []): string[] {
	const found: string[] = [];
	for (const s of strings) {
		if ([...content, ...allowed].some((c) => s.includes(c))) continue;
		if (codes.has(s.toUpperCase())) found.push(`${s} (a language code)`);
		for (const phrase of knownEnglish) if (s.includes(phrase)) found.push(`${s} (“${phrase}”)`);
		// Words between spaces, without punctuation; an example slug (new-school-year) is not a word.
		const words = s.split(/\s+/).filter((w) => !/[-@/]/.test(w));
		for (const word of words.flatMap((w) => w.split(/[^\p{L}]+/u))) {
			if (englishWords.has(word.toLowerCase())) found.push(`${s} (word “${word}”)`);
			if (codes.has(word)) found.push(`${s} (code “${word}”)`);
		}
	}
	return found;
}

/** Read the page under a name and check it. */
async function check(screen: string, content: string[] = []) {
	// Let the translation observer run after the last render.
	await page.waitForTimeout(500);
	seen[screen] = await readPage();
	expect.soft(english(seen[screen], content), screen).toEqual([]);
}

beforeAll(async () => {
	({ server, admin } = await decapOnClone('cms-language', repo));
	browser = await launchBrowser();
	// A browser in US English: the admin must not depend on the editor's browser language.
	context = await browser.newContext({
		viewport: { width: 1280, height: 1000 },
		locale: 'en-US',
		timezoneId: 'Asia/Ho_Chi_Minh',
	});
	await open('');
	await page.getByRole('button', { name: 'Đăng nhập' }).waitFor();
	seen.login = await readPage();
	await page.getByRole('button', { name: 'Đăng nhập' }).click();
	await page.getByText('Chuyên mục').first().waitFor();
});

afterEach(async ({ task }) => {
	if (task.result?.state === 'fail' && page)
		await page
			.screenshot({ path: join(tmp, `cms-language-failure-${task.name.slice(0, 30)}.png`) })
			.catch(() => undefined);
	writeFileSync(join(tmp, 'cms-language-seen.json'), JSON.stringify(seen, null, '\t'));
});

afterAll(async () => {
	await browser?.close();
	await admin?.close();
	server?.kill();
});

describe('the admin in Vietnamese', () => {
	test('asks to log in, then lists the collections and the entries of each in Vietnamese', async () => {
		expect.soft(english(seen.login), 'login').toEqual([]);
		await open('#/collections/news');
		await page.getByText('Nhóm theo').first().waitFor();
		const titles = await page.locator('[class*="ListCardLink"], h2').allTextContents();
		await check('collection list', titles);
	});

	for (const kind of [...documentKinds, ...registryKinds]) {
		test(`shows the editor of a new ${kind} entry in Vietnamese`, async () => {
			await open(`#/collections/${kind}/new`);
			await page.getByRole('button', { name: 'Lưu', exact: true }).waitFor();
			await page.locator('.Pane1 label').first().waitFor();
			// Looked at by a person: every collection's editor at 1280 px (tests/.tmp/cms-language-*.png).
			await page.screenshot({ path: join(tmp, `cms-language-${kind}.png`) });
			// A new entry does not claim its changes are saved (admin/locale.ts).
			await page.getByText(newEntryNotSaved).first().waitFor();
			expect(await page.getByText(phrases.editor.editorToolbar.changesSaved).count()).toBe(0);
			// Open the widgets that show more controls: list items (expand/collapse) and menus.
			const add = page.locator('.Pane1 button', { hasText: /^Thêm / });
			if (await add.count()) await add.first().click();
			await check(`editor ${kind}`);
		});
	}

	test('shows the settings form ("Thông tin chung") in Vietnamese', async () => {
		await open('#/collections/settings/entries/identity');
		await page.locator('[id^="hotline-field"]').waitFor();
		// The list of social pages unfolded: its items' controls too.
		await page.locator('label', { hasText: 'Trang mạng xã hội' }).first().waitFor();
		// The values (the English address and office hours) are content, not the admin's words.
		const values = (v: unknown): string[] =>
			typeof v === 'string' ? [v] : Object.values(v ?? {}).flatMap(values);
		const identity = yaml.load(readFileSync(join(repo, 'content/settings/identity.yml'), 'utf8'));
		await check('editor settings', values(identity));
	});

	test('saves a draft with a Vietnamese commit message, and shows its status in full', async () => {
		await open('#/collections/news/new');
		await page.locator('.Pane1 [id^="title-field"]').fill(title);
		await page.locator('.Pane1 [id^="summary-field"]').fill('Giáo viên chia sẻ kinh nghiệm.');
		await page.locator('.Pane1 button', { hasText: 'Ngay lúc này' }).first().click();
		// Dates read day/month/year and 24-hour time, in a browser set to US English (admin/datetime.ts).
		await expect
			.poll(() => page.locator('.Pane1 [id^="date-field"]').inputValue())
			.toMatch(/^\d\d\/\d\d\/\d{4} \d\d:\d\d$/);
		// Then fixed times: "updated" may not precede "date" (admin/validate.ts), which "now" would
		// make true or false depending on the hour the tests run.
		await page.locator('.Pane1 [id^="date-field"]').fill('30/11/2026 08:00');
		await page.locator('.Pane1 [id^="updated-field"]').fill('01/12/2026 17:30');
		await choose(page, 'topics', 'Đội ngũ nhà giáo');
		await choose(page, 'unit', 'Văn phòng Sở');
		await page.locator('.Pane1 [data-slate-editor]').first().click();
		await page.keyboard.type('Nội dung hội thảo.');
		await page.getByRole('button', { name: 'Lưu', exact: true }).click();
		await page.getByText('Mục đã được lưu').first().waitFor({ timeout: 30_000 });
		const branch = git('branch', '--list', 'cms/news/*', '--format=%(refname:short)')
			.split('\n')
			.find((b) => b.includes(slug));
		expect(branch, git('branch', '--list')).toBeTruthy();
		const message = git('log', '-1', '--format=%s', branch!);
		expect(message).toBe(`Tạo tin “${slug}/index”`);
		// The date as stored: ISO 8601 with the browser's offset (Viet Nam: +07:00), which the build accepts.
		const stored = git('show', `${branch}:content/news/${slug}/index.vi.md`);
		expect(stored).toMatch(/^date: 2026-11-30T08:00:00\.000\+07:00$/m);
		expect(stored).toMatch(/^updated: 2026-12-01T17:30:00\.000\+07:00$/m);

		await open(`#/collections/news/entries/${slug}/index`);
		const status = page.getByRole('button', { name: /^Trạng thái/ });
		await expect.poll(() => status.textContent(), { timeout: 30_000 }).toBe('Trạng thái: Bản nháp');
		await expect
			.poll(() => page.locator('.Pane1 [id^="updated-field"]').inputValue())
			.toBe('01/12/2026 17:30');
		await page.screenshot({ path: join(tmp, 'cms-language-draft.png') });
		await check('editor of a draft', [title]);
		await status.click();
		await check('status menu', [title]);
		await page.keyboard.press('Escape');
		// The language picker names the languages, not their codes.
		await page.getByText('Đang viết bản tiếng Anh').first().click();
		await page.getByText('tiếng Việt', { exact: true }).first().waitFor();
		await check('language menu', [title]);
	});

	test('shows the workflow board in Vietnamese, with dates as DD/MM/YYYY', async () => {
		await open('#/workflow');
		const card = page.locator('a[href*="collections/news/entries"]', { hasText: title });
		await card.first().waitFor();
		const text = (await card.first().textContent()) ?? '';
		expect(text).toMatch(/\d\d\/\d\d\/\d{4} lúc \d\d:\d\d/);
		await page.screenshot({ path: join(tmp, 'cms-language-workflow.png') });
		await check('workflow', [title]);
	});

	test('shows the media library in Vietnamese, and uploads with a Vietnamese commit message', async () => {
		await open('#/collections/news');
		await page.getByRole('button', { name: 'Ảnh và tệp' }).click();
		await page.getByText('Tải lên').first().waitFor();
		await check('media library (empty)');
		const before = git('rev-parse', 'main');
		await page.locator('input[type="file"]').setInputFiles(upload);
		await page.getByText('anh-le-khai-giang.jpg').first().waitFor({ timeout: 30_000 });
		await page.getByText('anh-le-khai-giang.jpg').first().hover();
		await check('media library', ['anh-le-khai-giang.jpg']);
		await expect.poll(() => git('rev-parse', 'main')).not.toBe(before);
		expect(git('log', '-1', '--format=%s', 'main')).toBe(
			'Tải lên tệp “content/media/anh-le-khai-giang.jpg”',
		);
	});
});
