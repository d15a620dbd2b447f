import { describe, expect, test } from 'vitest';
import {
	checkContent,
	fileProblems,
	formatProblems,
	isCalendarDate,
	type CheckInput,
	type FileRecord,
} from './checks';

const file = (
	kind: string,
	id: string,
	locale: string,
	data: Record<string, unknown>,
): FileRecord => ({
	kind,
	id,
	locale,
	filePath: `content/${kind}/${id}/index.${locale}.md`,
	data,
});

const base = (over: Partial<CheckInput> = {}): CheckInput => ({
	sources: [file('news', 'a', 'vi', { title: 'A', topics: ['t1'], unit: 'u1' })],
	translations: [],
	topicIds: new Set(['t1']),
	units: new Map([['u1', { filePath: 'content/units/u1.yml' }]]),
	topLevelKind: 'pages',
	reserved: { vi: new Set(['tin-tuc', 'en']), en: new Set(['news']) },
	...over,
});

describe('checkContent', () => {
	test('passes consistent content', () => {
		expect(checkContent(base())).toEqual([]);
	});

	test('names the file and field of an unknown topic or unit', () => {
		const problems = checkContent(
			base({ sources: [file('news', 'a', 'vi', { topics: ['t1', 'nope'], unit: 'x' })] }),
		);
		expect(problems).toHaveLength(2);
		expect(problems[0]).toMatchObject({ file: 'content/news/a/index.vi.md', field: 'topics' });
		expect(problems[0]!.message).toContain('"nope"');
		expect(problems[1]).toMatchObject({ field: 'unit' });
	});

	test('rejects a translation whose folder has no Vietnamese file', () => {
		const problems = checkContent(
			base({ translations: [file('news', 'orphan', 'en', { title: 'Orphan' })] }),
		);
		expect(problems).toEqual([
			expect.objectContaining({ file: 'content/news/orphan/index.en.md' }),
		]);
	});

	test('asks a translated item with a cover for its own alt text', () => {
		const sources = [
			file('news', 'a', 'vi', { topics: ['t1'], unit: 'u1', cover: {}, coverAlt: 'ảnh' }),
		];
		expect(
			checkContent(base({ sources, translations: [file('news', 'a', 'en', { title: 'A' })] })),
		).toEqual([expect.objectContaining({ field: 'coverAlt' })]);
		expect(checkContent(base({ sources, translations: [file('news', 'a', 'en', {})] }))).toEqual(
			[],
		);
	});

	test('accepts copies of topics and unit in a translation only when they match the source', () => {
		const ok = file('news', 'a', 'en', { title: 'A', topics: ['t1'], unit: 'u1' });
		expect(checkContent(base({ translations: [ok] }))).toEqual([]);
		const stale = file('news', 'a', 'en', { title: 'A', topics: ['t2'], unit: 'u1' });
		expect(checkContent(base({ translations: [stale] }))).toEqual([
			expect.objectContaining({ file: 'content/news/a/index.en.md', field: 'topics' }),
		]);
	});

	test('finds two translations claiming the same URL', () => {
		const sources = [
			file('news', 'a', 'vi', { topics: ['t1'], unit: 'u1' }),
			file('news', 'b', 'vi', { topics: ['t1'], unit: 'u1' }),
		];
		const translations = [
			file('news', 'a', 'en', { title: 'A', slug: 'same' }),
			file('news', 'b', 'en', { title: 'B', slug: 'same' }),
		];
		const problems = checkContent(base({ sources, translations }));
		expect(problems).toEqual([
			expect.objectContaining({ file: 'content/news/b/index.en.md', field: 'slug' }),
		]);
	});

	test('stops a static page from shadowing a section', () => {
		const problems = checkContent(
			base({ sources: [...base().sources, file('pages', 'tin-tuc', 'vi', { title: 'x' })] }),
		);
		expect(problems).toEqual([
			expect.objectContaining({ file: 'content/pages/tin-tuc/index.vi.md', field: 'slug' }),
		]);
	});

	test('stops a legal document from taking the register’s filter segments, in its own language', () => {
		const reservedInKind = {
			documents: { vi: new Set(['loai', 'nam']), en: new Set(['type', 'year']) },
		};
		const problems = checkContent(
			base({
				reservedInKind,
				sources: [
					...base().sources,
					file('documents', 'loai', 'vi', { title: 'L' }),
					file('documents', 'type', 'vi', { title: 'T' }),
					file('documents', 'x', 'vi', { title: 'X' }),
				],
				translations: [file('documents', 'x', 'en', { title: 'X', slug: 'year' })],
			}),
		);
		expect(problems.map((p) => [p.file, p.field])).toEqual([
			['content/documents/loai/index.vi.md', 'slug'],
			['content/documents/x/index.en.md', 'slug'],
		]);
	});

	test("names the file and field of a policy citing a document the register doesn't have", () => {
		const policy = (sourceDocument: string) =>
			file('policies', 'p', 'vi', { title: 'P', topics: ['t1'], unit: 'u1', sourceDocument });
		const documentIds = new Set(['ke-hoach-1234-kh-sgddt']);
		expect(
			checkContent(base({ sources: [policy('ke-hoach-1234-kh-sgddt')], documentIds })),
		).toEqual([]);
		expect(checkContent(base({ sources: [policy('ke-hoach-21-kh-sgddt')], documentIds }))).toEqual([
			expect.objectContaining({
				file: 'content/policies/p/index.vi.md',
				field: 'sourceDocument',
				message: expect.stringContaining('known: ke-hoach-1234-kh-sgddt'),
			}),
		]);
	});

	test('rejects a unit whose parent does not exist', () => {
		const units = new Map([['u1', { parent: 'ghost', filePath: 'content/units/u1.yml' }]]);
		expect(checkContent(base({ units }))).toEqual([
			expect.objectContaining({ file: 'content/units/u1.yml', field: 'parent' }),
		]);
	});
});

