import { describe, expect, test } from 'vitest';
import { parseFile, preservingFormat, stringifyFile } from './format';

const handWritten = `---
title: "Kỳ thi tốt nghiệp THPT năm 2026: Hà Nam có 99,6% thí sinh đỗ"
date: 2026-07-16T10:00:00+07:00
topics: [thi-tot-nghiep-tuyen-sinh, chuong-trinh-giao-duc]
unit: phong-giao-duc-trung-hoc
---
Nội dung **bài**.
`;

describe('parseFile', () => {
	test('splits front matter and body, keeping dates as written', () => {
		const entry = parseFile(handWritten);
		expect(entry.title).toBe('Kỳ thi tốt nghiệp THPT năm 2026: Hà Nam có 99,6% thí sinh đỗ');
		expect(entry.date).toBe('2026-07-16T10:00:00+07:00');
		expect(entry.topics).toEqual(['thi-tot-nghiep-tuyen-sinh', 'chuong-trinh-giao-duc']);
		expect(entry.body).toBe('Nội dung **bài**.\n');
	});

	test('reads a file without front matter as body only', () => {
		expect(parseFile('Chỉ có nội dung')).toEqual({ body: 'Chỉ có nội dung' });
	});
});

describe('stringifyFile', () => {
	test('writes fields in the configured order, without folding long lines or empty values', () => {
		const summary = 'Một câu rất dài '.repeat(12).trim();
		const text = stringifyFile(
			{ summary, title: 'Tiêu đề: có dấu hai chấm', coverCaption: '', body: 'Thân bài\n' },
			['title', 'summary'],
		);
		expect(text).toBe(
			`---\ntitle: "Tiêu đề: có dấu hai chấm"\nsummary: ${summary}\n---\nThân bài\n`,
		);
	});

	test('round-trips through parseFile', () => {
		const entry = {
			title: 'Đổi mới',
			topics: ['a', 'b'],
			date: '2026-01-02T03:04:05+07:00',
			body: '## Mục\n- một\n',
		};
		expect(parseFile(stringifyFile(entry))).toEqual(entry);
	});
});

describe('preservingFormat', () => {
	test('writes an unchanged file back byte for byte', () => {
		const format = preservingFormat();
		const entry = format.fromFile(handWritten);
		expect(format.toFile({ ...entry }, ['title', 'date', 'topics', 'unit'])).toBe(handWritten);
	});

	test('treats an empty field the CMS added as no change', () => {
		const format = preservingFormat();
		const entry = format.fromFile(handWritten);
		expect(format.toFile({ ...entry, coverCaption: '' })).toBe(handWritten);
	});

	test('writes a changed file anew', () => {
		const format = preservingFormat();
		const entry = format.fromFile(handWritten);
		const text = format.toFile({ ...entry, unit: 'so-gddt' }, ['title', 'date', 'topics', 'unit']);
		expect(text).toContain('unit: so-gddt\n');
		expect(text).not.toBe(handWritten);
		expect(parseFile(text)).toEqual({ ...entry, unit: 'so-gddt' });
	});
});
