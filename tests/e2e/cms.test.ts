import { spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { build, root, tmp } from '../build/builds';
import { Dist } from '../build/dist';
import { localeCodes } from '~/i18n/locales';
import vi from '~/i18n/ui/vi';
import { phrases } from '../../admin/locale';
import { launchBrowser } from '../support/browser';
import { choose, decapOnClone, gitIn, setStatus, toast } from '../support/decap';
import type { StaticServer } from '../support/static-server';

/**
 * The real Decap admin, driven in headless Chromium, against a real git repository served by
 * decap-server in git mode: what an editor does, and what lands in git.
 */

const repo = join(tmp, 'cms-repo');
const upload = join(root, 'tests/fixtures/uploads/anh-le-khai-giang.jpg');
const titleVi = 'Đà Nẵng và Hà Nam đồng hành đổi mới đào tạo giáo viên';
const slug = 'da-nang-va-ha-nam-dong-hanh-doi-moi-dao-tao-giao-vien';
const titleEn = 'Da Nang and Ha Nam team up on teacher training';
const slugEn = 'da-nang-ha-nam-teacher-training';
const folder = `content/news/${slug}`;
const pressTitle = 'Thông cáo báo chí về Ngày Nhà giáo Việt Nam';
const pressSlug = 'thong-cao-bao-chi-ve-ngay-nha-giao-viet-nam';
const consultationTitle = 'Lấy ý kiến dự thảo quy định về đồng phục học sinh';
const consultationSlug = 'lay-y-kien-du-thao-quy-dinh-ve-dong-phuc-hoc-sinh';
const draftPdf = join(root, 'tests/fixtures/uploads/du-thao-dong-phuc.pdf');

const git = gitIn(repo);

let server: ChildProcess;
let admin: StaticServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let mainBefore: string;
/**
 * "Unsaved changes" shown by an entry nobody had changed since it was opened or saved (decap-cms
 * #7276 with relation widgets in translated collections): counted wherever the tests look.
 */
let phantoms = 0;
/** Browser dialogs (alerts such as "save your changes first") seen since the page opened. */
let dialogs: string[] = [];

/**
 * Open an admin route in a fresh tab of the logged-in browser. Closing the old tab without its
 * `beforeunload` prompt matters: a form left with unsaved changes would otherwise hold a
 * "leave this page?" dialog open and hang the next navigation (seen on a busy CI machine).
 */
async function open(route: string) {
	await page?.close({ runBeforeUnload: false });
	page = await context.newPage();
	// The admin loads 5 MB of script; give a busy two-core CI machine time.
	page.setDefaultTimeout(60_000);
	page.setDefaultNavigationTimeout(90_000);
	dialogs = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.accept().catch(() => undefined);
	});
	await page.goto(`${admin.url}/admin/${route}`);
}

/** Type Markdown into a body editor, switched to its Markdown (source) mode. */
async function typeBody(pane: '.Pane1' | '.Pane2', markdown: string) {
	const body = page.locator(`${pane} [data-slate-editor]`).first();
	await body.scrollIntoViewIfNeeded();
	// The source mode takes Markdown as typed; each Enter starts a new line.
	await page.locator(`${pane} [class*="ToolbarToggle"] [role="switch"]`).first().click();
	await body.click();
	for (const [i, line] of markdown.split('\n').entries()) {
		if (i > 0) await page.keyboard.press('Enter');
		await page.keyboard.type(line);
	}
}

/** Move the open draft through "in review" and "ready", then publish it. */
async function reviewAndPublish() {
	await setStatus(page, 'Đang xét duyệt', () => (phantoms += 1));
	await setStatus(page, 'Sẵn sàng', () => (phantoms += 1));
	await page.getByRole('button', { name: 'Công bố', exact: true }).click();
	await page.getByRole('menuitem', { name: 'Công bố ngay' }).click();
	await toast(page, 'Mục đã được công bố');
}

