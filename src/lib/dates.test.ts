import { describe, expect, test } from 'vitest';
import {
	daysLeft,
	formatDate,
	formatFileSize,
	formatDateTime,
	formatLongDate,
	formatNumber,
	localDate,
	localYear,
} from './dates';

describe('dates', () => {
	test('shows a date in Vietnam time, not UTC', () => {
		// 18:00 UTC on 31 December is 01:00 on 1 January in Hà Nam.
		const d = new Date('2026-12-31T18:00:00Z');
		expect(localDate(d)).toBe('2027-01-01');
		expect(localYear(d)).toBe(2027);
	});

	test('writes list dates the Vietnamese way, day first in numbers, and by month name in English', () => {
		const d = new Date('2026-09-05T07:30:00+07:00');
		expect(formatDate(d, 'vi-VN')).toBe('05/09/2026');
		expect(formatDate(d, 'en-GB')).toBe('5 Sept 2026');
		expect(formatDate(new Date('2026-11-20T08:00:00+07:00'), 'vi-VN')).toBe('20/11/2026');
	});

	test('writes a date in a sentence with the month in full in English, on the day in Vietnam', () => {
		// 20:00 UTC on 1 October is 03:00 on 2 October in Hà Nam.
		const d = new Date('2026-10-01T20:00:00Z');
		expect(formatLongDate(d, 'en-GB')).toBe('2 October 2026');
		expect(formatLongDate(d, 'vi-VN')).toBe('02/10/2026');
	});

	test('fills a template with weekday, date, time and the zone label, in Vietnam time', () => {
		// 01:00 UTC is 08:00 in Hà Nam.
		const d = new Date('2026-11-20T01:00:00Z');
		expect(formatDateTime(d, 'vi-VN', '{{weekday}}, {{date}}, {{time}} ({{zone}})', 'GMT+7')).toBe(
			'Thứ Sáu, 20/11/2026, 08:00 (GMT+7)',
		);
		expect(
			formatDateTime(
				d,
				'en-GB',
				'{{weekday}} {{date}}, {{time}} ({{zone}})',
				'Vietnam time, GMT+7',
			),
		).toBe('Friday 20 November 2026, 08:00 (Vietnam time, GMT+7)');
	});

	test('gives the day in Vietnam, not the build machine’s, and a 24-hour clock', () => {
		// 16:30 UTC on 19 November is 23:30 that day in Hà Nam; 17:30 UTC is already the 20th.
		expect(formatDateTime(new Date('2026-11-19T16:30:00Z'), 'en-GB', '{{date}} {{time}}', '')).toBe(
			'19 November 2026 23:30',
		);
		expect(formatDateTime(new Date('2026-11-19T17:30:00Z'), 'vi-VN', '{{date}} {{time}}', '')).toBe(
			'20/11/2026 00:30',
		);
	});

	test('leaves an unknown placeholder visible', () => {
		expect(formatDateTime(new Date(), 'vi-VN', '{{when}}', 'GMT+7')).toBe('{{when}}');
	});

	test('formats numbers with the locale separators', () => {
		expect(formatNumber(12345, 'vi-VN')).toBe('12.345');
		expect(formatNumber(12345, 'en-GB')).toBe('12,345');
	});
});

describe('daysLeft', () => {
	const now = new Date('2026-04-20T17:00:00+07:00');
	test('counts a part of a day as a day', () => {
		expect(daysLeft(new Date('2026-04-30T17:00:00+07:00'), now)).toBe(10);
		expect(daysLeft(new Date('2026-04-30T18:00:00+07:00'), now)).toBe(11);
		expect(daysLeft(new Date('2026-04-20T17:01:00+07:00'), now)).toBe(1);
	});

	test('is never negative after the deadline', () => {
		expect(daysLeft(new Date('2026-04-01T17:00:00+07:00'), now)).toBe(0);
	});
});

describe('formatFileSize', () => {
	test('kilobytes and megabytes with the language’s decimal mark', () => {
		expect(formatFileSize(240_400, 'vi-VN')).toBe('240 kB');
		expect(formatFileSize(1_234_567, 'vi-VN')).toBe('1,2 MB');
		expect(formatFileSize(1_234_567, 'en-GB')).toBe('1.2 MB');
		expect(formatFileSize(12, 'en-GB')).toBe('1 kB');
	});
});