describe('formatProblems', () => {
	test('lists each problem with file and field', () => {
		const text = formatProblems([{ file: 'content/x.md', field: 'unit', message: 'unknown unit' }]);
		expect(text).toContain('content/x.md → unit: unknown unit');
		expect(text).toContain('1');
	});
});

describe('fileProblems', () => {
	const file = (text: string | Uint8Array) => ({
		kind: 'news',
		id: 'a',
		locale: 'vi',
		filePath: 'content/news/a/index.vi.md',
		data: {},
		bytes: typeof text === 'string' ? new TextEncoder().encode(text) : text,
	});

	test('finds dates that are not on the calendar, which YAML would move silently', () => {
		expect(isCalendarDate(2028, 2, 29)).toBe(true);
		expect(isCalendarDate(2026, 2, 29)).toBe(false);
		const problems = fileProblems(
			file(
				'---\ndate: 2026-02-30T08:00:00+07:00\neffective: "2026-04-31"\nupdated: 2026-04-30\n---\n',
			),
		);
		expect(problems.map((p) => p.field)).toEqual(['date', 'effective']);
	});

	test('refuses a publishAt written without its offset, which YAML would read as UTC', () => {
		const problems = (value: string) => fileProblems(file(`---\npublishAt: ${value}\n---\n`));
		expect(problems('2026-12-10T09:00:00')).toEqual([
			expect.objectContaining({
				file: 'content/news/a/index.vi.md',
				field: 'publishAt',
				message: expect.stringContaining('ví dụ 2026-12-10T09:00:00+07:00'),
			}),
		]);
		expect(problems('2026-12-10')).toHaveLength(1);
		expect(problems('2026-12-10T09:00:00.000+07:00')).toEqual([]);
		expect(problems("'2026-12-10T09:00:00+07:00' # cấm đăng")).toEqual([]);
		expect(problems('')).toEqual([]);
	});

	test('refuses a file that is not UTF-8', () => {
		const problems = fileProblems(
			file(new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0x74, 0xf4, 0xec, 0x0a])),
		);
		expect(problems).toHaveLength(1);
		expect(problems[0]!.message).toContain('UTF-8');
	});

	test('reports a body that did not render, with the reason when known', () => {
		expect(
			fileProblems({
				...file('---\n---\n'),
				bodyRendered: false,
				renderError: 'thẻ HTML <script>',
			})[0],
		).toMatchObject({ field: 'body', message: 'thẻ HTML <script>' });
		expect(fileProblems({ ...file('---\n---\n'), bodyRendered: true })).toEqual([]);
	});
});
