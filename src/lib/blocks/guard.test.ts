import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { describe, expect, test } from 'vitest';
import { mdxGuard } from './guard';

const file = pathToFileURL(
	`${process.cwd()}/tests/fixtures/content/news/tin-co-khoi/index.vi.md.mdx`,
);
const compile = (body: string) =>
	mdxToJs(body, { hastPlugins: [mdxGuard], fileURL: file, jsxImportSource: 'astro' });
const refused = (body: string) => {
	try {
		compile(body);
	} catch (e) {
		return (e as Error).message;
	}
	return undefined;
};

describe('the MDX guard', () => {
	test('lets the blocks through with literal attributes, and Markdown around them', () => {
		const body = [
			'Đoạn **mở đầu** có H<sub>2</sub>O.',
			'',
			'<Gallery>',
			'<Photo src="khai-giang-1.jpg" alt="Lễ khai giảng" caption="Ảnh: Sở GD&amp;ĐT" />',
			'</Gallery>',
			'',
			'<Callout kind="important">',
			'Hạn nộp: **15/12**.',
			'</Callout>',
			'',
			'<DocumentCard id="ke-hoach-3-2026" />',
			'',
			'<RelatedArticle href="/tin-tuc/bai-khac/" />',
		].join('\n');
		expect(refused(body)).toBeUndefined();
	});

	test.each([
		[
			'an import',
			'import fs from "node:fs"\n\n<Callout kind="note">\nA\n</Callout>',
			'import/export',
			1,
		],
		['an export', 'Đoạn.\n\nexport const x = 1\n', 'import/export', 3],
		['an expression', 'Năm {new Date().getFullYear()}.', '{…}', 1],
		['an expression on its own line', 'A\n\n{process.env.SECRET}\n', '{…}', 3],
		['an attribute expression', '<DocumentCard id={"x"} />', '{…}', 1],
		['a spread attribute', '<DocumentCard {...props} />', '{…}', 1],
		['an unknown component', 'A\n\n<Script src="x.js" />', '<Script>', 3],
		['a script tag', '<script>alert(1)</script>', '<script>', 1],
		['an unknown attribute', '<Callout kind="note" onClick="x">\nA\n</Callout>', 'onClick', 1],
		['an inline tag with an attribute', 'H<sub class="x">2</sub>O', 'class', 1],
		['a fragment', '<>\nA\n</>', '<>', 1],
		[
			'a photo without alt text',
			'<Gallery>\n<Photo src="a.jpg" alt="" />\n</Gallery>',
			'has no alt text',
			2,
		],
		[
			'a photo whose alt is spaces',
			'<Gallery>\n<Photo src="a.jpg" alt="  " />\n</Gallery>',
			'has no alt text',
			2,
		],
		[
			'a photo from another site',
			'<Gallery>\n<Photo src="https://x.example/a.jpg" alt="A" />\n</Gallery>',
			'another site',
			2,
		],
		['a photo outside a gallery', '<Photo src="a.jpg" alt="A" />', '<Gallery>', 1],
		['a gallery holding text', '<Gallery>\nChữ\n</Gallery>', '<Photo>', 1],
		['an unknown callout kind', '<Callout kind="danger">\nA\n</Callout>', 'kind', 1],
		[
			'a related article given a full address',
			'<RelatedArticle href="https://x.example/" />',
			'href',
			1,
		],
		['a missing attribute', '<DocumentCard />', 'id', 1],
		[
			'a photo that is not beside the file',
			'<Gallery>\n<Photo src="khong-co.jpg" alt="A" />\n</Gallery>',
			'khong-co.jpg',
			2,
		],
	])('refuses %s, naming the file and line', (_what, body, says, line) => {
		const message = refused(body);
		expect(message).toContain(says);
		expect(message).toContain(`tests/fixtures/content/news/tin-co-khoi/index.vi.md:${line}:`);
	});
});
