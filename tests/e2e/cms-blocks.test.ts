import { spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { build, root, tmp } from '../build/builds';
import { launchBrowser } from '../support/browser';
import { choose, decapOnClone, gitIn, toast } from '../support/decap';
import type { StaticServer } from '../support/static-server';
import { blockRefs } from '~/lib/blocks/syntax';

/**
 * The blocks of an article body (issue 18) in the real Decap admin (Chromium) against a real git
 * repository: an article that has blocks opens with each block as its form and saves them byte
 * for byte; an editor inserts each block from the body's "Chèn thành phần" menu, fills its form
 * in Vietnamese, uploads gallery photos, and what is saved is what the build compiles: the draft
 * branch is built as the site and its page shows the blocks.
 */

const repo = join(tmp, 'cms-blocks-repo');
const withBlocks = 'le-khai-giang-nam-hoc-2026-2027-hon-190-nghin-hoc-sinh-den-truong';
const plain = 'ha-nam-hoan-thanh-trien-khai-hoc-ba-so-cho-hoc-sinh-tieu-hoc';
const upload = join(root, 'tests/fixtures/uploads/anh-le-khai-giang.jpg');

const git = gitIn(repo);

let server: ChildProcess;
let admin: StaticServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

/** The Vietnamese pane of the open entry. */
const pane = () => page.locator('.Pane1');

async function open(route: string, width = 1400) {
	await page?.close({ runBeforeUnload: false });
	await context?.close();
	context = await browser.newContext({
		viewport: { width, height: 1000 },
		timezoneId: 'Asia/Ho_Chi_Minh',
	});
	page = await context.newPage();
	page.setDefaultTimeout(60_000);
	page.setDefaultNavigationTimeout(90_000);
	page.on('dialog', (dialog) => void dialog.accept().catch(() => undefined));
	await page.goto(`${admin.url}/admin/`);
	await page.getByRole('button', { name: 'Đăng nhập' }).click();
	await page.getByText('Chuyên mục').first().waitFor();
	await page.goto(`${admin.url}/admin/${route}`);
	await pane().locator('[id^="title-field"]').waitFor();
	await pane().locator('[data-slate-editor]').first().waitFor();
}

/** The file of a draft branch of the entry in `folder`, as saved. */
function saved(folder: string, file: string): string {
	const draft = git('branch', '--list', '--format=%(refname:short)', 'cms/*')
		.split('\n')
		.find((b) => b.includes(folder));
	expect(draft, `no draft branch for ${folder}`).toBeDefined();
	return git('show', `${draft}:content/news/${folder}/${file}`);
}

/** The body of a Markdown file: what follows its front matter. */
const bodyOf = (text: string) => text.split(/^---$/m).slice(2).join('---').trim();

/**
 * Insert a block from the body's "Chèn thành phần" menu, at the end of the Vietnamese body: the
 * caret is put after the last letter of the last paragraph (Slate follows the DOM selection), as
 * an editor clicking there would.
 */
async function insert(label: string) {
	const editor = pane().locator('[data-slate-editor]').first();
	await editor.focus();
	await editor.evaluate((root) => {
		const paragraphs = root.querySelectorAll(':scope > p, :scope > [data-slate-node="element"]');
		const last = [...paragraphs].filter((p) => p.querySelector('[data-slate-string]')).pop()!;
		const strings = last.querySelectorAll('[data-slate-string]');
		const text = strings[strings.length - 1]!.firstChild!;
		const range = document.createRange();
		range.setStart(text, text.textContent!.length);
		range.collapse(true);
		const selection = window.getSelection()!;
		selection.removeAllRanges();
		selection.addRange(range);
	});
	await page.waitForTimeout(200);
	await pane().locator('button[title="Chèn thành phần"]').first().click();
	await page.getByRole('menuitem', { name: label, exact: true }).click();
}

/** The preview of the open entry, shown in place of the English pane. */
async function preview() {
	if (!(await page.locator('#preview-pane').count()))
		await page.getByTitle('Hiện/ẩn bản xem trước').click();
	return page.frameLocator('#preview-pane');
}

/**
 * The field `name` of the block inserted last: each goes right after the last paragraph, so
 * before the blocks inserted earlier.
 */
const field = (name: string) => pane().locator(`[id^="${name}-field"]`).first();

beforeAll(async () => {
	({ server, admin } = await decapOnClone('cms-blocks', repo));
	browser = await launchBrowser();
});

afterEach(async ({ task }) => {
	if (task.result?.state === 'fail' && page)
		await page
			.screenshot({
				path: join(tmp, `cms-blocks-failure-${task.name.slice(0, 30)}.png`),
				fullPage: true,
			})
			.catch(() => undefined);
});

afterAll(async () => {
	await browser?.close();
	await admin?.close();
	server?.kill();
});

describe('blocks in the CMS', () => {
	test('an article with blocks opens with each block as its form and saves them unchanged', async () => {
		const before = readFileSync(join(root, `content/news/${withBlocks}/index.vi.md`), 'utf8');
		await open(`#/collections/news/entries/${withBlocks}/index`);
		// The gallery is a form with its six photos, not MDX text in the editor.
		await expect.poll(() => pane().getByText('Bộ ảnh', { exact: true }).count()).toBeGreaterThan(0);
		expect(await pane().locator('[data-slate-editor]').first().innerText()).not.toContain(
			'<Gallery>',
		);
		// The preview pane shows the blocks as the page does, with the site's classes.
		const shown = await preview();
		await expect.poll(() => shown.locator('.gallery__item img').count()).toBe(6);
		expect(await shown.locator('.callout__label').first().innerText()).toBe('Lưu ý');
		// Looked at by a person: the gallery's form beside its preview (tests/.tmp/cms-blocks-open.png).
		await pane()
			.getByRole('button', { name: /Thêm ảnh/ })
			.first()
			.evaluate((e) => e.scrollIntoView({ block: 'center' }));
		await shown.locator('.gallery').evaluate((e) => e.scrollIntoView({ block: 'center' }));
		await page.waitForTimeout(300);
		await page.screenshot({ path: join(tmp, 'cms-blocks-open.png') });

		await pane().locator('[id^="summary-field"]').fill('Bộ ảnh lễ khai giảng năm học mới.');
		await page.getByRole('button', { name: 'Lưu', exact: true }).click();
		await toast(page, 'Mục đã được lưu');
		expect(bodyOf(saved(withBlocks, 'index.vi.md'))).toBe(bodyOf(before));
	});

	test('an editor inserts every block from the menu and the build compiles what is saved', async () => {
		await open(`#/collections/news/entries/${plain}/index`);

		await insert('Lưu ý / Quan trọng');
		await choose(page, 'kind', 'Quan trọng');
		await field('text').fill('Hạn nộp học bạ số là "17 giờ" ngày 15/9 & không gia hạn.');

		await insert('Văn bản');
		const doc = field('id');
		await doc.click();
		await page.getByRole('option').first().click();

		await insert('Bảng số liệu');
		await field('caption').fill('Số trường dùng học bạ số');
		await field('rows').fill(
			'Huyện | Số trường | Tỉ lệ (%)\nLý Nhân | 24 | 99,5\nDuy Tiên | 1250 | 100',
		);
		await field('source').fill('Phòng Giáo dục Tiểu học');

		await insert('Bài liên quan');
		await field('href').fill(
			'/tin-tuc/ky-thi-tot-nghiep-thpt-nam-2026-ha-nam-co-99-6-thi-sinh-do/',
		);

		await insert('Bộ ảnh');
		await pane()
			.getByRole('button', { name: /Thêm ảnh/ })
			.last()
			.click();
		await pane().locator('button', { hasText: 'Chọn ảnh' }).last().click();
		await page.locator('input[type="file"]').setInputFiles(upload);
		await page.locator('button', { hasText: 'Dùng tệp đã chọn' }).click();
		await field('alt').fill('Giáo viên hướng dẫn phụ huynh tra cứu học bạ số');
		await field('caption').fill('Tra cứu học bạ số tại Trường Tiểu học Nhân Hậu.');

		const shown = await preview();
		await expect.poll(() => shown.locator('.callout--important').count()).toBe(1);
		await expect.poll(() => shown.locator('.figures td').count()).toBe(6);
		await expect.poll(() => shown.locator('.gallery__item img').count()).toBe(1);
		// A related article is previewed by the title of the article at that address.
		expect(await shown.locator('.related-card__title').first().innerText()).toBe(
			'Kỳ thi tốt nghiệp THPT năm 2026: Hà Nam có 99,6% thí sinh đỗ tốt nghiệp',
		);
		// Looked at by a person: each inserted block's form beside its preview.
		for (const [name, selector] of [
			['text', '.callout'],
			['rows', '.figures'],
			['href', '.related-card'],
			['alt', '.gallery'],
		] as const) {
			await field(name).evaluate((e) => e.scrollIntoView({ block: 'center' }));
			await shown
				.locator(selector)
				.last()
				.evaluate((e) => e.scrollIntoView({ block: 'center' }));
			await page.waitForTimeout(300);
			await page.screenshot({ path: join(tmp, `cms-blocks-inserted-${name}.png`) });
		}

		await page.getByRole('button', { name: 'Lưu', exact: true }).click();
		await toast(page, 'Mục đã được lưu');
		const body = bodyOf(saved(plain, 'index.vi.md'));
		expect(body).toContain(
			'<Callout kind="important">\nHạn nộp học bạ số là "17 giờ" ngày 15/9 & không gia hạn.\n</Callout>',
		);
		expect(body).toMatch(/<DocumentCard id="[^"]+" \/>/);
		expect(body).toContain(
			'<FiguresTable caption="Số trường dùng học bạ số" source="Phòng Giáo dục Tiểu học">\n\n| Huyện | Số trường | Tỉ lệ (%) |\n| --- | --- | --- |\n| Lý Nhân | 24 | 99,5 |\n| Duy Tiên | 1250 | 100 |\n\n</FiguresTable>',
		);
		expect(body).toContain(
			'<RelatedArticle href="/tin-tuc/ky-thi-tot-nghiep-thpt-nam-2026-ha-nam-co-99-6-thi-sinh-do/" />',
		);
		const photos = blockRefs(body).filter((r) => r.type === 'photo');
		expect(photos).toEqual([
			expect.objectContaining({
				src: 'anh-le-khai-giang.jpg',
				alt: 'Giáo viên hướng dẫn phụ huynh tra cứu học bạ số',
			}),
		]);
		expect(body).toContain('caption="Tra cứu học bạ số tại Trường Tiểu học Nhân Hậu." />');
		// The upload sits beside the article, where the gallery names it.
		const draft = git('branch', '--list', '--format=%(refname:short)', 'cms/*')
			.split('\n')
			.find((b) => b.includes(plain))!;
		expect(git('ls-tree', '--name-only', draft, `content/news/${plain}/`)).toContain(
			'anh-le-khai-giang.jpg',
		);

		// The draft, built as the site: the page shows every block the editor inserted.
		const checkout = join(tmp, 'cms-blocks-draft');
		rmSync(checkout, { recursive: true, force: true });
		mkdirSync(checkout, { recursive: true });
		const tarball = join(tmp, 'cms-blocks-draft.tar');
		git('archive', '-o', tarball, draft, 'content');
		expect(spawnSync('tar', ['-xf', tarball, '-C', checkout]).status).toBe(0);
		const site = build('cms-blocks-site', join(checkout, 'content'));
		expect(site.status, site.output.slice(-3000)).toBe(0);
		const html = readFileSync(join(site.outDir, `tin-tuc/${plain}/index.html`), 'utf8');
		expect(html).toContain('class="callout callout--important"');
		expect(html).toContain('class="doc-card"');
		expect(html).toContain('class="figures"');
		expect(html).toContain('1.250');
		expect(html).toContain('class="related-card"');
		expect(html.match(/class="gallery__item"/g)).toHaveLength(1);
	});

	test('a gallery photo without its description is refused at save, and nothing is written', async () => {
		const entry = 'binh-luc-khoi-cong-ba-nha-lop-hoc-moi-thay-the-phong-hoc';
		const refs = git('for-each-ref', '--format=%(refname) %(objectname)');
		await open(`#/collections/news/entries/${entry}/index`);
		await insert('Bộ ảnh');
		await pane()
			.getByRole('button', { name: /Thêm ảnh/ })
			.first()
			.click();
		// The photo's own button: the cover's comes first in the form.
		await pane().locator('button', { hasText: 'Chọn ảnh' }).last().click();
		await page.locator('input[type="file"]').setInputFiles(upload);
		await page.locator('button', { hasText: 'Dùng tệp đã chọn' }).click();
		await field('caption').fill('Chú thích có, mô tả thì quên.');
		await page.getByRole('button', { name: 'Lưu', exact: true }).click();
		// The build's own words, naming the field and the photo (src/lib/blocks/rules.ts).
		await page
			.getByText('«Nội dung»: ảnh "anh-le-khai-giang.jpg" trong bộ ảnh chưa có mô tả')
			.first()
			.waitFor({ timeout: 30_000 });
		await page.waitForTimeout(1000);
		await page.screenshot({ path: join(tmp, 'cms-blocks-refused.png') });
		expect(git('for-each-ref', '--format=%(refname) %(objectname)')).toBe(refs);
		// The editor's work is still in the form, to complete and save.
		expect(await field('caption').inputValue()).toBe('Chú thích có, mô tả thì quên.');
	});

	test('the block forms fit a phone screen', async () => {
		await open(`#/collections/news/entries/${withBlocks}/index`, 390);
		const add = pane()
			.getByRole('button', { name: /Thêm ảnh/ })
			.first();
		await add.scrollIntoViewIfNeeded();
		await page.screenshot({ path: join(tmp, 'cms-blocks-390.png') });
		// Decap's own top bar is wider than a phone; the forms of the blocks are not.
		const box = (await add.boundingBox())!;
		expect(box.x + box.width).toBeLessThanOrEqual(390);
	});
});
