import { describe, expect, test } from 'vitest';
import { localeCodes, locales } from '~/i18n/locales';
import { homePath } from '~/lib/paths';
import { readResults } from './builds';
import { Dist } from './dist';

/**
 * What feed readers and the W3C feed validator look at in every RSS feed of a build: the channel
 * links to the page the feed follows in the feed's own language, the feed names its own address
 * (atom:link rel="self"), and categories are topic names a reader can read, not ids.
 */
const results = readResults();
const xmlEntities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

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
});
