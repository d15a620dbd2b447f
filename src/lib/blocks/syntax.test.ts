import { describe, expect, test } from 'vitest';
import { attributesOf, blockRefs, hasBlocks, isBlockName } from './syntax';

describe('hasBlocks', () => {
	test('finds a block that starts a line', () => {
		expect(hasBlocks('Đoạn văn.\n\n<Callout kind="note">\nChú ý.\n</Callout>\n')).toBe(true);
		expect(hasBlocks('<DocumentCard id="ke-hoach-3-2026" />')).toBe(true);
	});
	test('leaves plain Markdown, and a block named in running text, to Markdown', () => {
		expect(hasBlocks('Một bài **bình thường**, a < b và {x}.')).toBe(false);
		expect(hasBlocks('Xem thẻ <Gallery> trong văn bản.')).toBe(false);
		expect(hasBlocks(undefined)).toBe(false);
	});
});

describe('blockRefs', () => {
	test('reads photos, documents and articles with their lines', () => {
		const body = [
			'Mở đầu.',
			'',
			'<Gallery>',
			'<Photo src="a.jpg" alt="Học sinh &quot;chào cờ&quot;" caption="A &amp; B" />',
			'</Gallery>',
			'',
			'<DocumentCard id="ke-hoach-3-2026" />',
			'',
			'<RelatedArticle href="/tin-tuc/bai-khac/" />',
		].join('\n');
		expect(blockRefs(body)).toEqual([
			{ type: 'photo', src: 'a.jpg', alt: 'Học sinh "chào cờ"', line: 4 },
			{ type: 'document', id: 'ke-hoach-3-2026', line: 7 },
			{ type: 'article', href: '/tin-tuc/bai-khac/', line: 9 },
		]);
	});
	test('skips code blocks', () => {
		expect(blockRefs('```\n<DocumentCard id="x" />\n```\n')).toEqual([]);
	});
	test('a photo without alt text is read with an empty one, for the check to refuse', () => {
		expect(blockRefs('<Photo src="a.jpg" />')).toEqual([
			{ type: 'photo', src: 'a.jpg', alt: '', line: 1 },
		]);
	});
});

test('attributesOf decodes what the CMS escapes', () => {
	expect(attributesOf('<Photo caption="Sở GD&amp;ĐT nói &quot;có&quot;" />')).toEqual({
		caption: 'Sở GD&ĐT nói "có"',
	});
});

test('isBlockName knows the table, and nothing inherited', () => {
	expect(isBlockName('Gallery')).toBe(true);
	expect(isBlockName('toString')).toBe(false);
	expect(isBlockName('script')).toBe(false);
});
