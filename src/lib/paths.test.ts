import { describe, expect, test } from 'vitest';
import { locales, localeCodes } from '~/i18n/locales';
import { slugPattern } from '~/schemas/messages';
import {
	absoluteUrl,
	pagedPath,
	feedPath,
	homePath,
	itemPath,
	localeOfPath,
	notFoundPath,
	opmlPath,
	routeParam,
	searchPath,
	sectionPath,
	staticPagePath,
} from './paths';

describe('paths', () => {
	test('keeps Vietnamese at the root and English under /en/', () => {
		expect(homePath('vi')).toBe('/');
		expect(homePath('en')).toBe('/en/');
		expect(sectionPath('vi', 'news')).toBe('/tin-tuc/');
		expect(sectionPath('en', 'news')).toBe('/en/news/');
	});

	test('localizes section and pagination segments', () => {
		expect(sectionPath('vi', 'stories', 2)).toBe('/guong-sang/trang/2/');
		expect(sectionPath('en', 'policies', 3)).toBe('/en/policies/page/3/');
		expect(sectionPath('vi', 'topics')).toBe('/chu-de/');
		expect(sectionPath('vi', 'topics', 1)).toBe('/chu-de/trang/1/');
		expect(pagedPath('vi', '/chu-de/chuyen-doi-so/', 2)).toBe('/chu-de/chuyen-doi-so/trang/2/');
		expect(pagedPath('en', '/en/units/so-gddt/')).toBe('/en/units/so-gddt/');
	});

	test('builds item, page, feed and 404 paths', () => {
		expect(itemPath('vi', 'news', 'khai-giang')).toBe('/tin-tuc/khai-giang/');
		expect(itemPath('en', 'units', 'so-gddt')).toBe('/en/units/so-gddt/');
		expect(staticPagePath('en', 'about')).toBe('/en/about/');
		expect(feedPath('vi')).toBe('/rss.xml');
		expect(feedPath('en', 'news')).toBe('/en/news/rss.xml');
		expect(feedPath('vi', 'topics', 'chuyen-doi-so')).toBe('/chu-de/chuyen-doi-so/rss.xml');
		expect(feedPath('en', 'units', 'so-gddt')).toBe('/en/units/so-gddt/rss.xml');
		expect(opmlPath()).toBe('/feeds.opml');
		expect(notFoundPath('vi')).toBe('/404.html');
		expect(notFoundPath('en')).toBe('/en/404.html');
	});

	test('puts the search page under a localized segment', () => {
		expect(searchPath('vi')).toBe('/tim-kiem/');
		expect(searchPath('en')).toBe('/en/search/');
	});

	test('reads the locale back from a path', () => {
		expect(localeOfPath('/en/news/x/')).toBe('en');
		expect(localeOfPath('/tin-tuc/x/')).toBe('vi');
		expect(localeOfPath('/english-lessons/')).toBe('vi');
		expect(localeOfPath('/')).toBe('vi');
	});

	test('turns paths into route parameters', () => {
		expect(routeParam('/')).toBeUndefined();
		expect(routeParam('/en/news/page/2/')).toBe('en/news/page/2');
	});

	test('makes absolute URLs against the site', () => {
		expect(absoluteUrl('/en/', 'https://example.edu.vn')).toBe('https://example.edu.vn/en/');
	});
});

describe('locale table', () => {
	test('every segment is an ASCII slug and unique within its locale', () => {
		for (const code of localeCodes) {
			const segments = Object.values(locales[code].segments);
			for (const s of segments) expect(s).toMatch(slugPattern);
			expect(new Set(segments).size).toBe(segments.length);
		}
	});

	test('exactly one locale has no prefix and prefixes are unique', () => {
		const prefixes = localeCodes.map((l) => locales[l].prefix);
		expect(prefixes.filter((p) => p === '')).toHaveLength(1);
		expect(new Set(prefixes).size).toBe(prefixes.length);
	});
});
