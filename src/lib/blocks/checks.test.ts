import { describe, expect, test } from 'vitest';
import { blockProblems, type BlockFile } from './checks';
import { blockRefs } from './syntax';

const file = (locale: string, body: string): BlockFile => ({
	kind: 'news',
	id: 'bai',
	filePath: `content/news/bai/index.${locale}.md`,
	blocks: blockRefs(body),
});
const docs = new Set(['ke-hoach-3-2026']);
const paths = new Set(['/tin-tuc/bai-khac/']);
const vi = file(
	'vi',
	'<Gallery>\n<Photo src="a.jpg" alt="A" />\n</Gallery>\n\n<DocumentCard id="ke-hoach-3-2026" />\n\n<RelatedArticle href="/tin-tuc/bai-khac" />',
);

describe('blockProblems', () => {
	test('accepts known documents and addresses, and a translation of the same blocks', () => {
		const en = file(
			'en',
			'<Gallery>\n<Photo src="a.jpg" alt="Photo A" caption="Own caption" />\n</Gallery>',
		);
		expect(blockProblems([vi], [en], docs, paths)).toEqual([]);
	});
	test('names an unknown document and an unknown address, at their lines', () => {
		const bad = file(
			'vi',
			'A\n\n<DocumentCard id="khong-co" />\n\n<RelatedArticle href="/tin-tuc/khong-co/" />',
		);
		expect(blockProblems([bad], [], docs, paths)).toEqual([
			{ file: 'content/news/bai/index.vi.md:3', message: expect.stringContaining('"khong-co"') },
			{
				file: 'content/news/bai/index.vi.md:5',
				message: expect.stringContaining('/tin-tuc/khong-co/'),
			},
		]);
	});
	test('refuses a translation that shows another photo than the Vietnamese file', () => {
		const en = file('en', '<Gallery>\n<Photo src="b.jpg" alt="B" />\n</Gallery>');
		expect(blockProblems([vi], [en], docs, paths)).toEqual([
			{ file: 'content/news/bai/index.en.md:2', message: expect.stringContaining('ảnh b.jpg') },
		]);
	});
});
