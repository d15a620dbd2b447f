import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { translationLocales, type Locale } from '~/i18n/locales';
import { homePath, searchPath } from '~/lib/paths';
import { Dist } from '../build/dist';
import { launchBrowser } from '../support/browser';
import { serveStatic, type StaticServer } from '../support/static-server';

/**
 * Search on the built real site (content/), in headless Chromium, through the search page's own
 * script and Pagefind's JS. The expected pages are facts of that content: change the content, and
 * these lists change with it.
 */

const nfd = (s: string) => s.normalize('NFD');

/** Pages of the built site that Pagefind indexes (and that contain `marker`, if given). */
function indexedPages(where: (path: string) => boolean, marker = ''): string[] {
	const dist = new Dist(inject('siteDist'));
	return dist
		.pages()
		.filter(
			(p) =>
				where(p) && dist.text(p).includes('data-pagefind-body') && dist.text(p).includes(marker),
		);
}
const vi = '/tim-kiem/';
const en = '/en/search/';

/** [what the query tests, query, page that must be among the first three results]. */
const queries: [Locale, string, string, string][] = [
	['vi', 'no marks', 'dao tao', '/gioi-thieu/'],
	['vi', 'đ', 'Đào tạo', '/gioi-thieu/'],
	[
		'vi',
		'no marks',
		'doat giai',
		'/guong-sang/hai-hoc-sinh-chuyen-bien-hoa-doat-giai-nhi-khoa-hoc-ky-thuat/',
	],
	[
		'vi',
		'đ',
		'đoạt giải',
		'/guong-sang/hai-hoc-sinh-chuyen-bien-hoa-doat-giai-nhi-khoa-hoc-ky-thuat/',
	],
	[
		'vi',
		'capitals',
		'ĐOẠT GIẢI',
		'/guong-sang/hai-hoc-sinh-chuyen-bien-hoa-doat-giai-nhi-khoa-hoc-ky-thuat/',
	],
	[
		'vi',
		'NFD',
		nfd('đoạt giải'),
		'/guong-sang/hai-hoc-sinh-chuyen-bien-hoa-doat-giai-nhi-khoa-hoc-ky-thuat/',
	],
	[
		'vi',
		'no marks',
		'may do oxy',
		'/guong-sang/hai-hoc-sinh-chuyen-bien-hoa-doat-giai-nhi-khoa-hoc-ky-thuat/',
	],
	[
		'vi',
		'no marks',
		'trieu dong',
		'/guong-sang/cau-hoc-tro-lop-4-tra-lai-tui-tien-15-trieu-dong-nhat-duoc/',
	],
	[
		'vi',
		'no marks',
		'nhat duoc',
		'/guong-sang/cau-hoc-tro-lop-4-tra-lai-tui-tien-15-trieu-dong-nhat-duoc/',
	],
	[
		'vi',
		'no marks',
		'duoi nuoc',
		'/guong-sang/nhan-vien-bao-ve-truong-hoc-lao-xuong-kenh-cuu-be-trai-duoi/',
	],
	[
		'vi',
		'đ',
		'đuối nước',
		'/guong-sang/nhan-vien-bao-ve-truong-hoc-lao-xuong-kenh-cuu-be-trai-duoi/',
	],
	[
		'vi',
		'capitals',
		'DUOI NUOC',
		'/guong-sang/nhan-vien-bao-ve-truong-hoc-lao-xuong-kenh-cuu-be-trai-duoi/',
	],
	[
		'vi',
		'no marks',
		'dinh cong trang',
		'/guong-sang/thu-vien-mo-duoi-tan-cay-o-truong-thcs-dinh-cong-trang/',
	],
	[
		'vi',
		'capitals',
		'ĐINH CÔNG TRÁNG',
		'/guong-sang/thu-vien-mo-duoi-tan-cay-o-truong-thcs-dinh-cong-trang/',
	],
	[
		'vi',
		'NFD',
		nfd('Đinh Công Tráng'),
		'/guong-sang/thu-vien-mo-duoi-tan-cay-o-truong-thcs-dinh-cong-trang/',
	],
	[
		'vi',
		'no marks',
		'mien hoc phi',
		'/chinh-sach/mien-hoc-phi-cho-hoc-sinh-truong-cong-lap-nhung-dieu-cha-me/',
	],
	[
		'vi',
		'marks',
		'miễn học phí',
		'/chinh-sach/mien-hoc-phi-cho-hoc-sinh-truong-cong-lap-nhung-dieu-cha-me/',
	],
	[
		'vi',
		'no marks',
		'day them hoc them',
		'/chinh-sach/day-them-hoc-them-nhung-quy-dinh-giao-vien-nha-truong-va-cha/',
	],
	[
		'vi',
		'capitals',
		'DẠY THÊM',
		'/chinh-sach/day-them-hoc-them-nhung-quy-dinh-giao-vien-nha-truong-va-cha/',
	],
	[
		'vi',
		'no marks',
		'phu cap',
		'/chinh-sach/luat-nha-giao-co-hieu-luc-tu-1-1-2026-diem-moi-ve-luong-phu/',
	],
	[
		'vi',
		'marks',
		'Luật Nhà giáo',
		'/chinh-sach/luat-nha-giao-co-hieu-luc-tu-1-1-2026-diem-moi-ve-luong-phu/',
	],
	[
		'vi',
		'no marks',
		'nguyen vong',
		'/chinh-sach/tuyen-sinh-lop-10-thpt-cong-lap-nam-hoc-2026-2027-ba-bai-thi/',
	],
	[
		'vi',
		'no marks',
		'tuyen sinh lop 10',
		'/chinh-sach/tuyen-sinh-lop-10-thpt-cong-lap-nam-hoc-2026-2027-ba-bai-thi/',
	],
	[
		'vi',
		'đ abbreviation, no marks',
		'sgddt',
		'/chinh-sach/tuyen-sinh-lop-10-thpt-cong-lap-nam-hoc-2026-2027-ba-bai-thi/',
	],
	[
		'vi',
		'no marks',
		'bao so 6',
		'/tin-tuc/ung-pho-bao-so-6-hoc-sinh-toan-tinh-nghi-hoc-mot-ngay-khong/',
	],
	[
		'vi',
		'marks',
		'bão số 6',
		'/tin-tuc/ung-pho-bao-so-6-hoc-sinh-toan-tinh-nghi-hoc-mot-ngay-khong/',
	],
	[
		'vi',
		'no marks',
		'tri tue nhan tao',
		'/tin-tuc/boi-duong-he-2026-hon-1-200-giao-vien-duoc-tap-huan-ung-dung/',
	],
	[
		'vi',
		'no marks',
		'khoi cong',
		'/tin-tuc/binh-luc-khoi-cong-ba-nha-lop-hoc-moi-thay-the-phong-hoc/',
	],
	[
		'vi',
		'no marks',
		'nha lop hoc xuong cap',
		'/tin-tuc/binh-luc-khoi-cong-ba-nha-lop-hoc-moi-thay-the-phong-hoc/',
	],
	[
		'vi',
		'no marks',
		'hoc ba so',
		'/tin-tuc/ha-nam-hoan-thanh-trien-khai-hoc-ba-so-cho-hoc-sinh-tieu-hoc/',
	],
	[
		'vi',
		'no marks',
		'diem truong chan nui',
		'/guong-sang/co-giao-18-nam-giu-lua-chu-o-diem-truong-chan-nui-kim-bang/',
	],
	[
		'vi',
		'đ',
		'điểm trường',
		'/guong-sang/co-giao-18-nam-giu-lua-chu-o-diem-truong-chan-nui-kim-bang/',
	],
	[
		'vi',
		'no marks',
		'giu lua',
		'/guong-sang/co-giao-18-nam-giu-lua-chu-o-diem-truong-chan-nui-kim-bang/',
	],
	[
		'vi',
		'no marks',
		'tong ket nam hoc',
		'/tin-tuc/nganh-giao-duc-ha-nam-tong-ket-nam-hoc-2025-2026-dat-muc/',
	],
	[
		'vi',
		'NFD',
		nfd('tổng kết năm học'),
		'/tin-tuc/nganh-giao-duc-ha-nam-tong-ket-nam-hoc-2025-2026-dat-muc/',
	],
	['vi', 'no marks', 'lien he', '/lien-he/'],
	['vi', 'no marks', 'co cau to chuc', '/co-cau-to-chuc/'],
	['en', 'English', 'graduation exam', '/en/news/2026-graduation-exam-results-ha-nam/'],
	['en', 'capitals', 'GRADUATION EXAM', '/en/news/2026-graduation-exam-results-ha-nam/'],
	['en', 'English', 'storm', '/en/news/storm-6-schools-close-for-one-day/'],
	[
		'en',
		'English',
		'digital school records',
		'/en/news/digital-school-records-primary-lower-secondary/',
	],
	['en', 'English', 'drowning boy', '/en/stories/school-guard-saves-drowning-boy/'],
	['en', 'English', 'security guard canal', '/en/stories/school-guard-saves-drowning-boy/'],
	['en', 'English', 'open library', '/en/stories/open-library-under-the-trees-dinh-cong-trang/'],
	['en', 'đ', 'Đinh Công Tráng', '/en/stories/open-library-under-the-trees-dinh-cong-trang/'],
	[
		'en',
		'no marks',
		'dinh cong trang',
		'/en/stories/open-library-under-the-trees-dinh-cong-trang/',
	],
	['en', 'no marks', 'kim bang', '/en/stories/teacher-18-years-mountain-school-kim-bang/'],
	[
		'en',
		'English',
		'admission grade 10',
		'/en/policies/grade-10-public-high-school-admissions-2026-2027/',
	],
	[
		'en',
		'English',
		'three papers two choices',
		'/en/policies/grade-10-public-high-school-admissions-2026-2027/',
	],
	['en', 'English', 'grade 12', '/en/policies/grade-12-under-the-2018-programme/'],
	['en', 'English', 'contact', '/en/contact/'],
	// Korean: its own index, words as written (Pagefind splits Korean at spaces).
	['ko', 'Korean', '한국어 시범', '/ko/sosik/hanguk-tuja-gieop-godeunghakgyo-hangugeo-sibeom/'],
	[
		'ko',
		'Korean',
		'10학년 입학',
		'/ko/jeongchaek/gongnip-godeunghakgyo-10hangnyeon-ipak-2026-2027/',
	],
	['ko', 'Korean', '인공지능', '/ko/sosik/2026-hagye-yeonsu-ingongjineung-hwaryong/'],
	['ko', 'Korean', '연락처', '/ko/yeollakcheo/'],
];

