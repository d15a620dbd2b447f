import { describe, expect, test } from 'vitest';
import { csvField } from '~/lib/csv';
import { localDate } from '~/lib/dates';
import {
	countByDay,
	countByGroup,
	groupNamesVi,
	summaryText,
	toCsv,
	vietnamDateTime,
} from './export';
import type { StoredResponse } from './store';
import { respondentGroups } from './validate';

const row = (
	id: number,
	receivedAt: string,
	overrides: Partial<StoredResponse> = {},
): StoredResponse => ({
	id,
	consultation: 'du-thao-day-them-2026',
	group: 'parent',
	text: 'Đồng ý với dự thảo.',
	locale: 'vi',
	receivedAt: new Date(receivedAt),
	...overrides,
});

/** Splits a CSV into records of fields, following RFC 4180 (quoted fields may hold commas, quotes, line breaks). */
function parseCsv(csv: string): string[][] {
	const records: string[][] = [];
	let field = '';
	let record: string[] = [];
	let quoted = false;
	for (let i = 0; i < csv.length; i++) {
		const c = csv[i]!;
		if (quoted) {
			if (c === '"' && csv[i + 1] === '"') ((field += '"'), i++);
			else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') (record.push(field), (field = ''));
		else if (c === '\r' && csv[i + 1] === '\n')
			(record.push(field), records.push(record), (field = ''), (record = []), i++);
		else field += c;
	}
	expect(field).toBe('');
	expect(record).toEqual([]);
	return records;
}

describe('Vietnam time', () => {
	test('17:30 UTC on 25 November is 00:30 on 26 November in Vietnam', () => {
		expect(vietnamDateTime(new Date('2026-11-25T17:30:00Z'))).toBe('2026-11-26 00:30:00');
		expect(localDate(new Date('2026-11-25T17:30:00Z'))).toBe('2026-11-26');
		expect(localDate(new Date('2026-11-25T16:59:59Z'))).toBe('2026-11-25');
	});

	test('midnight is 00, not 24', () => {
		expect(vietnamDateTime(new Date('2026-12-31T17:00:00Z'))).toBe('2027-01-01 00:00:00');
	});
});

describe('toCsv', () => {
	test('starts with a BOM, ends every record with CRLF, writes the header', () => {
		expect(toCsv([])).toBe('\uFEFFid,received_at,respondent_group,locale,text\r\n');
	});

	test('writes one record per response, times in Vietnam', () => {
		const csv = toCsv([
			row(7, '2026-11-25T17:30:00Z'),
			row(8, '2026-11-26T03:04:05Z', { group: 'student', locale: 'en', text: 'Good idea' }),
		]);
		expect(csv).toBe(
			'\uFEFFid,received_at,respondent_group,locale,text\r\n' +
				'7,2026-11-26 00:30:00,parent,vi,Đồng ý với dự thảo.\r\n' +
				'8,2026-11-26 10:04:05,student,en,Good idea\r\n',
		);
	});

	test('quotes fields with commas, quotes and line breaks, doubling the quotes', () => {
		const text = 'Ý kiến 1, ý kiến 2\nDòng "hai"';
		const csv = toCsv([row(1, '2026-11-26T03:04:05Z', { text })]);
		expect(csv).toContain(',"Ý kiến 1, ý kiến 2\nDòng ""hai"""\r\n');
		expect(parseCsv(csv.slice(1))[1]).toEqual(['1', '2026-11-26 10:04:05', 'parent', 'vi', text]);
	});

	test('defuses cells a spreadsheet would run as formulas', () => {
		for (const text of [
			'=HYPERLINK("http://x.example","bấm")',
			'+84 912 345 678',
			'-1+1',
			'@SUM(A1)',
			'\tx',
			'\rx',
		]) {
			const [, record] = parseCsv(toCsv([row(1, '2026-11-26T03:04:05Z', { text })]).slice(1));
			expect(record![4]).toBe(`'${text}`);
		}
		expect(csvField('Bình thường = ổn')).toBe('Bình thường = ổn');
		expect(csvField(-1)).toBe('-1');
	});

	test('keeps Vietnamese diacritics as UTF-8', () => {
		const bytes = Buffer.from(
			toCsv([row(1, '2026-11-26T03:04:05Z', { text: 'Học sinh lớp 12 đề nghị.' })]),
			'utf8',
		);
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(bytes.toString('utf8')).toContain('Học sinh lớp 12 đề nghị.');
	});
});

describe('counts', () => {
	const rows = [
		row(1, '2026-11-25T17:30:00Z', { group: 'teacher' }),
		row(2, '2026-11-25T16:00:00Z', { group: 'teacher' }),
		row(3, '2026-11-27T01:00:00Z', { group: 'press' }),
		row(4, '2026-11-26T10:00:00Z', { group: 'teacher' }),
	];

	test('countByGroup lists every group in order, zeros included', () => {
		expect(countByGroup(rows)).toEqual([
			{ group: 'student', count: 0 },
			{ group: 'parent', count: 0 },
			{ group: 'teacher', count: 3 },
			{ group: 'manager', count: 0 },
			{ group: 'press', count: 1 },
			{ group: 'other', count: 0 },
		]);
		expect(countByGroup([]).map((g) => g.group)).toEqual([...respondentGroups]);
	});

	test('countByDay counts Vietnam days, in order', () => {
		expect(countByDay(rows)).toEqual([
			{ day: '2026-11-25', count: 1 },
			{ day: '2026-11-26', count: 2 },
			{ day: '2026-11-27', count: 1 },
		]);
		expect(countByDay([])).toEqual([]);
	});

	test('summaryText names the groups in Vietnamese with the English id', () => {
		const text = summaryText('du-thao-day-them-2026', rows);
		expect(text).toContain('"du-thao-day-them-2026": 4 ý kiến');
		expect(text).toMatch(/Giáo viên \(teacher\) +3\n/);
		expect(text).toMatch(/Học sinh \(student\) +0\n/);
		expect(text).toMatch(/2026-11-26 +2\n/);
		for (const group of respondentGroups)
			expect(text).toContain(`${groupNamesVi[group]} (${group})`);
	});
});
