import { describe, expect, test } from 'vitest';
import { buildSitemap } from './sitemap';

describe('buildSitemap', () => {
	test('lists every page with absolute URLs', () => {
		const xml = buildSitemap(
			[{ path: '/tin-tuc/', alternates: { vi: '/tin-tuc/' } }],
			'https://x.vn',
		);
		expect(xml).toContain('<loc>https://x.vn/tin-tuc/</loc>');
		expect(xml).not.toContain('xhtml:link');
	});

	test('adds hreflang alternates only for real translations', () => {
		const xml = buildSitemap(
			[{ path: '/a/', alternates: { vi: '/a/', en: '/en/a/' } }],
			'https://x.vn',
		);
		expect(xml).toContain('hreflang="vi" href="https://x.vn/a/"');
		expect(xml).toContain('hreflang="en" href="https://x.vn/en/a/"');
	});

	test('escapes XML special characters', () => {
		expect(buildSitemap([{ path: '/a&b/', alternates: {} }], 'https://x.vn')).toContain(
			'/a&amp;b/',
		);
	});
});
