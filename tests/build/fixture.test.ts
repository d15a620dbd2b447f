import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { defaultSiteUrl } from '~/config/site';
import { perPage } from '~/data/routes';
import { renderShareCard } from '~/lib/images/share-card';
import { fixtureContent, readResults } from './builds';
import { Dist } from './dist';

/** Behaviour on the fixture content, whose edge cases are known (tests/fixtures/content). */
const dist = new Dist(readResults().fixture!.outDir);

const switcher = (page: string) => dist.html(page).querySelector('.lang-switch a')!;

describe('translations', () => {
	test('a translated item has an English page at its English slug, linked both ways', () => {
		const en = dist.html('/en/news/translated-news/');
		expect(en.querySelector('html')!.getAttribute('lang')).toBe('en');
		expect(en.querySelector('h1')!.text).toBe('Translated news about digital transformation');
		const vi = dist.html('/tin-tuc/tin-da-dich/');
		expect(switcher('/tin-tuc/tin-da-dich/').getAttribute('href')).toBe(
			'/en/news/translated-news/',
		);
		expect(switcher('/en/news/translated-news/').getAttribute('href')).toBe(
			'/tin-tuc/tin-da-dich/',
		);
		const hreflangs = vi.querySelectorAll('link[hreflang]').map((l) => l.getAttribute('hreflang'));
		expect(hreflangs.sort()).toEqual(['en', 'ko', 'vi', 'x-default']);
	});

	test('three languages: a page in Korean but not English, and one in English but not Korean, each says so in the language asked for', () => {
		// tin-so-2 is in Vietnamese and Korean only.
		const ko = '/ko/sosik/hakgyo-anjeon-gisa-2/';
		expect(dist.html(ko).querySelector('html')!.getAttribute('lang')).toBe('ko');
		const hreflangs = dist
			.html(ko)
			.querySelectorAll('link[hreflang]')
			.map((l) => l.getAttribute('hreflang'));
		expect(hreflangs.sort()).toEqual(['ko', 'vi', 'x-default']);
		const links = (page: string) =>
			Object.fromEntries(
				dist
					.html(page)
					.querySelectorAll('.lang-switch a')
					.map((a) => [a.getAttribute('hreflang'), a.getAttribute('href')]),
			);
		expect(links(ko)).toMatchObject({ vi: '/tin-tuc/tin-so-2/', en: '#not-in-en' });
		const toEnglish = dist.html(ko).querySelector('#not-in-en')!;
		expect(toEnglish.getAttribute('lang')).toBe('en');
		expect(toEnglish.text).toContain('not been translated into English; it is in Korean.');
		expect(links('/tin-tuc/tin-so-2/')).toMatchObject({ ko, en: '#not-in-en' });
		// The teacher's story is in Vietnamese and English only.
		const en = '/en/stories/teacher-in-a-poor-commune/';
		expect(links(en)).toMatchObject({ ko: '#not-in-ko' });
		const toKorean = dist.html(en).querySelector('#not-in-ko')!;
		expect(toKorean.getAttribute('lang')).toBe('ko');
		expect(toKorean.text).toContain('한국어로 번역되지 않았으며 영어로 되어 있습니다');
	});

	test('a Vietnamese-only item has no English page; the switcher leads to a notice saying so, in English, with the English section', () => {
		expect(dist.exists('/tin-tuc/tin-chi-tieng-viet/')).toBe(true);
		expect(dist.exists('/en/news/tin-chi-tieng-viet/')).toBe(false);
		const link = switcher('/tin-tuc/tin-chi-tieng-viet/');
		expect(link.getAttribute('href')).toBe('#not-in-en');
		expect(link.getAttribute('data-translation')).toBe('fallback');
		const notice = dist.html('/tin-tuc/tin-chi-tieng-viet/').querySelector('#not-in-en')!;
		expect(notice.getAttribute('lang')).toBe('en');
		expect(notice.text).toContain('has not been translated into English');
		expect(notice.querySelector('a')!.getAttribute('href')).toBe('/en/news/');
		const hreflangs = dist.html('/tin-tuc/tin-chi-tieng-viet/').querySelectorAll('link[hreflang]');
		expect(hreflangs.map((l) => l.getAttribute('hreflang')).sort()).toEqual(['vi', 'x-default']);
	});

	test('a title-less locale file written by the CMS counts as not translated', () => {
		expect(dist.exists('/en/news/tin-co-ban-dich-rong/')).toBe(false);
		expect(switcher('/tin-tuc/tin-co-ban-dich-rong/').getAttribute('data-translation')).toBe(
			'fallback',
		);
	});

	test('a translation marked draft is held back while the source is published', () => {
		expect(dist.exists('/tin-tuc/ban-dich-con-nhap/')).toBe(true);
		expect(dist.exists('/en/news/ban-dich-con-nhap/')).toBe(false);
	});

	test('a section without English items has no English listing; the notice leads home', () => {
		expect(dist.exists('/en/policies/')).toBe(false);
		expect(switcher('/chinh-sach/tuyen-sinh-lop-10/').getAttribute('href')).toBe('#not-in-en');
		const notice = dist.html('/chinh-sach/tuyen-sinh-lop-10/').querySelector('#not-in-en')!;
		expect(notice.querySelector('a')!.getAttribute('href')).toBe('/en/');
	});

	test('English listings and feeds contain only English items', () => {
		const titles = dist
			.html('/en/news/')
			.querySelectorAll('.card h2')
			.map((h) => h.text.trim());
		expect(titles).toEqual([
			'Translated news about digital transformation',
			'A new school year opens: photos, a document and figures',
		]);
		const feed = dist.text('/en/rss.xml');
		expect(feed).toContain('/en/news/translated-news/');
		expect(feed).not.toContain('tin-chi-tieng-viet');
		expect(feed).toContain('<language>en</language>');
	});

	test('an English listing says how many articles of its section are in Vietnamese only, and links to them', () => {
		const cards = (first: string) =>
			dist
				.pages()
				.filter((p) => p === first || new RegExp(`^${first}[^/]+/\\d+/$`).test(p))
				.reduce((n, p) => n + dist.html(p).querySelectorAll('main .card').length, 0);
		const missing = cards('/tin-tuc/') - cards('/en/news/');
		expect(missing).toBeGreaterThan(0);
		const notice = dist.html('/en/news/').querySelector('main .notice')!;
		expect(notice.text).toContain(
			`${missing} more articles of this section are in Vietnamese only`,
		);
		expect(notice.querySelector('a')!.getAttribute('href')).toBe('/tin-tuc/');
		expect(notice.querySelector('a')!.getAttribute('hreflang')).toBe('vi');
		expect(dist.html('/tin-tuc/').querySelector('main .notice')).toBeNull();
	});

	test('the English register says how many documents are in Vietnamese only', () => {
		const rows = (path: string) => dist.html(path).querySelectorAll('.register tbody tr').length;
		const missing = rows('/van-ban/') - rows('/en/documents/');
		const notice = dist.html('/en/documents/').querySelector('main .notice')!;
		expect(notice.text).toContain(`${missing} more document`);
		expect(notice.querySelector('a')!.getAttribute('href')).toBe('/van-ban/');
	});

	test('a registry name without a translation keeps its Vietnamese name, marked lang="vi"', () => {
		const units = dist.html('/en/units/');
		const span = units.querySelectorAll('span[lang="vi"]').map((s) => s.text);
		expect(span).toContain('Phòng GDĐT huyện Lý Nhân');
	});
});

