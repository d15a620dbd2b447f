import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { defaultSiteUrl } from '~/config/site';
import { defaultLocale, localeCodes, locales } from '~/i18n/locales';
import { feedPath, homePath, opmlPath, sectionPath } from '~/lib/paths';
import { readResults } from './builds';
import { Dist } from './dist';
import { XmlReader, type XmlElement } from './xml';

/**
 * What feed readers and the W3C feed validator look at in every RSS feed of a build: the channel
 * links to the page the feed follows in the feed's own language, the feed names its own address
 * (atom:link rel="self"), and categories are topic names a reader can read, not ids. Every topic
 * and unit page leads to its feed, and the OPML file lists every feed, as the feeds name
 * themselves, for a portal or a newsroom to import.
 */
const results = readResults();
const xmlEntities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const xml = new XmlReader();
beforeAll(() => xml.open());
afterAll(() => xml.close());

test('the XML reader refuses what is not well-formed', async () => {
	expect((await xml.read('<opml><outline text="a & b"/></opml>')).error).not.toBeNull();
	expect((await xml.read('<opml/><opml/>')).error).not.toBeNull();
	expect((await xml.read('<opml><outline text="a &amp; b"/></opml>')).error).toBeNull();
});

describe.each(['site', 'fixture'].filter((n) => n in results))('feeds of the %s build', (name) => {
	const dist = new Dist(results[name]!.outDir);
	const feeds = dist.files().filter((f) => f.endsWith('/rss.xml'));
	// RSS is XML: read with patterns, since an HTML parser takes <link> for the empty HTML element.
	/** The channel's own elements: everything before the first item. */
	const head = (path: string) => dist.text(path).split('<item>')[0]!;
	const element = (xml: string, name: string) =>
		xml.match(new RegExp(`<${name}>([^<]*)</${name}>`))?.[1] ?? '';
	const unescapeXml = (text: string) =>
		text.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => xmlEntities[e]!);
	const attributes = (tag: string) =>
		Object.fromEntries([...tag.matchAll(/([\w:]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));

	test('there is a feed per language', () => {
		for (const locale of localeCodes) expect(feeds).toContain(`${homePath(locale)}rss.xml`);
	});

	test.each(feeds)('%s links to its own page, in its language, and to itself', (path) => {
		const channel = head(path);
		const language = element(channel, 'language');
		const locale = localeCodes.find((l) => locales[l].lang === language)!;
		expect(locale, `${path}: <language>${language}</language>`).toBeDefined();
		// The channel's page is the folder the feed sits in: /en/news/ for /en/news/rss.xml.
		const link = new URL(element(channel, 'link'));
		expect(link.pathname).toBe(path.replace(/rss\.xml$/, ''));
		expect(link.pathname.startsWith(homePath(locale))).toBe(true);
		const self = attributes(channel.match(/<atom:link [^>]*>/)?.[0] ?? '');
		expect(self).toMatchObject({ rel: 'self', type: 'application/rss+xml' });
		expect(new URL(self.href!).pathname).toBe(path);
		expect(channel).toContain('xmlns:atom="http://www.w3.org/2005/Atom"');
	});

	test('categories are topic names as the topic pages show them, not ids', () => {
		const categories = feeds.flatMap((path) =>
			[...dist.text(path).matchAll(/<category>([^<]*)<\/category>/g)].map((m) =>
				unescapeXml(m[1]!),
			),
		);
		expect(categories.length).toBeGreaterThan(0);
		// A topic id is a slug (lower case, hyphens); a name has capitals or spaces.
		for (const c of categories) expect(c).not.toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
		const topicPages = localeCodes.map((l) => `${homePath(l)}${locales[l].segments.topics}/`);
		const topicNames = new Set(
			dist
				.pages()
				.filter((p) =>
					topicPages.some((t) => p.startsWith(t) && /^[^/]+\/$/.test(p.slice(t.length))),
				)
				.map((p) => dist.html(p).querySelector('h1')?.text.trim()),
		);
		for (const c of categories) expect(topicNames, c).toContain(c);
	});

	/** Every page of a topic's or unit's listing (archive pages too), with the feed it must announce. */
	const listingPages = localeCodes.flatMap((locale) =>
		(['topics', 'units'] as const).flatMap((section) => {
			const index = sectionPath(locale, section);
			return dist
				.pages()
				.filter((p) => p.startsWith(index) && p !== index)
				.map((page) => {
					const id = page.slice(index.length).split('/')[0]!;
					return { page, section, feed: feedPath(locale, section, id) };
				});
		}),
	);
	/** The channel's title, language and number of items of each feed, read by a strict parser. */
	const channels = new Map<
		string,
		{ error: string | null; title: string; language: string; items: number }
	>();
	beforeAll(async () => {
		for (const path of feeds) {
			const doc = await xml.read(dist.text(path));
			const first = (name: string) => doc.elements.find((e) => e.name === name)?.text ?? '';
			channels.set(path, {
				error: doc.error,
				title: first('title'),
				language: first('language'),
				items: doc.elements.filter((e) => e.name === 'item').length,
			});
		}
	});

	test('every feed is well-formed XML', () => {
		const errors = [...channels].filter(([, c]) => c.error).map(([p, c]) => `${p}: ${c.error}`);
		expect(errors).toEqual([]);
		expect(channels.size).toBe(feeds.length);
	});

	test('every topic and unit page announces its listing’s feed first, shows a link to it, and the feed exists', () => {
		const problems: string[] = [];
		for (const { page, feed } of listingPages) {
			const doc = dist.html(page);
			const announced = doc
				.querySelectorAll('link[rel="alternate"][type="application/rss+xml"]')
				.map((l) => l.getAttribute('href'));
			if (announced[0] !== feed) problems.push(`${page}: announces ${announced.join(', ')}`);
			const shown = doc.querySelector('.follow-feed a')?.getAttribute('href');
			if (shown !== feed) problems.push(`${page}: shows a link to ${shown}`);
			if (!dist.exists(feed)) problems.push(`${page}: ${feed} is not in the build`);
		}
		expect(problems).toEqual([]);
		for (const section of ['topics', 'units'])
			expect(listingPages.filter((p) => p.section === section).length).toBeGreaterThan(1);
	});

	test('every feed sits beside a page of the build, and no translated feed is empty', () => {
		for (const path of feeds) {
			expect(dist.exists(path.replace(/rss\.xml$/, '')), path).toBe(true);
			const { language, items } = channels.get(path)!;
			// Vietnamese is the source: its listings (and feeds) exist before their first article.
			if (language !== locales[defaultLocale].lang) expect(items, path).toBeGreaterThan(0);
		}
	});

	describe('the OPML file', () => {
		let outlines: XmlElement[] = [];
		let document: Awaited<ReturnType<XmlReader['read']>>;
		beforeAll(async () => {
			document = await xml.read(dist.text(opmlPath()));
			outlines = document.elements.filter(
				(e) => e.name === 'outline' && e.attributes.type === 'rss',
			);
		});

		test('is well-formed OPML 2.0', () => {
			expect(document.error).toBeNull();
			expect(document.elements[0]).toMatchObject({ name: 'opml', attributes: { version: '2.0' } });
			expect(document.elements.find((e) => e.name === 'title')?.text).not.toBe('');
		});

		test('lists every feed of the build, by absolute URL, and nothing else', () => {
			const origin = new URL(defaultSiteUrl).origin;
			for (const o of outlines) {
				const { xmlUrl = '', htmlUrl = '' } = o.attributes;
				expect(xmlUrl, o.attributes.text).toMatch(/^https?:\/\//);
				expect(new URL(xmlUrl).origin).toBe(origin);
				// The page it follows is the folder the feed sits in, and a page of the build.
				expect(new URL(htmlUrl).href).toBe(new URL('./', xmlUrl).href);
				expect(dist.exists(new URL(htmlUrl).pathname), htmlUrl).toBe(true);
			}
			const listed = outlines.map((o) => new URL(o.attributes.xmlUrl!).pathname).sort();
			expect(listed).toEqual([...feeds].sort());
		});

		test('names each feed as the feed names itself, in a folder of its language', () => {
			for (const o of outlines) {
				const path = new URL(o.attributes.xmlUrl!).pathname;
				const channel = channels.get(path)!;
				expect(o.attributes.text, path).toBe(channel.title);
				expect(o.attributes.language, path).toBe(channel.language);
				const locale = localeCodes.find((l) => locales[l].lang === channel.language)!;
				expect(o.folders[0], path).toBe(locales[locale].label);
			}
		});

		test('is linked from the footer of every page', () => {
			const pages = dist.pages().filter((p) => !p.startsWith('/admin/'));
			const without = pages.filter(
				(p) => !dist.html(p).querySelector(`footer a[href="${opmlPath()}"]`),
			);
			expect(without).toEqual([]);
			expect(pages.length).toBeGreaterThan(10);
		});
	});
});
