import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { useTranslations } from '~/i18n/t';
import { itemPath, localeOfPath, sectionPath } from '~/lib/paths';
import { fixturePublishAt, readResults } from './builds';
import { Dist } from './dist';

/**
 * Scheduled publishing and embargo (src/lib/schedule.ts) on the fixture content, whose news item
 * `tin-hen-gio`, consultation `hen-gio-lay-y-kien` (with its PDF) and press release
 * `thong-cao-cam-dang` (with an English translation) have
 * `publishAt` = `fixturePublishAt`: the fixture build (real clock, before it) must show them
 * nowhere; the `scheduled-due` build (BUILD_NOW = publishAt) everywhere; the `preview` build
 * (SITE_PREVIEW=1) shows them to reviewers, marked, and is never indexed.
 */
const results = readResults();
const before = new Dist(results.fixture!.outDir);
const due = new Dist(results['scheduled-due']!.outDir);
const preview = new Dist(results.preview!.outDir);

const pages = {
	news: itemPath('vi', 'news', 'tin-hen-gio'),
	press: itemPath('vi', 'press', 'thong-cao-cam-dang'),
	pressEn: itemPath('en', 'press', 'embargoed-press-release'),
	consultation: itemPath('vi', 'consultations', 'hen-gio-lay-y-kien'),
};
/** Words found only in the scheduled items (titles, bodies, slugs). */
const secrets = [
	'tin-hen-gio',
	'Tin hẹn giờ',
	'hengiotin',
	'thong-cao-cam-dang',
	'Thông cáo cấm đăng',
	'camdangthongcao',
	'embargoed-press-release',
	'Embargoed press release',
	'embargoedrelease',
	'hen-gio-lay-y-kien',
	'Dự thảo hẹn giờ',
	'hengioykien',
];

/** Every file of a build that is text: pages, feeds, sitemap, robots, release.json, scripts. */
function textFiles(dist: Dist): string[] {
	return dist.files().filter((f) => /\.(html|xml|json|txt|js|css|webmanifest)$/.test(f));
}

/** The text of every Pagefind fragment (one per indexed page), unzipped. */
function searchFragments(dist: Dist): string[] {
	const folder = join(dist.dir, 'pagefind/fragment');
	return readdirSync(folder).map((name) =>
		gunzipSync(readFileSync(join(folder, name))).toString('utf8'),
	);
}

describe('before publishAt (the fixture build, by the real clock)', () => {
	test('the build succeeded', () => {
		expect(results.fixture!.status, results.fixture!.output.slice(-3000)).toBe(0);
	});

	test('no page, share card or attachment of the scheduled items exists, in any language', () => {
		for (const page of Object.values(pages)) {
			expect(before.exists(page), page).toBe(false);
			expect(before.exists(`${page}share.jpg`), page).toBe(false);
		}
		expect(before.files().filter((f) => secrets.some((s) => f.includes(s)))).toEqual([]);
	});

	test('no page, feed, sitemap, admin list or release.json names them', () => {
		const files = textFiles(before);
		expect(files).toEqual(expect.arrayContaining(['/rss.xml', '/sitemap.xml', '/release.json']));
		for (const file of files) {
			const text = before.text(file);
			for (const s of secrets) expect(text, `${file} names "${s}"`).not.toContain(s);
		}
	});

	test('the search index has no trace of them', () => {
		const fragments = searchFragments(before);
		expect(fragments.length).toBeGreaterThan(10);
		for (const f of fragments) for (const s of secrets) expect(f).not.toContain(s);
	});

	test('release.json says when and from what it was built, and nothing of any embargo', () => {
		const release = JSON.parse(before.text('/release.json')) as Record<string, unknown>;
		expect(Object.keys(release).sort()).toEqual(['builtAt', 'commit']);
		expect(new Date(String(release.builtAt)).getTime()).toBeLessThan(
			new Date(fixturePublishAt).getTime(),
		);
		expect(release.commit === null || /^[0-9a-f]{4,40}$/.test(String(release.commit))).toBe(true);
		expect(before.text('/release.json')).not.toContain('2099');
	});

	test('a production build is indexed as before: no robots meta, no preview banner', () => {
		for (const page of before.pages().filter((p) => !p.startsWith('/admin/'))) {
			const doc = before.html(page);
			expect(doc.querySelector('meta[name="robots"]'), page).toBeNull();
			expect(doc.querySelector('.preview-banner'), page).toBeNull();
		}
		expect(before.text('/robots.txt')).toContain('Sitemap: ');
	});
});