describe('drafts', () => {
	test('never reach the built site, in any language', () => {
		expect(dist.exists('/tin-tuc/ban-nhap/')).toBe(false);
		expect(dist.exists('/en/news/ban-nhap/')).toBe(false);
		for (const page of dist.pages()) {
			const text = dist.text(page);
			expect(text, page).not.toContain('Bản nháp không được đăng');
			expect(text, page).not.toContain('A draft must not leak');
		}
		expect(dist.text('/rss.xml')).not.toContain('ban-nhap');
		expect(dist.text('/sitemap.xml')).not.toContain('ban-nhap');
	});
});

describe('listings', () => {
	test('show fewer than two pages of items whole on the first page, with no archive', () => {
		// 16 news in Vietnamese: archive pages start at 2 × perPage (src/lib/paginate.ts, routes.test.ts).
		const listed = dist.html('/tin-tuc/').querySelectorAll('main .cards > li').length;
		expect(listed).toBeGreaterThan(perPage);
		expect(listed).toBeLessThan(2 * perPage);
		expect(dist.exists('/tin-tuc/trang/1/')).toBe(false);
		expect(dist.html('/tin-tuc/').querySelector('.pagination')).toBeNull();
	});

	test('number archive pages from the oldest, linked both ways from the first page', () => {
		// The Department's unit lists 24 articles: 12 on the first page, the 12 oldest on archive page 1.
		const first = dist.html('/don-vi/so-gddt/');
		expect(first.querySelectorAll('main .cards > li')).toHaveLength(perPage);
		expect(first.querySelector('a[rel="next"]')!.getAttribute('href')).toBe(
			'/don-vi/so-gddt/trang/1/',
		);
		const archive = dist.html('/don-vi/so-gddt/trang/1/');
		expect(archive.querySelector('a[rel="prev"]')!.getAttribute('href')).toBe('/don-vi/so-gddt/');
		expect(archive.querySelector('a[rel="next"]')).toBeNull();
		// The oldest article of all is on it, and the page names the dates it covers.
		expect(archive.querySelector('a[href="/tin-tuc/tin-so-11/"]')).not.toBeNull();
		expect(archive.querySelector('title')!.text).toMatch(/Bài từ \d\d\/\d\d\/\d{4} đến/);
	});

	test('have per-section feeds in each locale', () => {
		expect(dist.text('/tin-tuc/rss.xml')).toContain('<language>vi</language>');
		expect(dist.exists('/en/news/rss.xml')).toBe(true);
		expect(dist.exists('/en/policies/rss.xml')).toBe(false);
	});
});

