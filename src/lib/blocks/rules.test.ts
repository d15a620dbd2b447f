import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { bodyProblems } from './rules';

const fixture = readFileSync('tests/fixtures/content/news/tin-co-khoi/index.vi.md', 'utf8')
	.split(/^---$/m)
	.slice(2)
	.join('---');

test('the blocks of the fixture article have nothing to refuse', () => {
	expect(bodyProblems(fixture)).toEqual([]);
});

test('each block the build would refuse is named with its line, in the guard’s words', () => {
	const body = [
		'Mở đầu.', // 1
		'', // 2
		'<Gallery>', // 3
		'<Photo src="a.jpg" alt="" />', // 4
		'<Photo src="https://cdn.example.com/b.jpg" alt="Ảnh" />', // 5
		'</Gallery>', // 6
		'', // 7
		'<Gallery>', // 8
		'</Gallery>', // 9
		'', // 10
		'<DocumentCard id="" />', // 11
		'', // 12
		'<Callout kind="warning">', // 13
		'Chú ý.', // 14
		'</Callout>', // 15
		'', // 16
		'<RelatedArticle href="tin-tuc/x/" />', // 17
		'', // 18
		'<Photo src="c.jpg" alt="Ảnh lẻ" />', // 19
	].join('\n');
	const problems = bodyProblems(body);
	expect(problems.map((p) => p.line)).toEqual([4, 5, 8, 11, 13, 17, 19]);
	expect(problems[0]!.message).toContain('ảnh "a.jpg" trong bộ ảnh chưa có mô tả');
	expect(problems[1]!.message).toContain('another site');
	expect(problems[2]!.message).toContain('<Gallery> holds one or more <Photo>');
	expect(problems[3]!.message).toContain('<DocumentCard> needs id');
	expect(problems[4]!.message).toContain('kind must be note or important');
	expect(problems[5]!.message).toContain('href is the site address');
	expect(problems[6]!.message).toContain('<Photo> belongs inside a <Gallery>');
});

test('a block shown as code is not a block', () => {
	expect(bodyProblems('```mdx\n<Gallery>\n<Photo src="a.jpg" alt="" />\n</Gallery>\n```')).toEqual(
		[],
	);
});

test('a brace in a body with blocks is refused with what to write instead; without blocks it is text', () => {
	const withBlock = 'Năm học {2026}.\n\n<DocumentCard id="kh-3" />\n\nMã `a{b}` trong mã.';
	expect(bodyProblems(withBlock)).toEqual([
		{ line: 1, message: expect.stringContaining('use ( ) or [ ]') },
	]);
	expect(bodyProblems('Năm học {2026}.')).toEqual([]);
});