let server: StaticServer;
let browser: Browser;
let page: Page;
const requests: string[] = [];
const errors: string[] = [];

beforeAll(async () => {
	server = await serveStatic(inject('siteDist'));
	browser = await launchBrowser();
	page = await browser.newPage();
	page.on('request', (r) => requests.push(r.url()));
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

interface Shown {
	urls: string[];
	status: string;
}

const shown = () =>
	page.evaluate(() => ({
		urls: [...document.querySelectorAll<HTMLAnchorElement>('.search-result h2 a')].map(
			(a) => new URL(a.href).pathname,
		),
		status: document.querySelector('.search-status')!.textContent!,
	}));

/**
 * Search on a search page and read what it shows: the first time by opening it with a query string
 * (as the header form does), then by filling in its form and submitting it, as a reader would.
 */
async function search(path: string, params: Record<string, string>): Promise<Shown> {
	if (new URL(page.url()).pathname !== path) {
		await page.goto(`${server.url}${path}?${new URLSearchParams(params)}`);
	} else {
		await page.evaluate((values) => {
			const element = document.querySelector<HTMLElement>('site-search')!;
			const form = element.querySelector('form')!;
			for (const field of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[name]'))
				field.value = values[field.name] ?? '';
			element.dataset.state = 'pending';
			form.requestSubmit();
		}, params);
	}
	await page.waitForSelector('site-search[data-state="done"]');
	return shown();
}

describe('queries', () => {
	test('at least 30, of every kind', () => {
		expect(queries.length).toBeGreaterThanOrEqual(30);
		expect(new Set(queries.map((q) => q[1]))).toEqual(
			new Set([
				'no marks',
				'marks',
				'đ',
				'capitals',
				'NFD',
				'English',
				'Korean',
				'đ abbreviation, no marks',
			]),
		);
	});

	test.each(queries)('%s, %s: “%s” finds %s in the top 3', async (locale, _kind, q, expected) => {
		const { urls } = await search(searchPath(locale), { q });
		expect(urls.slice(0, 3)).toContain(expected);
	});

	test('a query typed with its marks ranks the page with exactly those words first', async () => {
		expect((await search(vi, { q: 'học bạ số' })).urls[0]).toBe(
			'/tin-tuc/ha-nam-hoan-thanh-trien-khai-hoc-ba-so-cho-hoc-sinh-tieu-hoc/',
		);
		expect((await search(vi, { q: 'bão số 6' })).urls[0]).toBe(
			'/tin-tuc/ung-pho-bao-so-6-hoc-sinh-toan-tinh-nghi-hoc-mot-ngay-khong/',
		);
		expect((await search(vi, { q: 'Đào tạo' })).urls[0]).toBe('/gioi-thieu/');
	});
});

describe('results', () => {
	test('show the title, type, date and a thumbnail where there is one', async () => {
		expect((await search(vi, { q: 'khoi cong' })).status).toMatch(/^\d kết quả cho “khoi cong”$/);
		const first = page.locator('.search-result').first();
		expect(await first.locator('h2 a').textContent()).toBe(
			'Bình Lục khởi công ba nhà lớp học mới thay thế phòng học xuống cấp',
		);
		expect(await first.locator('.eyebrow').textContent()).toBe('Tin tức');
		expect(await first.locator('time').textContent()).toBe('16/04/2026');
		expect(await first.locator('time').getAttribute('datetime')).toBe('2026-04-16');
		expect(await first.locator('img').getAttribute('src')).toMatch(/^\/_astro\/cover\..+\.webp$/);
		expect(await first.locator('img').getAttribute('alt')).toBe('');
	});

	test('highlight words matched without their marks, đ included, and never show the unmarked keys', async () => {
		await search(vi, { q: 'dao tao' });
		const marks = await page.locator('.search-result mark').allTextContents();
		expect(marks.map((m) => m.replace(/[^\p{L}]/gu, '').toLowerCase())).toContain('đào');
		for (const excerpt of await page.locator('.search-result__excerpt').allTextContents())
			expect(excerpt).not.toMatch(/\bgddt\b|\bduoc\b/);
	});

	test('name a legal document by its type and number, with an excerpt whose facts stay apart', async () => {
		await search(vi, { q: '2150' });
		const item = page
			.locator('.search-result')
			.filter({ has: page.locator('a[href="/van-ban/cong-van-2150-sgddt-gdtrh/"]') });
		expect(await item.count()).toBe(1);
		expect(await item.locator('.eyebrow').textContent()).toBe('Công văn 2150/SGDĐT-GDTrH');
		const excerpt = (await item.locator('.search-result__excerpt').textContent())!;
		// The facts box's label and value, once run together as "Số, ký hiệu2150/SGDĐT".
		expect(excerpt).toContain('Số, ký hiệu: 2150/SGDĐT-GDTrH.');
		// Each mark against its word, never apart ("Công văn ." read as a stray full stop).
		expect(excerpt).not.toMatch(/\s[.:](\s|$)/);
		expect(excerpt).not.toMatch(/\p{Ll}\p{Lu}\p{Ll}/u);
	});

	test('find the words of blocks: a gallery caption, a callout, in every language', async () => {
		const gallery = '/tin-tuc/le-khai-giang-nam-hoc-2026-2027-hon-190-nghin-hoc-sinh-den-truong/';
		// Words only in a photo's caption, and only in a callout ("Quan trọng").
		expect((await search(vi, { q: 'goc doc sach' })).urls[0]).toBe(gallery);
		expect((await search(vi, { q: 'người trung gian' })).urls[0]).toBe(
			'/tin-tuc/ky-thi-tot-nghiep-thpt-nam-2026-ha-nam-co-99-6-thi-sinh-do/',
		);
		expect((await search(en, { q: 'reading corner under the trees' })).urls[0]).toBe(
			'/en/news/opening-day-2026-2027-school-year/',
		);
	});

	test('leave out the thumbnail when the article has no cover', async () => {
		await search(vi, { q: 'hoc ba so' });
		const item = page.locator('.search-result').filter({ hasText: 'học bạ số cho học sinh' });
		expect(await item.count()).toBe(1);
		expect(await item.locator('img').count()).toBe(0);
	});

	test('say so when nothing is found', async () => {
		expect((await search(vi, { q: 'xyzzy' })).status).toBe(
			'Không tìm thấy kết quả nào cho “xyzzy”. Hãy thử ít từ hơn, bỏ bớt bộ lọc hoặc duyệt theo chuyên mục.',
		);
		expect((await search(en, { q: 'xyzzy' })).status).toMatch(/^Nothing found for “xyzzy”/);
	});

	test('come ten at a time; “show more” adds the next ones and moves focus to them', async () => {
		const first = await search(vi, { type: 'Gương sáng', sort: 'newest' });
		expect(first.urls).toHaveLength(indexedPages((p) => p.startsWith('/guong-sang/')).length);
		// Every Vietnamese page of 2026 in the index, counted in the build itself.
		const total = indexedPages(
			(p) => !translationLocales.some((l) => p.startsWith(homePath(l))),
			'data-pagefind-filter="year:2026"',
		).length;
		expect(total).toBeGreaterThan(10);
		const all = await search(vi, { year: '2026' });
		expect(all.urls).toHaveLength(10);
		const more = page.getByRole('button', { name: 'Xem thêm kết quả' });
		await more.click();
		await page.waitForFunction(() => document.querySelectorAll('.search-result').length > 10);
		expect((await shown()).urls.length).toBe(Math.min(20, total));
		expect(
			await page.evaluate(
				() =>
					document.activeElement?.closest('.search-result') ===
					document.querySelectorAll('.search-result')[10],
			),
		).toBe(true);
		for (let shownCount = 20; shownCount < total; shownCount += 10) {
			await more.click();
			await page.waitForFunction(
				(n) => document.querySelectorAll('.search-result').length > n,
				shownCount,
			);
		}
		expect((await shown()).urls.length).toBe(total);
		expect(await more.isHidden()).toBe(true);
	});
});

describe('filters and sorting', () => {
	test('narrow the results by type, topic, unit and year', async () => {
		const all = await search(vi, { q: 'giao vien' });
		const stories = await search(vi, { q: 'giao vien', type: 'Gương sáng' });
		expect(stories.urls.length).toBeGreaterThan(0);
		expect(stories.urls.length).toBeLessThan(all.urls.length);
		for (const url of stories.urls) expect(url).toMatch(/^\/guong-sang\//);
		const unit = await search(vi, { unit: 'Phòng Giáo dục Trung học' });
		expect(unit.urls.sort()).toEqual([
			'/chinh-sach/day-them-hoc-them-nhung-quy-dinh-giao-vien-nha-truong-va-cha/',
			'/chinh-sach/lop-12-theo-chuong-trinh-giao-duc-pho-thong-2018-hoc-nhung/',
			'/chinh-sach/tuyen-sinh-lop-10-thpt-cong-lap-nam-hoc-2026-2027-ba-bai-thi/',
			'/tin-tuc/doanh-nghiep-han-quoc-ho-tro-thi-diem-day-tieng-han/',
			'/tin-tuc/ky-thi-tot-nghiep-thpt-nam-2026-ha-nam-co-99-6-thi-sinh-do/',
		]);
		const topic = await search(en, {
			topic: 'Digital transformation and international integration',
		});
		expect(topic.urls.sort()).toEqual([
			'/en/news/digital-school-records-primary-lower-secondary/',
			'/en/news/korean-companies-support-korean-language-pilot/',
		]);
		const year = await search(vi, { q: 'dao tao', year: '2026' });
		expect(year.urls.length).toBeGreaterThan(0);
		expect(year.urls).not.toContain('/gioi-thieu/'); // an undated page has no year
	});

	test('sort by date, newest or oldest first', async () => {
		const dates = () =>
			page
				.locator('.search-result time')
				.evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!));
		await search(vi, { type: 'Chính sách', sort: 'newest' });
		const newest = await dates();
		expect(newest).toHaveLength(5);
		expect(newest).toEqual([...newest].sort().reverse());
		await search(vi, { type: 'Chính sách', sort: 'oldest' });
		expect(await dates()).toEqual([...newest].reverse());
	});

	test('change the results as soon as a filter is picked, and keep the URL in step', async () => {
		await search(vi, { q: 'hoc sinh' });
		const before = (await shown()).urls.length;
		if (!(await page.locator('.search-filters').evaluate((d: HTMLDetailsElement) => d.open)))
			await page.locator('.search-filters summary').click();
		await page.getByLabel('Loại bài').selectOption('Chính sách');
		await page.waitForFunction(
			(n) => document.querySelectorAll('.search-result').length !== n,
			before,
		);
		for (const url of (await shown()).urls) expect(url).toMatch(/^\/chinh-sach\//);
		expect(new URL(page.url()).search).toBe('?q=hoc+sinh&type=Ch%C3%ADnh+s%C3%A1ch');
	});
});

describe('languages', () => {
	test.each(translationLocales)('the %s index holds only its own pages', async (locale) => {
		await page.goto(`${server.url}${searchPath(locale)}`);
		// A string, so that Vitest leaves the browser's own import() alone.
		const urls = await page.evaluate<string[]>(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const found = await pagefind.search(null);
      return Promise.all(found.results.map(async (r) => (await r.data()).url));
    })()`);
		const own = (p: string) => p.startsWith(homePath(locale));
		expect(urls.length, locale).toBeGreaterThan(0);
		expect(urls.sort()).toEqual(indexedPages(own).sort());
	});

	test('a page without an English translation is never an English result', async () => {
		for (const q of [
			'tui tien',
			'túi tiền 15 triệu đồng',
			'Nhân Hậu',
			'luat nha giao',
			'khoi cong',
		]) {
			const { urls } = await search(en, { q });
			for (const url of urls) expect(url, q).toMatch(/^\/en\//);
		}
		expect((await search(vi, { q: 'túi tiền' })).urls[0]).toBe(
			'/guong-sang/cau-hoc-tro-lop-4-tra-lai-tui-tien-15-trieu-dong-nhat-duoc/',
		);
	});
});

describe('the way in', () => {
	test('the header form of any page hands the query to the search page, by keyboard alone', async () => {
		await page.goto(`${server.url}/tin-tuc/`);
		await page.keyboard.press('Tab'); // skip link
		let name = '';
		for (let i = 0; i < 10 && name !== 'q'; i++) {
			await page.keyboard.press('Tab');
			name = await page.evaluate(() => (document.activeElement as HTMLInputElement).name);
		}
		expect(
			await page.evaluate(
				() => document.activeElement?.closest('header form[role="search"]') !== null,
			),
		).toBe(true);
		await page.keyboard.type('dao tao');
		await page.keyboard.press('Enter');
		await page.waitForSelector('site-search[data-state="done"]');
		expect(new URL(page.url()).pathname).toBe(vi);
		expect(await page.inputValue('#search-q')).toBe('dao tao');
		expect((await shown()).urls[0]).toBe('/gioi-thieu/');
	});

	test('the English header form leads to the English search page', async () => {
		await page.goto(`${server.url}/en/`);
		await page.getByRole('searchbox', { name: 'Search this site' }).fill('storm');
		await page.getByRole('searchbox', { name: 'Search this site' }).press('Enter');
		await page.waitForSelector('site-search[data-state="done"]');
		expect(new URL(page.url()).pathname).toBe(en);
		expect((await shown()).urls[0]).toBe('/en/news/storm-6-schools-close-for-one-day/');
	});

	test('without JavaScript the search page offers ways to browse instead of a dead box', async () => {
		const noScripts = await launchBrowser(['--blink-settings=scriptEnabled=false']);
		try {
			const noJs = await noScripts.newPage();
			await noJs.goto(`${server.url}${vi}?q=dao+tao`);
			expect(await noJs.locator('main form').isHidden()).toBe(true);
			// Playwright's text and role locators skip <noscript>, so CSS it is.
			const fallback = noJs.locator('main noscript .search-fallback');
			expect(await fallback.isVisible()).toBe(true);
			expect(await fallback.textContent()).toContain('Ô tìm kiếm cần JavaScript');
			expect(await fallback.locator('a[href="/chu-de/"]').isVisible()).toBe(true);
			expect(await noJs.locator('header form[role="search"]').count()).toBe(0);
			await noJs.goto(`${server.url}/`);
			expect(await noJs.getByRole('searchbox', { name: 'Tìm trên trang' }).isVisible()).toBe(true);
		} finally {
			await noScripts.close();
		}
	});

	test('a query pasted in NFD arrives in the URL and still finds its page', async () => {
		await page.goto(`${server.url}${vi}?q=${encodeURIComponent(nfd('Đuối nước'))}`);
		await page.waitForSelector('site-search[data-state="done"]');
		expect((await shown()).urls[0]).toBe(
			'/guong-sang/nhan-vien-bao-ve-truong-hoc-lao-xuong-kenh-cuu-be-trai-duoi/',
		);
	});

	test.each([vi, en])('%s fits a 360 px phone, filters open', async (path) => {
		const context = await browser.newContext({
			viewport: { width: 360, height: 740 },
			isMobile: true,
			hasTouch: true,
		});
		const phone = await context.newPage();
		await phone.goto(`${server.url}${path}?q=${path === vi ? 'dao+tao' : 'exam'}&sort=newest`);
		await phone.waitForSelector('site-search[data-state="done"]');
		expect(await phone.locator('.search-filters').evaluate((d: HTMLDetailsElement) => d.open)).toBe(
			true,
		);
		expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			360,
		);
		for (const selector of ['#search-q', '.search-form button', '.search-filters select']) {
			const box = (await phone.locator(selector).first().boundingBox())!;
			expect(box.x + box.width, selector).toBeLessThanOrEqual(360);
			expect(box.height, selector).toBeGreaterThanOrEqual(44);
		}
		await context.close();
	});

	test('names every control and announces the results to screen readers', async () => {
		await search(vi, { q: 'dao tao' });
		for (const name of ['Từ khóa', 'Loại bài', 'Chủ đề', 'Đơn vị', 'Năm', 'Sắp xếp'])
			expect(await page.getByLabel(name, { exact: true }).count(), name).toBe(1);
		expect(await page.getByRole('search', { name: 'Tìm kiếm' }).count()).toBe(1);
		expect(await page.getByRole('status').textContent()).toMatch(/kết quả cho “dao tao”/);
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Tìm kiếm');
		expect(await page.getByRole('heading', { level: 2 }).count()).toBeGreaterThan(3);
	});

	test('loads everything from the site itself, without errors', () => {
		expect(requests.length).toBeGreaterThan(0);
		for (const url of requests) expect(url.startsWith(server.url), url).toBe(true);
		expect(requests.some((u) => u.includes('/pagefind/pagefind.js'))).toBe(true);
		expect(errors).toEqual([]);
	});
});
