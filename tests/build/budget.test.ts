import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, test } from 'vitest';
import { readResults } from './builds';
import { Dist } from './dist';

/**
 * The performance budget, measured on the built real site: what a phone downloads before any
 * image, gzipped as a server sends it. Figures are printed; the limits are the tests.
 */
const dist = new Dist(readResults().site!.outDir);
const gz = (bytes: Buffer | string) => gzipSync(bytes).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

/** The first page of a kind in a section folder, e.g. the first story. */
const first = (section: string) =>
	dist.pages().find((p) => p.startsWith(section) && p !== section && !/\/\d+\/$/.test(p))!;

const pages: Record<string, string> = {
	home: '/',
	'home (en)': '/en/',
	listing: '/tin-tuc/',
	'news article': first('/tin-tuc/'),
	'story article': first('/guong-sang/'),
	'policy article': first('/chinh-sach/'),
	'article (en)': first('/en/news/'),
	topic: first('/chu-de/'),
	unit: first('/don-vi/'),
	'static page': '/gioi-thieu/',
	search: '/tim-kiem/',
	consultation: '/lay-y-kien/du-thao-quy-dinh-thu-chi-dau-nam-hoc-tai-cac-truong-cong-lap/',
	clarification:
		'/lam-ro-thong-tin/thong-tin-hoc-sinh-phai-dong-2-trieu-dong-tien-sach-la-sai-su-that/',
	'press room': '/phong-bao-chi/',
	documents: '/van-ban/',
	'legal document': '/van-ban/thong-tu-29-2024-tt-bgddt/',
};

interface Weight {
	html: number;
	css: number;
	js: number;
	scripts: string[];
}

function weigh(url: string): Weight {
	const doc = dist.html(url);
	const css = doc
		.querySelectorAll('link[rel="stylesheet"]')
		.map((l) => gz(readFileSync(dist.file(l.getAttribute('href')!)!)));
	const scripts = doc.querySelectorAll('script[src]').map((s) => s.getAttribute('src')!);
	return {
		html: gz(dist.text(url)),
		css: css.reduce((a, b) => a + b, 0),
		js: scripts.reduce((a, src) => a + gz(readFileSync(dist.file(src)!)), 0),
		scripts,
	};
}

const weights = Object.fromEntries(Object.entries(pages).map(([name, url]) => [name, weigh(url)]));

afterAll(() => {
	console.log('page weight before images (gzip): page | HTML | CSS | HTML+CSS | JS');
	for (const [name, w] of Object.entries(weights))
		console.log(
			`  ${name.padEnd(15)} ${kb(w.html).padStart(9)} ${kb(w.css).padStart(9)} ${kb(w.html + w.css).padStart(9)} ${kb(w.js).padStart(9)}  ${pages[name]}`,
		);
});

describe('the performance budget', () => {
	test.each(['news article', 'story article', 'policy article', 'article (en)'])(
		'a %s is at most 30 KB of HTML and CSS, gzipped',
		(name) => {
			const w = weights[name]!;
			expect(w.html + w.css).toBeLessThanOrEqual(30_000);
		},
	);

	test('home, listing and article pages run no script but the share buttons and the urgent-notice and consultation clocks, all of it our own and small', () => {
		for (const name of [
			'home',
			'home (en)',
			'listing',
			'news article',
			'article (en)',
			'topic',
			'unit',
			'static page',
		]) {
			const w = weights[name]!;
			for (const src of w.scripts)
				expect(src, name).toMatch(
					/^\/_astro\/(ShareLinks|AlertBanner|ConsultationClock)\.[^/]+\.js$/,
				);
			expect(w.js, name).toBeLessThanOrEqual(3_000);
			// Only data, never code, inline: JSON-LD is the one inline script.
			const inline = dist
				.html(pages[name]!)
				.querySelectorAll('script:not([src])')
				.map((s) => s.getAttribute('type'));
			expect(
				inline.every((type) => type === 'application/ld+json'),
				name,
			).toBe(true);
		}
		expect(weights['news article']!.scripts.filter((s) => s.includes('ShareLinks'))).toHaveLength(
			1,
		);
		// The home page's consultation cards correct their state by the reader's clock.
		expect(weights.home!.scripts.filter((s) => !/AlertBanner|ConsultationClock/.test(s))).toEqual(
			[],
		);
	});

	test('the newsroom pages stay within the article budget; a consultation’s clock and form are our own and small', () => {
		for (const name of [
			'consultation',
			'clarification',
			'press room',
			'documents',
			'legal document',
		]) {
			const w = weights[name]!;
			expect(w.html + w.css, name).toBeLessThanOrEqual(30_000);
			for (const src of w.scripts)
				expect(src, name).toMatch(
					/^\/_astro\/(ShareLinks|AlertBanner|ConsultationClock|FeedbackForm)\.[^/]+\.js$/,
				);
			expect(w.js, name).toBeLessThanOrEqual(5_000);
		}
	});

	test('the search page loads its own script and nothing from elsewhere', () => {
		const { scripts } = weights.search!;
		expect(scripts.length).toBeGreaterThan(0);
		for (const src of scripts) expect(src).toMatch(/^\/_astro\//);
	});
});
