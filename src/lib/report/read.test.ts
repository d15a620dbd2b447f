import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { articleKinds } from '~/schemas/kinds';
import { everyKindPlaced, reportKinds } from './model';
import { readContent } from './read';

const root = mkdtempSync(join(tmpdir(), 'report-read-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Write a content tree (paths relative to its root) into a fresh folder and read it. */
function read(files: Record<string, string>) {
	const dir = mkdtempSync(join(root, 'content-'));
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
	return readContent(dir);
}

/** A Markdown file from frontmatter lines. */
const md = (...lines: string[]) => `---\n${lines.join('\n')}\n---\nNội dung.\n`;
const news = (...extra: string[]) =>
	md('title: Tin', 'summary: Tóm tắt.', 'date: 2023-03-01', 'topics: [t1]', 'unit: u1', ...extra);

describe('the kinds the report counts', () => {
	test('are the article kinds of the table of kinds, in the committee order', () => {
		expect(everyKindPlaced).toBe(true);
		expect([...reportKinds].sort()).toEqual([...articleKinds].sort());
		expect(reportKinds).toEqual([
			'news',
			'stories',
			'policies',
			'press',
			'clarifications',
			'consultations',
		]);
	});
});

describe('reading the content through the schemas', () => {
	test('a file the schema refuses is listed with its fields and messages, and not counted', () => {
		const content = read({
			'news/khong-ngay/index.vi.md': md(
				'title: Tin',
				'summary: Tóm tắt.',
				'topics: [t1]',
				'unit: u1',
			),
			'news/nhap-thieu/index.vi.md': md('title: Nháp', 'draft: true'),
			'news/tot/index.vi.md': news(),
		});
		expect(content.items.map((i) => i.id)).toEqual(['tot']);
		expect(content.problems).toEqual([
			expect.stringMatching(
				/^news\/khong-ngay\/index\.vi\.md: date: "date" phải là ngày hợp lệ.* — không tính tin, bài này\. \(Not counted\.\)$/,
			),
			// A draft must pass its schema too (the build refuses it otherwise); it is never counted anyway.
			expect.stringMatching(/^news\/nhap-thieu\/index\.vi\.md: summary: Thiếu "summary".*; date: /),
		]);
	});

	test('an impossible calendar date, which YAML would silently move, is listed as the build lists it', () => {
		const content = read({
			'news/ngay-sai/index.vi.md': news().replace('2023-03-01', '2023-02-30'),
		});
		expect(content.items).toEqual([]);
		expect(content.problems).toEqual([
			expect.stringMatching(
				/^news\/ngay-sai\/index\.vi\.md: date: ngày 2023-02-30 không có trên lịch/,
			),
		]);
	});

	test('dates are the schema output: a date-time without an offset is UTC', () => {
		const content = read({
			'news/a/index.vi.md': news().replace('2023-03-01', '2023-06-30T17:30:00'),
		});
		expect(content.items[0]?.data.date.toISOString()).toBe('2023-06-30T17:30:00.000Z');
	});

	test('translations: stubs kept as untranslated, bad ones listed, unknown languages and orphans listed', () => {
		const content = read({
			'news/a/index.vi.md': news(),
			'news/a/index.en.md': md('title: ""'),
			'news/b/index.vi.md': news(),
			'news/b/index.en.md': md('title: Only a title'),
			'news/c/index.vi.md': news(),
			'news/c/index.en.md': md('title: News', 'summary: Summary.', 'draft: true'),
			'news/c/index.fr.md': md('title: Nouvelles', 'summary: Résumé.'),
			'news/d/index.en.md': md('title: No source', 'summary: Summary.'),
		});
		expect(content.items.map((i) => [i.id, i.translations])).toEqual([
			['a', { en: { draft: false } }],
			['b', {}],
			['c', { en: { title: 'News', summary: 'Summary.', draft: true } }],
		]);
		expect(content.problems).toEqual([
			expect.stringMatching(
				/^news\/b\/index\.en\.md: summary: Bản dịch có tiêu đề thì cũng cần "summary".* — không tính bản dịch này\./,
			),
			expect.stringMatching(/^news\/c\/index\.fr\.md: trang web không có ngôn ngữ "fr"/),
			expect.stringMatching(/^news\/d\/index\.en\.md: bản dịch không có bản tiếng Việt/),
		]);
	});

	test('registries: a refused name falls back to the id, a refused alert is not counted', () => {
		const content = read({
			'topics/t1.yml': 'name:\n  vi: Chủ đề một\n',
			'units/u1.yml': 'name:\n  vi: Đơn vị một\n',
			'alerts/bao.yml':
				'severity: danger\ntext: { vi: Bão }\nstartsAt: 2023-06-30T23:00:00+07:00\nexpiresAt: 2023-07-01\n',
			'alerts/sai.yml':
				'severity: danger\ntext: { vi: Bão }\nstartsAt: 2023-07-02\nexpiresAt: 2023-07-01\n',
		});
		expect(content.topics).toEqual({ t1: 'Chủ đề một' });
		expect(content.units).toEqual({ u1: 'u1' });
		expect(content.alerts.map((a) => [a.id, a.data.startsAt.toISOString()])).toEqual([
			['bao', '2023-06-30T16:00:00.000Z'],
		]);
		expect(content.problems).toEqual([
			expect.stringMatching(/^alerts\/sai\.yml: expiresAt: "expiresAt" phải sau "startsAt"/),
			expect.stringMatching(/^units\/u1\.yml: type: .* — dùng mã "u1" làm tên\./),
		]);
	});
});
