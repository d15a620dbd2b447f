import { describe, expect, test } from 'vitest';
import { renderOpml, type OpmlFeed } from './opml';

const feed = (text: string, extra: Partial<OpmlFeed> = {}): OpmlFeed => ({
	text,
	xmlUrl: 'https://example.gov.vn/chu-de/a/rss.xml',
	htmlUrl: 'https://example.gov.vn/chu-de/a/',
	language: 'vi',
	...extra,
});

describe('renderOpml', () => {
	test('writes an OPML 2.0 document whose feeds carry their addresses and language', () => {
		const xml = renderOpml({ title: 'Nguồn tin', owner: 'Sở' }, [
			{ text: 'Tiếng Việt', children: [feed('Chủ đề: A')] },
		]);
		expect(xml).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<opml version="2\.0">/);
		expect(xml).toContain('<title>Nguồn tin</title>');
		expect(xml).toContain('<ownerName>Sở</ownerName>');
		expect(xml).toContain(
			'<outline type="rss" version="RSS2" text="Chủ đề: A" title="Chủ đề: A" language="vi" xmlUrl="https://example.gov.vn/chu-de/a/rss.xml" htmlUrl="https://example.gov.vn/chu-de/a/"/>',
		);
		// The feed sits inside its folder.
		expect(xml.indexOf('<outline text="Tiếng Việt">')).toBeLessThan(xml.indexOf('type="rss"'));
		expect(xml.trimEnd().endsWith('</opml>')).toBe(true);
	});

	test('escapes what XML would misread in attributes and text, line breaks included', () => {
		const xml = renderOpml({ title: 'Tin & <ảnh>' }, [
			feed('Học phí "0 đồng" & <miễn>', { description: 'Dòng một\nDòng hai\tcột' }),
		]);
		expect(xml).toContain('<title>Tin &amp; &lt;ảnh&gt;</title>');
		expect(xml).toContain('text="Học phí &quot;0 đồng&quot; &amp; &lt;miễn&gt;"');
		expect(xml).toContain('description="Dòng một&#10;Dòng hai&#9;cột"');
		// Every `&` starts an entity: none is left bare.
		expect(xml).not.toMatch(/&(?!amp;|lt;|gt;|quot;|#\d+;)/);
	});

	test('leaves out folders with no feed in them, however deep', () => {
		const xml = renderOpml({ title: 'T' }, [
			{ text: '한국어', children: [{ text: '주제', children: [] }] },
			{ text: 'English', children: [{ text: 'Topics', children: [feed('Topic: A')] }] },
		]);
		expect(xml).not.toContain('한국어');
		expect(xml).not.toContain('주제');
		expect(xml).toContain('<outline text="English">');
		expect(xml).toContain('<outline text="Topics">');
	});

	test('makes the same bytes from the same feeds (no dates)', () => {
		const make = () => renderOpml({ title: 'T' }, [feed('A')]);
		expect(make()).toBe(make());
		expect(make()).not.toMatch(/date(Created|Modified)/);
	});
});
