import { describe, expect, test } from 'vitest';
import { csvField } from '~/lib/csv';
import { computeFigures, type Figures } from './figures';
import { parsePeriod } from './period';
import { figureRows, formatPerMille, markdownText, renderCsv, renderMarkdown } from './render';
import { input, item } from './test-support';

const h1 = parsePeriod('2023-01-01', '2023-06-30');

/** The value of one CSV figure, as the CSV writes it. */
function row(f: Figures, section: string, key: string): string | undefined {
	const value = figureRows(f).find((r) => r.section === section && r.key === key)?.value;
	return value === undefined ? undefined : String(value);
}

describe('output', () => {
	const items = [
		item('b', '2023-03-01', { topics: ['t2', 't1'], translations: { en: { title: 'B' } } }),
		item('a', '2023-03-01', { kind: 'stories', title: 'Tên có dấu phẩy, "ngoặc kép" | và *sao*' }),
		item('c', '2023-05-01', { kind: 'clarifications', verdict: 'misleading' }),
	];

	test('is the same bytes whatever the order of the input', () => {
		const one = computeFigures(input(items), h1);
		const two = computeFigures(
			input([...items].reverse(), { topics: { t2: 'Chủ đề hai', t1: 'Chủ đề một' } }),
			h1,
		);
		expect(renderCsv(two)).toBe(renderCsv(one));
		expect(renderMarkdown(two)).toBe(renderMarkdown(one));
	});

	test('CSV: BOM, CRLF, RFC 4180 quoting, the header first', () => {
		const csv = renderCsv(computeFigures(input(items), h1));
		expect(csv.startsWith('\uFEFFsection,key,label,value\r\n')).toBe(true);
		expect(csv.endsWith('\r\n')).toBe(true);
		expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
		expect(csv).toContain('\r\npublished,total,"Tổng số tin, bài đã đăng",3\r\n');
		expect(csvField('a "b", c')).toBe('"a ""b"", c"');
		expect(csvField(-1)).toBe('-1');
	});

	test('Markdown: Vietnamese heading, dd/mm/yyyy period, vi-VN numbers, escaped titles', () => {
		const many = Array.from({ length: 1234 }, (_, i) => item(`n${i}`, '2023-04-01'));
		const md = renderMarkdown(computeFigures(input([...items, ...many]), h1));
		expect(md).toMatch(/^# Báo cáo kết quả công tác truyền thông\n/);
		expect(md).toContain('từ ngày 01/01/2023 đến ngày 30/06/2023');
		expect(md).toContain('Tổng số tin, bài đã đăng trong kỳ: **1.237**');
		expect(md).toContain('- 01/03/2023: Tên có dấu phẩy, "ngoặc kép" \\| và \\*sao\\*');
		expect(markdownText('a\n|b')).toBe('a \\|b');
		expect(formatPerMille(364)).toBe('36,4%');
		expect(formatPerMille(1000)).toBe('100,0%');
	});

	test('problems appear in the report instead of vanishing', () => {
		const f = computeFigures(
			input([], {
				problems: [
					'news/x/index.vi.md: date: "date" phải là ngày hợp lệ — không tính tin, bài này.',
				],
			}),
			h1,
		);
		expect(renderMarkdown(f)).toContain('## Lưu ý về số liệu');
		expect(row(f, 'data_problems', 'count')).toBe('1');
	});
});