beforeAll(async () => {
	({ server, admin } = await decapOnClone('cms-admin', repo));
	mainBefore = git('rev-parse', 'main');
	browser = await launchBrowser();
	context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
	let bytes = 0;
	const requests: string[] = [];
	context.on('response', async (r) => {
		requests.push(r.url());
		bytes += (await r.body().catch(() => Buffer.alloc(0))).length;
	});
	await open('');
	await page.getByRole('button', { name: 'Đăng nhập' }).click();
	await page.getByText('Chuyên mục').first().waitFor();
	await page.waitForLoadState('networkidle');
	const own = requests.filter((u) => u.startsWith(admin.url));
	console.log(
		`/admin until the collection list: ${own.length} requests, ${(bytes / 1024 / 1024).toFixed(2)} MiB uncompressed`,
	);
	expect(
		requests.filter((u) => !u.startsWith(admin.url) && !u.startsWith('http://127.0.0.1:')),
	).toEqual([]);
	context.removeAllListeners('response');
});

// A screenshot of the admin when a step fails, to see what the editor would have seen.
afterEach(async ({ task }) => {
	// A page held by an open dialog cannot be captured; the failure itself is the report then.
	if (task.result?.state === 'fail' && page) {
		await page
			.screenshot({
				timeout: 10_000,
				path: join(tmp, `cms-failure-${task.name.slice(0, 40)}.png`),
				fullPage: true,
			})
			.catch(() => undefined);
	}
});

afterAll(async () => {
	await browser?.close();
	await admin?.close();
	server?.kill();
});