describe('article pages', () => {
	const doc = dist.html('/tin-tuc/tin-da-dich/');

	test('show the date in Vietnamese, in Vietnam time', () => {
		expect(doc.querySelector('.article__head time')!.text).toBe(
			'Thứ Năm, 01/10/2026, 08:00 (GMT+7)',
		);
	});

	test('serve the cover as a picture: AVIF and WebP sources, a JPEG fallback, sized, with alt text, loaded first', () => {
		const picture = doc.querySelector('figure picture')!;
		expect(picture.querySelectorAll('source').map((s) => s.getAttribute('type'))).toEqual([
			'image/avif',
			'image/webp',
		]);
		const img = picture.querySelector('img')!;
		expect(img.getAttribute('src')).toMatch(/^\/_astro\/.+\.jpg$/);
		expect(img.getAttribute('srcset')!.split(',').length).toBeGreaterThanOrEqual(2);
		expect(Number(img.getAttribute('width'))).toBeGreaterThan(0);
		expect(Number(img.getAttribute('height'))).toBeGreaterThan(0);
		expect(img.getAttribute('alt')).toBe('Học sinh dùng máy tính bảng trong lớp');
		expect(img.getAttribute('loading')).toBe('eager');
		expect(img.getAttribute('fetchpriority')).toBe('high');
	});

	test('shrink a 20-megapixel phone photo in the body to at most 1200 px wide, upright, lazily loaded', async () => {
		const picture = dist.html('/guong-sang/tam-guong-co-giao/').querySelector('.prose picture')!;
		const sources = picture.querySelectorAll('source');
		expect(sources.map((s) => s.getAttribute('type'))).toEqual(['image/avif', 'image/webp']);
		const img = picture.querySelector('img')!;
		expect(img.getAttribute('loading')).toBe('lazy');
		expect(img.getAttribute('alt')).toContain('ảnh chụp dọc');
		// The photo is stored sideways with EXIF orientation 6: the page must show it upright.
		expect(Number(img.getAttribute('height'))).toBeGreaterThan(Number(img.getAttribute('width')));
		const urls = [img, ...sources].flatMap((el) =>
			el
				.getAttribute('srcset')!
				.split(',')
				.map((c) => c.trim().split(' ')[0]!),
		);
		urls.push(img.getAttribute('src')!);
		expect(urls.length).toBe(10);
		for (const url of urls) {
			const { width, height, orientation } = await sharp(dist.file(url)!).metadata();
			expect(width, url).toBeLessThanOrEqual(1200);
			expect(height, url).toBeGreaterThan(width);
			expect(orientation ?? 1, url).toBe(1);
		}
		// The 5472 × 3648 original is not published.
		expect(
			dist
				.files()
				.filter((f) => f.includes('anh-dien-thoai-20mp') && !urls.some((u) => f.endsWith(u))),
		).toEqual([]);
	});

	test('describe themselves as a NewsArticle with a 1200x630 share image', () => {
		const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.text) as {
			'@type': string;
			inLanguage?: string;
		}[];
		expect(ld.find((x) => x['@type'] === 'NewsArticle')).toMatchObject({ inLanguage: 'vi' });
		expect(doc.querySelector('meta[property="og:image"]')!.getAttribute('content')).toMatch(
			/\.jpe?g$/,
		);
		expect(doc.querySelector('meta[property="og:type"]')!.getAttribute('content')).toBe('article');
		expect(doc.querySelector('meta[property="og:locale:alternate"]')!.getAttribute('content')).toBe(
			'en_GB',
		);
	});

	test('show policy facts on policy explainers', () => {
		const facts = dist.html('/chinh-sach/tuyen-sinh-lop-10/').querySelector('.facts')!.text;
		expect(facts).toContain('Học sinh lớp 9 và cha mẹ học sinh');
		expect(facts).toContain('01/09/2026');
		expect(facts).toContain('Kế hoạch số 01/KH-SGDĐT');
	});
});

