import { describe, expect, test } from 'vitest';
import { homePath } from '~/lib/paths';
import { localeCodes } from '~/i18n/locales';
import { buildCatalog } from './catalog/build';
import { input, news, newsEn, topic, unit } from './catalog/fixtures';
import { announcedFeeds, buildFeeds, feedInfos } from './feeds';
import { buildRoutes, perPage, type View } from './routes';

/** The catalog and route table of a small site with two topics and a district office. */
function site(files: Parameters<typeof input>[0]) {
	const catalog = buildCatalog(
		input(files, {
			topics: [topic('chuyen-doi-so'), topic('hoc-phi', 2)],
			units: [unit('so-gddt'), unit('phong-gddt-ly-nhan', 'district')],
		}),
	);
	return { catalog, views: buildRoutes(catalog) };
}
const at = (views: View[], path: string) => views.find((v) => v.path === path)!;

/** An article about tuition fees in Vietnamese, and one translated into English. */
const sample = {
	news: [
		news('hoc-phi-2026', { topics: ['hoc-phi'], date: new Date('2026-05-02T08:00:00+07:00') }),
		news('so-hoa', { date: new Date('2026-05-01T08:00:00+07:00') }),
	],
	newsEn: [newsEn('hoc-phi-2026', { title: 'Tuition 2026', summary: 'S', slug: 'tuition-2026' })],
};

describe('feedInfos', () => {
	test('gives a topic or unit a feed in each language its listing exists in, beside its first page', () => {
		const paths = feedInfos(site(sample).views).map((f) => f.path);
		expect(paths).toEqual(
			expect.arrayContaining([
				'/chu-de/hoc-phi/rss.xml',
				'/en/topics/hoc-phi/rss.xml',
				'/chu-de/chuyen-doi-so/rss.xml',
				'/don-vi/so-gddt/rss.xml',
				'/en/units/so-gddt/rss.xml',
			]),
		);
		// No English article on digital transformation: no English page, no English feed.
		expect(paths).not.toContain('/en/topics/chuyen-doi-so/rss.xml');
		expect(new Set(paths).size).toBe(paths.length);
	});

	test('gives a listing with archive pages one feed, beside its first page', () => {
		const many = Array.from({ length: 2 * perPage }, (_, i) =>
			news(`tin-${i}`, { date: new Date(Date.UTC(2026, 0, 1 + i)) }),
		);
		const { views } = site({ news: many });
		expect(views.some((v) => v.path === '/chu-de/chuyen-doi-so/trang/1/')).toBe(true);
		const paths = feedInfos(views).map((f) => f.path);
		expect(paths.filter((p) => p === '/chu-de/chuyen-doi-so/rss.xml')).toHaveLength(1);
		expect(paths.some((p) => p.includes('/trang/'))).toBe(false);
	});

	test('gives every language its all-articles feed, and every feed a page that exists', () => {
		const { views } = site(sample);
		const feeds = feedInfos(views);
		for (const locale of localeCodes)
			expect(feeds.map((f) => f.path)).toContain(`${homePath(locale)}rss.xml`);
		for (const f of feeds) expect(at(views, f.page), f.path).toMatchObject({ locale: f.locale });
	});

	test('keeps the feed of a Vietnamese unit with nothing published yet, empty: its page exists', () => {
		const { catalog, views } = site(sample);
		const feed = buildFeeds(catalog, views).find(
			(f) => f.path === '/don-vi/phong-gddt-ly-nhan/rss.xml',
		);
		expect(feed?.items).toEqual([]);
		expect(feedInfos(views).map((f) => f.path)).not.toContain(
			'/en/units/phong-gddt-ly-nhan/rss.xml',
		);
	});

	test('names each feed in its own language', () => {
		const feeds = feedInfos(site(sample).views);
		const topicVi = feeds.find((f) => f.path === '/chu-de/hoc-phi/rss.xml')!;
		const topicEn = feeds.find((f) => f.path === '/en/topics/hoc-phi/rss.xml')!;
		expect(topicVi.title).toMatch(/^Chủ đề: Chủ đề hoc-phi – /);
		// The registry has no English name for this topic: the Vietnamese one stands in it.
		expect(topicEn.title).toMatch(/^Topic: Chủ đề hoc-phi – /);
		expect(topicEn.description).toBe('The latest articles on Chủ đề hoc-phi.');
		const unitEn = feeds.find((f) => f.path === '/en/units/so-gddt/rss.xml')!;
		expect(unitEn.title).toMatch(/^Unit: /);
	});
});

describe('buildFeeds', () => {
	test('puts in a topic’s feed only its articles, in the feed’s language, newest first', () => {
		const { catalog, views } = site(sample);
		const feeds = buildFeeds(catalog, views);
		const items = (path: string) => feeds.find((f) => f.path === path)!.items;
		expect(items('/chu-de/hoc-phi/rss.xml').map((i) => i.link)).toEqual(['/tin-tuc/hoc-phi-2026/']);
		expect(items('/en/topics/hoc-phi/rss.xml')).toMatchObject([
			{ title: 'Tuition 2026', link: '/en/news/tuition-2026/' },
		]);
		expect(items('/don-vi/so-gddt/rss.xml').map((i) => i.link)).toEqual([
			'/tin-tuc/hoc-phi-2026/',
			'/tin-tuc/so-hoa/',
		]);
	});
});

describe('announcedFeeds', () => {
	const dated = (n: number) =>
		Array.from({ length: n }, (_, i) =>
			news(`tin-${i}`, { date: new Date(Date.UTC(2026, 0, 1 + i)) }),
		);

	test('announces a listing’s own feed first, on its archive pages too, then all articles', () => {
		const { views } = site({ news: dated(2 * perPage) });
		const paths = (path: string) => announcedFeeds(at(views, path)).map((f) => f.path);
		expect(paths('/chu-de/chuyen-doi-so/')).toEqual(['/chu-de/chuyen-doi-so/rss.xml', '/rss.xml']);
		expect(paths('/chu-de/chuyen-doi-so/trang/1/')).toEqual([
			'/chu-de/chuyen-doi-so/rss.xml',
			'/rss.xml',
		]);
		expect(paths('/don-vi/so-gddt/')).toEqual(['/don-vi/so-gddt/rss.xml', '/rss.xml']);
		expect(paths('/tin-tuc/')).toEqual(['/tin-tuc/rss.xml', '/rss.xml']);
	});

	test('announces only all articles on the home page and on pages that list nothing', () => {
		const { views } = site({ news: dated(1) });
		expect(announcedFeeds(at(views, '/')).map((f) => f.path)).toEqual(['/rss.xml']);
		expect(announcedFeeds(at(views, '/tin-tuc/tin-0/')).map((f) => f.path)).toEqual(['/rss.xml']);
		expect(announcedFeeds(at(views, '/en/')).map((f) => f.path)).toEqual(['/en/rss.xml']);
	});
});