describe('an editor in the CMS', () => {
	test('creates a news item in Vietnamese and English, reviews it and publishes it', async () => {
		await open('#/collections/news/new');
		await page.locator('.Pane1 [id^="title-field"]').fill(titleVi);
		await page
			.locator('.Pane1 [id^="summary-field"]')
			.fill('Hai tỉnh ký kết hợp tác bồi dưỡng đội ngũ nhà giáo.');
		await page.locator('.Pane1 button', { hasText: 'Ngay lúc này' }).first().click();
		await choose(page, 'topics', 'Đội ngũ nhà giáo');
		await choose(page, 'unit', 'Văn phòng Sở');
		await page.locator('.Pane1 button', { hasText: 'Chọn ảnh' }).click();
		await page.locator('input[type="file"]').setInputFiles(upload);
		await page.locator('button', { hasText: 'Dùng tệp đã chọn' }).click();
		await page.locator('.Pane1 [id^="coverAlt-field"]').fill('Lễ ký kết hợp tác đào tạo giáo viên');
		await typeBody('.Pane1', '## Nội dung hợp tác\n- Bồi dưỡng giáo viên\n- Trao đổi chuyên gia');

		await page.locator('.Pane2 [id^="title-field"]').fill(titleEn);
		await page.locator('.Pane2 [id^="slug-field"]').fill(slugEn);
		await page
			.locator('.Pane2 [id^="summary-field"]')
			.fill('The two provinces sign a teacher training agreement.');
		await page
			.locator('.Pane2 [id^="coverAlt-field"]')
			.fill('Signing the teacher training agreement');
		await typeBody(
			'.Pane2',
			'## What the agreement covers\n- Teacher training\n- Expert exchanges',
		);

		await page.getByRole('button', { name: 'Lưu', exact: true }).click();
		await toast(page, 'Mục đã được lưu');
		// The draft now lives on its own branch; open it by its slug (made from the Vietnamese title).
		await open(`#/collections/news/entries/${slug}/index`);
		await reviewAndPublish();
	});

	test('lands in git: both locale files and the image beside them, one merge commit on main, no draft branch', () => {
		const vi = git('show', `main:${folder}/index.vi.md`);
		const en = git('show', `main:${folder}/index.en.md`);
		expect(vi).toContain(`title: ${titleVi}`);
		expect(vi).toMatch(/^topics:\n  - doi-ngu-nha-giao$/m);
		expect(vi).toMatch(/^unit: van-phong-so$/m);
		expect(vi).toMatch(/^cover: anh-le-khai-giang\.jpg$/m);
		expect(vi).toMatch(/^date: \d{4}-\d\d-\d\dT/m);
		expect(vi).toContain('## Nội dung hợp tác\n- Bồi dưỡng giáo viên\n- Trao đổi chuyên gia');
		expect(en).toContain(`title: ${titleEn}`);
		expect(en).toMatch(new RegExp(`^slug: ${slugEn}$`, 'm'));
		// Shared facts are entered once, in the Vietnamese file; topics and unit are copied as they are.
		expect(en).not.toMatch(/^(date|cover):/m);
		expect(en).toMatch(/^unit: van-phong-so$/m);
		// A file per language of the site: Decap writes the shared facts (topics, unit) into a stub for
		// a language nobody translated, without a title, which the site does not publish.
		expect(git('ls-tree', '--name-only', `main:${folder}`).split('\n').sort()).toEqual(
			['anh-le-khai-giang.jpg', ...localeCodes.map((l) => `index.${l}.md`)].sort(),
		);
		for (const l of localeCodes.filter((l) => l !== 'vi' && l !== 'en'))
			expect(git('show', `main:${folder}/index.${l}.md`)).not.toMatch(/^title:/m);
		const published = git('rev-list', '--first-parent', `${mainBefore}..main`).split('\n');
		expect(published).toHaveLength(1);
		expect(git('rev-list', '--parents', '-n', '1', 'main').split(' ')).toHaveLength(3);
		expect(git('branch', '--list', 'cms/*')).toBe('');
	});

	test('writes a press release that names a registered spokesperson, chosen from the registry', async () => {
		await open('#/collections/press/new');
		await page.locator('.Pane1 [id^="title-field"]').fill(pressTitle);
		await page
			.locator('.Pane1 [id^="summary-field"]')
			.fill('Sở GDĐT Hà Nam thông tin về các hoạt động chào mừng Ngày Nhà giáo Việt Nam.');
		await choose(page, 'spokesperson', 'Trần Văn Minh');
		await page.locator('.Pane1 button', { hasText: 'Ngay lúc này' }).first().click();
		await choose(page, 'topics', 'Đội ngũ nhà giáo');
		await choose(page, 'unit', 'Văn phòng Sở');
		await typeBody('.Pane1', 'Các trường tổ chức lễ kỷ niệm trang trọng, tiết kiệm.');
		// What the editor sees (kept for review beside the test output).
		await page.screenshot({ path: join(tmp, 'cms-press-release.png') });
		await page.getByRole('button', { name: 'Lưu', exact: true }).click();
		await toast(page, 'Mục đã được lưu');
		await open(`#/collections/press/entries/${pressSlug}/index`);
		await reviewAndPublish();
		const vi = git('show', `main:content/press/${pressSlug}/index.vi.md`);
		expect(vi).toMatch(/^spokesperson: tran-van-minh$/m);
		expect(vi).toContain(`title: ${pressTitle}`);
	});

	test('publishes a consultation with its draft PDF uploaded beside it and its opening and closing times', async () => {
		await open('#/collections/consultations/new');
		await page.locator('.Pane1 [id^="title-field"]').fill(consultationTitle);
		await page
			.locator('.Pane1 [id^="summary-field"]')
			.fill(
				'Sở mong nhận ý kiến về mẫu đồng phục và việc không bắt buộc mua đồng phục mới mỗi năm.',
			);
		await page
			.locator('.Pane1 [id^="respondents-field"]')
			.fill('Cha mẹ học sinh, giáo viên và học sinh');
		await page.locator('.Pane1 button', { hasText: 'Chọn tệp' }).first().click();
		await page.locator('input[type="file"]').setInputFiles(draftPdf);
		await page.locator('button', { hasText: 'Dùng tệp đã chọn' }).click();
		await page.locator('.Pane1 [id^="opensAt-field"]').fill('2026-11-01T08:00');
		await page.locator('.Pane1 [id^="closesAt-field"]').fill('2099-12-31T17:00');
		await page.locator('.Pane1 [id^="date-field"]').fill('2026-11-01T08:00');
		await choose(page, 'topics', 'An toàn trường học');
		await choose(page, 'unit', 'Văn phòng Sở');
		await typeBody('.Pane1', 'Dự thảo gồm ba điều về mẫu đồng phục.');
		await page.locator('.Pane1 [id^="respondents-field"]').scrollIntoViewIfNeeded();
		await page.screenshot({ path: join(tmp, 'cms-consultation.png') });
		await page.getByRole('button', { name: 'Lưu', exact: true }).click();
		await toast(page, 'Mục đã được lưu');
		await open(`#/collections/consultations/entries/${consultationSlug}/index`);
		await reviewAndPublish();
		const folder = `content/consultations/${consultationSlug}`;
		expect(git('ls-tree', '--name-only', `main:${folder}`).split('\n')).toContain(
			'du-thao-dong-phuc.pdf',
		);
		const vi = git('show', `main:${folder}/index.vi.md`);
		expect(vi).toMatch(/^document: du-thao-dong-phuc\.pdf$/m);
		expect(vi).toMatch(/^opensAt: 2026-11-01T/m);
		expect(vi).toMatch(/^closesAt: 2099-12-31T/m);
		const stored = spawnSync('git', ['show', `main:${folder}/du-thao-dong-phuc.pdf`], {
			cwd: repo,
		});
		expect(Buffer.compare(stored.stdout, readFileSync(draftPdf))).toBe(0);
	});

	test('builds into a site showing the item in both languages with an optimised image', () => {
		const result = build('cms-site', join(repo, 'content'));
		expect(result.status, result.output.slice(-3000)).toBe(0);
		const dist = new Dist(result.outDir);
		const vi = dist.html(`/tin-tuc/${slug}/`);
		expect(vi.querySelector('h1')!.text).toBe(titleVi);
		expect(vi.querySelector('.prose h2')!.text).toBe('Nội dung hợp tác');
		expect(vi.querySelectorAll('.prose ul li').map((li) => li.text)).toEqual([
			'Bồi dưỡng giáo viên',
			'Trao đổi chuyên gia',
		]);
		const en = dist.html(`/en/news/${slugEn}/`);
		expect(en.querySelector('h1')!.text).toBe(titleEn);
		expect(en.querySelector('html')!.getAttribute('lang')).toBe('en');
		const img = vi.querySelector('figure img')!;
		expect(img.getAttribute('src')).toMatch(/^\/_astro\/anh-le-khai-giang\.[\w-]+\.jpg$/);
		expect(img.getAttribute('alt')).toBe('Lễ ký kết hợp tác đào tạo giáo viên');
		const original = readFileSync(join(repo, folder, 'anh-le-khai-giang.jpg')).length;
		const served = readFileSync(dist.file(img.getAttribute('src')!)!).length;
		expect(served).toBeLessThan(original);
		// The press release written in the CMS names its spokesperson on the page.
		const press = dist.html(`/thong-cao-bao-chi/${pressSlug}/`);
		expect(press.querySelector('h1')!.text).toBe(pressTitle);
		expect(press.querySelector('.person__name')!.text).toBe('Trần Văn Minh');
		// The consultation is open, with its form and its draft published beside the page.
		const consultation = dist.html(`/lay-y-kien/${consultationSlug}/`);
		expect(consultation.querySelector('[data-consultation]')!.getAttribute('data-state')).toBe(
			'open',
		);
		expect(consultation.querySelector('[data-feedback]:not([hidden]) form')).not.toBeNull();
		expect(dist.exists(`/lay-y-kien/${consultationSlug}/du-thao-dong-phuc.pdf`)).toBe(true);
	});

	test('cannot save an entry missing a required field, and sees which field', async () => {
		const branches = git('branch', '--list', 'cms/*');
		await open('#/collections/stories/new');
		await page.locator('.Pane1 [id^="title-field"]').fill('Tấm gương chưa có tóm tắt');
		await page.getByRole('button', { name: 'Lưu', exact: true }).click();
		await page.getByText('Bạn còn thiếu vài thông tin bắt buộc').first().waitFor();
		await page.getByText('Tóm tắt bắt buộc nhập.').first().waitFor();
		expect(git('branch', '--list', 'cms/*')).toBe(branches);
	});

	test('previews entries with the facts their pages show (src/lib/facts.ts, rendered alike)', async () => {
		const entries = [
			[
				'policies',
				'tuyen-sinh-lop-10-thpt-cong-lap-nam-hoc-2026-2027-ba-bai-thi',
				'.facts dt',
				vi['policy.source'],
			],
			[
				'consultations',
				'du-thao-ke-hoach-chuyen-doi-so-nganh-giao-duc-2026-2030',
				'.outcome a[download]',
				vi['consultation.downloadReport'],
			],
			[
				'clarifications',
				'thong-tin-hoc-sinh-phai-dong-2-trieu-dong-tien-sach-la-sai-su-that',
				'.claim__verdict strong',
				vi['clarification.verdict.false'],
			],
			[
				'documents',
				'quyet-dinh-15-2026-qd-ubnd',
				'.facts a[download]',
				'Quyết định 15/2026/QĐ-UBND',
			],
		] as const;
		for (const [kind, entry, selector, text] of entries) {
			await open(`#/collections/${kind}/entries/${entry}/index`);
			await page.locator('.Pane1 [id^="title-field"]').first().waitFor();
			// With two languages the right pane edits the English file; the eye shows the preview
			// instead, and Decap remembers the choice for the next entry.
			if (!(await page.locator('#preview-pane').count()))
				await page.getByTitle('Hiện/ẩn bản xem trước').click();
			const preview = page.frameLocator('#preview-pane');
			await expect
				.poll(() => preview.locator(selector).allTextContents(), { timeout: 30_000 })
				.toContain(text);
			await page.screenshot({ path: join(tmp, `cms-preview-${kind}.png`) });
		}
		// Back to the English pane, which the next test edits.
		await page.getByTitle('Hiện/ẩn bản ngôn ngữ thứ hai').click();
		await page.locator('.Pane2 [id^="title-field"]').first().waitFor();
	});

	test('editing only the English text leaves the Vietnamese file byte-identical', async () => {
		const item = 'content/news/ky-thi-tot-nghiep-thpt-nam-2026-ha-nam-co-99-6-thi-sinh-do';
		const before = git('rev-parse', 'main');
		const viBefore = git('show', `main:${item}/index.vi.md`);
		const enBefore = git('show', `main:${item}/index.en.md`);
		await open(
			'#/collections/news/entries/ky-thi-tot-nghiep-thpt-nam-2026-ha-nam-co-99-6-thi-sinh-do/index',
		);
		const summary = page.locator('.Pane2 [id^="summary-field"]');
		await expect.poll(() => summary.inputValue(), { timeout: 30_000 }).not.toBe('');
		await summary.fill(
			`${await summary.inputValue()} Results by school are on the Department's portal.`,
		);
		await page.getByRole('button', { name: 'Lưu', exact: true }).click();
		await toast(page, 'Mục đã được lưu');
		// The workflow controls of a new draft appear once the entry is opened again.
		await open(
			'#/collections/news/entries/ky-thi-tot-nghiep-thpt-nam-2026-ha-nam-co-99-6-thi-sinh-do/index',
		);
		await reviewAndPublish();
		expect(git('rev-parse', 'main')).not.toBe(before);
		expect(git('show', `main:${item}/index.en.md`)).not.toBe(enBefore);
		expect(git('show', `main:${item}/index.en.md`)).toContain(
			"Results by school are on the Department's portal.",
		);
		expect(git('show', `main:${item}/index.vi.md`)).toBe(viBefore);
	});
});