describe('share cards', () => {
	test('a page without a card of its own shares its language’s home card', () => {
		for (const [page, card] of [
			['/van-ban/', '/share.jpg'],
			['/en/documents/', '/en/share.jpg'],
		] as const) {
			const og = dist.html(page).querySelector('meta[property="og:image"]')!;
			expect(new URL(og.getAttribute('content')!).pathname).toBe(card);
			expect(dist.exists(card)).toBe(true);
		}
	});

	// Each page's card is the one drawn from that page's own title, section and cover (cards are drawn
	// a few at a time, so a mix-up between pages would show here).
	test.each([
		[
			// The card every page without its own shares: the Department as its settings name it.
			'/',
			{
				title: 'Thông tin chính thức của ngành Giáo dục tỉnh Hà Nam',
				section: 'Sở GDĐT Hà Nam',
				siteName: 'Sở Giáo dục và Đào tạo Hà Nam',
			},
		],
		[
			'/tin-tuc/tin-so-1/',
			{
				title: 'Tin số 1 về an toàn trường học',
				section: 'Tin tức',
				siteName: 'Sở Giáo dục và Đào tạo Hà Nam',
			},
		],
		[
			'/en/news/translated-news/',
			{
				title: 'Translated news about digital transformation',
				section: 'News',
				siteName: 'Hà Nam Department of Education and Training',
				cover: join(fixtureContent, 'news/tin-da-dich/cover.jpg'),
			},
		],
	])('%s has the card of its own title, section and cover, 1200 × 630', async (page, card) => {
		const doc = dist.html(page);
		const src = new URL(doc.querySelector('meta[property="og:image"]')!.getAttribute('content')!)
			.pathname;
		expect(src).toBe(`${page}share.jpg`);
		const built = readFileSync(dist.file(src)!);
		expect(await sharp(built).metadata()).toMatchObject({
			width: 1200,
			height: 630,
			format: 'jpeg',
		});
		expect(
			built.equals(await renderShareCard({ ...card, host: new URL(defaultSiteUrl).host })),
		).toBe(true);
	});
});
