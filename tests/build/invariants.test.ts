import { describe, expect, test } from 'vitest';
import { defaultSiteUrl } from '~/config/site';
import { locales, localeCodes } from '~/i18n/locales';
import { localeOfPath, searchPath } from '~/lib/paths';
import { readResults } from './builds';
import { Dist } from './dist';

/** Rules every build must keep, checked on the real site and on the fixture site. */
const results = readResults();
const site = defaultSiteUrl;

describe.each(['site', 'fixture'].filter((n) => n in results))('the %s build', (name) => {
	const result = results[name]!;
	test('succeeds', () => {
		expect(result.status, result.output.slice(-3000)).toBe(0);
	});

	const dist = new Dist(result.outDir);
	// Public pages; the CMS at /admin/ is its own area with its own rules (checked below).
	const pages = result.status === 0 ? dist.pages().filter((p) => !p.startsWith('/admin/')) : [];

	test('serves the CMS from the site itself, hidden from search engines', () => {
		const admin = dist.html('/admin/');
		expect(admin.querySelector('meta[name="robots"]')?.getAttribute('content')).toContain(
			'noindex',
		);
		const scripts = admin.querySelectorAll('script[src]').map((s) => s.getAttribute('src')!);
		expect(scripts).toContain('/admin/decap/decap-cms.js');
		for (const src of scripts) expect(dist.exists(src), src).toBe(true);
		expect(dist.text('/robots.txt')).toContain('Disallow: /admin/');
	});

	test('has a home page and a 404 page per locale', () => {
		for (const l of localeCodes) {
			const prefix = locales[l].prefix ? `/${locales[l].prefix}/` : '/';
			expect(dist.exists(prefix)).toBe(true);
			expect(dist.exists(`${prefix}404.html`)).toBe(true);
		}
	});

	test('sets lang on every page to the locale of its path', () => {
		expect(pages.length).toBeGreaterThan(10);
		for (const page of pages) {
			const lang = dist.html(page).querySelector('html')?.getAttribute('lang');
			expect(lang, page).toBe(locales[localeOfPath(page)].lang);
		}
	});

	test('points hreflang alternates only at pages that exist, in their own language', () => {
		for (const page of pages) {
			const doc = dist.html(page);
			for (const link of doc.querySelectorAll('link[rel="alternate"][hreflang]')) {
				const href = link.getAttribute('href')!;
				expect(href.startsWith(site), `${page} → ${href}`).toBe(true);
				const path = href.slice(site.length);
				expect(dist.exists(path), `${page} → ${href}`).toBe(true);
				const lang = link.getAttribute('hreflang');
				if (lang !== 'x-default')
					expect(dist.html(path).querySelector('html')?.getAttribute('lang'), href).toBe(lang);
			}
		}
	});

	test('resolves every url() in the stylesheets (fonts ship with the site)', () => {
		const sheets = new Set<string>();
		for (const page of pages) {
			const doc = dist.html(page);
			for (const link of doc.querySelectorAll('link[rel="stylesheet"]'))
				sheets.add(link.getAttribute('href')!);
			for (const style of doc.querySelectorAll('style')) sheets.add(`inline:${style.text}`);
		}
		let fonts = 0;
		for (const sheet of sheets) {
			const css = sheet.startsWith('inline:') ? sheet.slice(7) : dist.text(sheet);
			for (const m of css.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)) {
				const url = m[1]!;
				if (url.startsWith('data:')) continue;
				expect(url, sheet.slice(0, 60)).not.toMatch(/^(https?:)?\/\//);
				expect(
					dist.exists(new URL(url, `${site}${sheet.startsWith('inline:') ? '/' : sheet}`).pathname),
					url,
				).toBe(true);
				if (/vietnamese.*\.woff2$/.test(url)) fonts++;
			}
		}
		// Be Vietnam Pro regular and bold, each with its Vietnamese subset.
		expect(fonts).toBeGreaterThanOrEqual(2);
	});

	test('loads nothing from another origin', () => {
		for (const page of pages) {
			const doc = dist.html(page);
			const assets = doc.querySelectorAll(
				'script[src], link[rel="stylesheet"], link[rel="preload"], img[src], source[srcset], iframe',
			);
			for (const el of assets) {
				const url =
					el.getAttribute('src') ?? el.getAttribute('href') ?? el.getAttribute('srcset') ?? '';
				expect(url, `${page}: ${el.outerHTML.slice(0, 120)}`).not.toMatch(/^(https?:)?\/\//);
			}
			expect(dist.text(page)).not.toMatch(/@import\s+url\(\s*['"]?https?:/);
		}
	});

	test('gives every page a title, description, canonical URL and share tags', () => {
		for (const page of pages) {
			const doc = dist.html(page);
			expect(doc.querySelector('title')?.text.trim(), page).toBeTruthy();
			expect(
				doc.querySelector('meta[name="description"]')?.getAttribute('content'),
				page,
			).toBeTruthy();
			// og:image:alt: a share card is an image like any other (WCAG 1.1.1 reaches into feeds
			// of social networks that read it out).
			for (const p of [
				'og:title',
				'og:description',
				'og:image',
				'og:image:alt',
				'og:locale',
				'og:url',
			])
				expect(
					doc.querySelector(`meta[property="${p}"]`)?.getAttribute('content'),
					`${page} ${p}`,
				).toBeTruthy();
			expect(doc.querySelector('meta[name="twitter:card"]'), page).not.toBeNull();
			if (!page.endsWith('404.html'))
				expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
					`${site}${page}`,
				);
			const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.text);
			expect(JSON.stringify(ld)).toContain('GovernmentOrganization');
		}
	});

	// The search pages run Pagefind in the browser (tests/build/search.test.ts, tests/browser/);
	// articles run their share buttons, pages with urgent notices their clock, consultations theirs
	// and their form. Nothing else runs script.
	const searchPages = new Set(localeCodes.map((l) => searchPath(l)));
	test('ships no client JavaScript but search, the share buttons, the urgent-notice and consultation clocks and the feedback form', () => {
		expect(pages.filter((p) => searchPages.has(p))).toHaveLength(localeCodes.length);
		for (const page of pages.filter((p) => !searchPages.has(p))) {
			const doc = dist.html(page);
			const scripts = doc.querySelectorAll('script:not([type="application/ld+json"])');
			// What each page may run: the urgent-notice clock where there are notices, the share buttons on articles.
			const allowed = [
				...(doc.querySelector('.alerts')
					? [expect.stringMatching(/^\/_astro\/AlertBanner\./)]
					: []),
				// A consultation's clock (its page, or its card in a list), and its form while it may still take responses.
				...(doc.querySelector('[data-consultation]')
					? [expect.stringMatching(/^\/_astro\/ConsultationClock\./)]
					: []),
				...(doc.querySelector('[data-feedback]')
					? [expect.stringMatching(/^\/_astro\/FeedbackForm\./)]
					: []),
				...(doc.querySelector('share-links')
					? [expect.stringMatching(/^\/_astro\/ShareLinks\./)]
					: []),
			];
			// In any order: a consultation card in "related" puts the clock after the share buttons.
			const srcs = scripts.map((s) => s.getAttribute('src'));
			expect(srcs, page).toHaveLength(allowed.length);
			expect(srcs, page).toEqual(expect.arrayContaining(allowed));
		}
	});

	test('writes robots.txt pointing at the sitemap, and the sitemap lists every page', () => {
		expect(dist.text('/robots.txt')).toContain(`Sitemap: ${site}/sitemap.xml`);
		const sitemap = dist.text('/sitemap.xml');
		const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.slice(site.length));
		expect(locs.sort()).toEqual(pages.filter((p) => !p.endsWith('404.html')));
		for (const m of sitemap.matchAll(/hreflang="[^"]+" href="([^"]+)"/g))
			expect(dist.exists(m[1]!.slice(site.length)), m[1]).toBe(true);
	});
});