describe('at publishAt (BUILD_NOW = publishAt)', () => {
	test('the build succeeded and release.json carries the build clock', () => {
		expect(results['scheduled-due']!.status, results['scheduled-due']!.output.slice(-3000)).toBe(0);
		expect(JSON.parse(due.text('/release.json'))).toMatchObject({
			builtAt: new Date(fixturePublishAt).toISOString(),
		});
	});

	test('the items have their pages and share cards, the translation with its source', () => {
		for (const page of Object.values(pages)) {
			expect(due.exists(page), page).toBe(true);
			expect(due.exists(`${page}share.jpg`), page).toBe(true);
		}
		expect(due.html(pages.press).querySelector('h1')!.text).toBe(
			'Thông cáo cấm đăng trước giờ công bố',
		);
		expect(due.html(pages.pressEn).querySelector('h1')!.text).toBe('Embargoed press release');
		// The consultation's draft, a PDF published beside its page, comes with it.
		expect(
			due.files().filter((f) => f.includes('hen-gio-lay-y-kien') && f.endsWith('.pdf')),
		).toHaveLength(1);
	});

	test('they are in the listings, feeds, sitemap and search index', () => {
		expect(due.text(sectionPath('vi', 'news'))).toContain(pages.news);
		expect(due.text(sectionPath('vi', 'press'))).toContain(pages.press);
		expect(due.text('/rss.xml')).toContain(pages.press);
		expect(due.text('/en/rss.xml')).toContain(pages.pressEn);
		const sitemap = due.text('/sitemap.xml');
		for (const page of Object.values(pages)) expect(sitemap).toContain(page);
		const fragments = searchFragments(due).join('\n');
		for (const word of ['hengiotin', 'camdangthongcao', 'embargoedrelease', 'hengioykien'])
			expect(fragments).toContain(word);
	});
});

describe('preview build (SITE_PREVIEW=1)', () => {
	test('the build succeeded', () => {
		expect(results.preview!.status, results.preview!.output.slice(-3000)).toBe(0);
	});

	test('every page says noindex and carries the banner in its language', () => {
		const all = preview.pages().filter((p) => !p.startsWith('/admin/'));
		expect(all.length).toBeGreaterThan(50);
		for (const page of all) {
			const doc = preview.html(page);
			expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content'), page).toBe(
				'noindex, nofollow',
			);
			const banner = doc.querySelector('.preview-banner strong')?.text;
			expect(banner, page).toBe(useTranslations(localeOfPath(page)).t('preview.banner'));
		}
	});

	test('robots.txt disallows everything and there is no sitemap', () => {
		expect(preview.text('/robots.txt')).toBe('User-agent: *\nDisallow: /\n');
		expect(preview.exists('/sitemap.xml')).toBe(false);
	});

	test('scheduled items are shown as readers will see them, with their publishAt in the banner', () => {
		for (const page of Object.values(pages)) {
			const note = preview.html(page).querySelector('.preview-banner [data-scheduled-at]');
			expect(note?.getAttribute('data-scheduled-at'), page).toBe(
				new Date(fixturePublishAt).toISOString(),
			);
		}
		expect(preview.html(pages.news).querySelector('.preview-banner')!.text).toContain(
			'hẹn đăng lúc 09:00, 10/12/2099',
		);
		expect(preview.html(pages.pressEn).querySelector('.preview-banner')!.text).toContain(
			'Scheduled for',
		);
		// A page of an item already published has no such note.
		expect(
			preview.html(itemPath('vi', 'press', 'thong-cao-mau')).querySelector('[data-scheduled-at]'),
		).toBeNull();
	});

	test('drafts stay out of a preview too', () => {
		expect(preview.exists(itemPath('vi', 'news', 'ban-nhap'))).toBe(false);
		for (const page of preview.pages())
			expect(preview.text(page), page).not.toContain('Bản nháp không được đăng');
	});
});