describe('the admin, in front of the build', () => {
	const unsaved = () => page.getByText('Thay đổi chưa được lưu').count();
	/** Wait until the entry is loaded and its widgets settled, then count an unsaved state shown. */
	async function settled() {
		await expect
			.poll(() => page.locator('.Pane1 [id^="title-field"]').inputValue(), { timeout: 30_000 })
			.not.toBe('');
		await page.waitForTimeout(3000);
		const shown = await unsaved();
		phantoms += shown ? 1 : 0;
		return shown;
	}

	test('opens, saves, moves and publishes a translated entry without a phantom "unsaved changes"', async () => {
		const item = 'ung-pho-bao-so-6-hoc-sinh-toan-tinh-nghi-hoc-mot-ngay-khong';
		const route = `#/collections/news/entries/${item}/index`;
		await open(route);
		expect(await settled(), 'just opened').toBe(0);
		const summary = page.locator('.Pane1 [id^="summary-field"]');
		await summary.fill(`${await summary.inputValue()} Các trường đã cho học sinh học bù.`);
		await page.getByRole('button', { name: 'Lưu', exact: true }).click();
		await toast(page, 'Mục đã được lưu');
		expect(await settled(), 'just saved').toBe(0);
		await open(route);
		expect(await settled(), 'a draft just opened').toBe(0);
		// Straight to the status menu, with no save first: it must move at the first try.
		for (const status of ['Đang xét duyệt', 'Sẵn sàng']) {
			await page.getByRole('button', { name: /^Trạng/ }).click();
			await page.getByRole('menuitem', { name: status }).click();
			await expect
				.poll(() => page.getByRole('button', { name: /^Trạng/ }).textContent(), {
					timeout: 30_000,
				})
				.toContain(status);
		}
		await page.getByRole('button', { name: 'Công bố', exact: true }).click();
		await page.getByRole('menuitem', { name: 'Công bố ngay' }).click();
		await toast(page, 'Mục đã được công bố');
		expect(await settled(), 'just published').toBe(0);
		// The only dialog is the confirmation of publishing, none asking to save first.
		expect(dialogs).toEqual([phrases.editor.editor.onPublishing]);
		expect(git('show', `main:content/news/${item}/index.vi.md`)).toContain('học bù');
		expect(git('branch', '--list', 'cms/*')).toBe('');
	});

	test.each([
		[
			'a cover without its description',
			'news/entries/binh-luc-khoi-cong-ba-nha-lop-hoc-moi-thay-the-phong-hoc/index',
			'coverAlt',
			'',
			'«Mô tả ảnh bìa (bắt buộc khi có ảnh bìa)»: Ảnh bìa cần lời mô tả "coverAlt"',
		],
		[
			'a withdrawal without its reason',
			'news/entries/ha-nam-hoan-thanh-trien-khai-hoc-ba-so-cho-hoc-sinh-tieu-hoc/index',
			'withdrawnAt',
			'2026-11-20T08:00',
			'«Lý do thu hồi (bắt buộc khi thu hồi bài)»: Bài thu hồi cần lý do "withdrawnReason"',
		],
		[
			'a consultation closing before it opens',
			'consultations/entries/du-thao-ke-hoach-chuyen-doi-so-nganh-giao-duc-2026-2030/index',
			'closesAt',
			'2020-01-01T08:00',
			'«Hạn cuối góp ý»: "closesAt" phải sau "opensAt"',
		],
	])(
		"refuses to save %s, naming the field with the build's message, and writes nothing to git",
		async (_case, entry, field, value, message) => {
			const refs = git('for-each-ref', '--format=%(refname) %(objectname)');
			const commits = git('rev-list', '--all', '--count');
			await open(`#/collections/${entry}`);
			expect(await settled(), 'just opened').toBe(0);
			if (field === 'coverAlt')
				// Required with a cover, as the label says: not also marked "optional" by Decap.
				expect(await page.locator('.Pane1 label[for^="coverAlt-field"]').innerText()).toMatch(
					/^Mô tả ảnh bìa \(bắt buộc khi có ảnh bìa\)$/i,
				);
			await page.locator(`.Pane1 [id^="${field}-field"]`).fill(value);
			await page.getByRole('button', { name: 'Lưu', exact: true }).click();
			await page.getByText(message).first().waitFor({ timeout: 30_000 });
			// What the editor reads, once the toast has slid in.
			await page.waitForTimeout(1000);
			await page.screenshot({ path: join(tmp, `cms-refused-${field}.png`) });
			expect(git('for-each-ref', '--format=%(refname) %(objectname)')).toBe(refs);
			expect(git('rev-list', '--all', '--count')).toBe(commits);
			expect(git('status', '--porcelain')).toBe('');
		},
	);

	test('showed no phantom "unsaved changes" in any test of this file', () => {
		console.log(`phantom unsaved-changes states seen: ${phantoms}`);
		expect(phantoms).toBe(0);
	});
});
