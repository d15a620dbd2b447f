import { describe, expect, test } from 'vitest';
import {
	formatDate,
	formatFileSize,
	formatDateTime,
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

	test('formats dates in the page language', () => {
		const d = new Date('2026-09-05T07:30:00+07:00');
		expect(formatDate(d, 'vi-VN')).toBe('5 tháng 9, 2026');
		expect(formatDate(d, 'en-GB')).toBe('5 September 2026');
	});

	test('formats date and time in Vietnam time', () => {
		const d = new Date('2026-09-05T00:30:00Z');
		expect(formatDateTime(d, 'en-GB')).toContain('07:30');
		expect(formatDateTime(d, 'vi-VN')).toContain('07:30');
	});

	test('formats numbers with the locale separators', () => {
		expect(formatNumber(12345, 'vi-VN')).toBe('12.345');
		expect(formatNumber(12345, 'en-GB')).toBe('12,345');
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
