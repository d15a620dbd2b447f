import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { defaultSiteUrl } from '~/config/site';
import { readResults, tmp } from './builds';
import { referencedUrls } from '~/lib/deploy/check';
import { opmlPath } from '~/lib/paths';
import { Dist } from './dist';

/**
 * The link check over a whole built site: every internal link, anchor, image, stylesheet, script,
 * alternate, share image and feed link must resolve to a file of the build (and an anchor to an
 * element with that id). External links are listed in a report for a person to review, never
 * fetched: the build and the tests work offline.
 */
const results = readResults();
const origin = defaultSiteUrl;

describe.each(['site', 'fixture'].filter((n) => n in results))('links in the %s build', (name) => {
	const dist = new Dist(results[name]!.outDir);
	const pages = dist.pages().filter((p) => !p.startsWith('/admin/'));
	const external = new Map<string, Set<string>>();
	const ids = new Map<string, Set<string>>();
	const idsOf = (page: string) => {
		if (!ids.has(page))
			ids.set(
				page,
				new Set(
					dist
						.html(page)
						.querySelectorAll('[id]')
						.map((el) => el.getAttribute('id')!),
				),
			);
		return ids.get(page)!;
	};

	/** Why a reference from `from` is broken, or undefined if it resolves (external ones are noted). */
	function broken(from: string, ref: string): string | undefined {
		if (/^(mailto|tel):/.test(ref)) return undefined;
		const url = new URL(ref, `${origin}${from}`);
		if (url.origin !== origin) {
			if (!external.has(url.href)) external.set(url.href, new Set());
			external.get(url.href)!.add(from);
			return undefined;
		}
		const path = decodeURIComponent(url.pathname);
		if (!dist.exists(path)) return 'no such file';
		if (
			url.hash &&
			dist.file(path)!.endsWith('.html') &&
			!idsOf(path.replace(/index\.html$/, '')).has(decodeURIComponent(url.hash.slice(1)))
		)
			return `no element with id ${url.hash}`;
		return undefined;
	}

	afterAll(() => {
		const lines = [...external]
			.sort(([a], [b]) => a.localeCompare(b))
			.map(([url, from]) => `${url}\t${from.size} page(s), e.g. ${[...from][0]}`);
		mkdirSync(tmp, { recursive: true });
		const report = join(tmp, `external-links-${name}.tsv`);
		writeFileSync(report, `${lines.join('\n')}\n`);
		console.log(
			`links (${name}): ${pages.length} pages checked; ${external.size} external links listed in ${report} (not fetched)`,
		);
	});

	test('every link, anchor, image and asset on every page resolves', () => {
		const problems: string[] = [];
		for (const page of pages) {
			const doc = dist.html(page);
			// What a deploy checks (share images included), and the page's own og:url.
			const refs = [
				...referencedUrls(doc),
				...doc.querySelectorAll('meta[property="og:url"]').map((m) => m.getAttribute('content')!),
			];
			for (const ref of refs) {
				const why = broken(page, ref);
				if (why) problems.push(`${page} → ${ref}: ${why}`);
			}
		}
		expect(problems).toEqual([]);
		// The check really looked: a site has hundreds of references.
		expect(pages.length).toBeGreaterThan(10);
	});

	test('every item of every feed, every sitemap entry and every feed the OPML lists leads to a file of the build', () => {
		const problems: string[] = [];
		const feeds = dist.files().filter((f) => f.endsWith('/rss.xml'));
		expect(feeds.length).toBeGreaterThan(0);
		for (const feed of [...feeds, '/sitemap.xml', opmlPath()])
			for (const m of dist
				.text(feed)
				.matchAll(/<(?:link|loc)>([^<]+)<\/(?:link|loc)>|(?:href|xmlUrl|htmlUrl)="([^"]+)"/g)) {
				const ref = (m[1] ?? m[2])!.replace(/&amp;/g, '&');
				const why = broken(feed, ref);
				if (why) problems.push(`${feed} → ${ref}: ${why}`);
			}
		expect(problems).toEqual([]);
	});

	test('the check can fail: a made-up link and a made-up anchor are reported', () => {
		expect(broken('/', '/khong-co-trang-nay/')).toBe('no such file');
		expect(broken('/', '/#khong-co-muc-nay')).toBe('no element with id #khong-co-muc-nay');
		expect(broken('/', '/#main')).toBeUndefined();
	});
});
