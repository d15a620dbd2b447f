import { describe, expect, test } from 'vitest';
import { buildCatalog } from './catalog/build';
import { input, news, newsEn, topic } from './catalog/fixtures';
import { navigation } from './navigation';
import { buildRoutes, perPage, type View } from './routes';

const routes = (files: Parameters<typeof input>[0], extra: Parameters<typeof input>[1] = {}) =>
	buildRoutes(buildCatalog(input(files, extra)));
const at = (views: View[], path: string) => views.find((v) => v.path === path);

describe('buildRoutes', () => {
	test('gives an article in Vietnamese only one page, and its switcher the English home', () => {
		const views = routes({ news: [news('a')] });
		expect(at(views, '/tin-tuc/a/')).toMatchObject({
			type: 'article',
			alternates: { vi: '/tin-tuc/a/' },
			switchTo: { vi: '/tin-tuc/a/', en: '/en/' },
		});
		expect(views.some((v) => v.path.startsWith('/en/news/'))).toBe(false);
	});

	test('gives a translated article a page under its English slug, each the other’s alternate', () => {
		const views = routes({
			news: [news('a')],
			newsEn: [newsEn('a', { title: 'A', summary: 'S', slug: 'english-a' })],
		});
		const alternates = { vi: '/tin-tuc/a/', en: '/en/news/english-a/' };
		expect(at(views, '/tin-tuc/a/')).toMatchObject({ alternates, switchTo: alternates });
		expect(at(views, '/en/news/english-a/')).toMatchObject({ locale: 'en', alternates });
		expect(at(views, '/en/news/')).toMatchObject({ type: 'section', section: 'news' });
	});

	test('keeps a withdrawn article’s page but lists it nowhere', () => {
		const views = routes({
			news: [
				news('kept'),
				news('gone', { withdrawnAt: new Date('2026-04-01'), withdrawnReason: 'Sai' }),
			],
		});
		expect(at(views, '/tin-tuc/gone/')).toMatchObject({ type: 'article' });
		const listing = at(views, '/tin-tuc/');
		expect(listing?.type === 'section' && listing.slice.items.map((a) => a.id)).toEqual(['kept']);
	});

	test('makes no English page for a topic without English articles, and leads its switcher to the topics', () => {
		const views = routes(
			{ news: [news('a', { topics: ['hoc-phi'] })] },
			{ topics: [topic('chuyen-doi-so'), topic('hoc-phi', 2)] },
		);
		expect(at(views, '/chu-de/hoc-phi/')).toMatchObject({
			type: 'topic',
			switchTo: { en: '/en/topics/' },
		});
		expect(at(views, '/en/topics/hoc-phi/')).toBeUndefined();
		expect(at(views, '/en/topics/')).toMatchObject({ type: 'topics' });
	});

	test('pages a listing from the oldest, each archive page its own alternate', () => {
		const dated = (n: number) =>
			Array.from({ length: n }, (_, i) =>
				news(`tin-${i}`, { date: new Date(Date.UTC(2026, 0, 1 + i)) }),
			);
		// Up to 2 × perPage − 1 items all show on the first page.
		expect(routes({ news: dated(2 * perPage - 1) }).some((v) => v.path.includes('/trang/'))).toBe(
			false,
		);
		const views = routes({ news: dated(2 * perPage) });
		expect(at(views, '/tin-tuc/trang/1/')).toMatchObject({
			type: 'section',
			alternates: { vi: '/tin-tuc/trang/1/' },
		});
		expect(at(views, '/tin-tuc/trang/2/')).toBeUndefined();
	});

	test('keeps every archive page as it was when a newer article is published', () => {
		const dated = (n: number) =>
			Array.from({ length: n }, (_, i) =>
				news(`tin-${i}`, { date: new Date(Date.UTC(2026, 0, 1 + i)) }),
			);
		const archives = (n: number) =>
			new Map(
				routes({ news: dated(n) })
					.filter((v) => v.type === 'section' && v.slice.archive !== undefined)
					.map((v) => [v.path, v.type === 'section' && v.slice.items.map((a) => a.id)]),
			);
		for (const n of [3 * perPage - 1, 3 * perPage, 5 * perPage + 4]) {
			const before = archives(n);
			const after = archives(n + 1);
			for (const [path, items] of before) expect(after.get(path), path).toEqual(items);
		}
	});

	test('makes every page path once', () => {
		const views = routes({
			news: [news('a')],
			newsEn: [newsEn('a', { title: 'A', summary: 'S' })],
		});
		const paths = views.map((v) => v.path);
		expect(new Set(paths).size).toBe(paths.length);
	});
});

describe('navigation', () => {
	test('lists a section in the menu and the feeds only in a language that has it', () => {
		const catalog = buildCatalog(input({ news: [news('a')] }));
		const vi = navigation(catalog, 'vi');
		const en = navigation(catalog, 'en');
		expect(vi.main.map((l) => l.href)).toContain('/tin-tuc/');
		expect(en.main.map((l) => l.href)).not.toContain('/en/news/');
		expect(vi.feeds.map((l) => l.href)).toEqual(
			expect.arrayContaining(['/rss.xml', '/tin-tuc/rss.xml']),
		);
		expect(en.feeds.map((l) => l.href)).toEqual(['/en/rss.xml']);
	});
});
