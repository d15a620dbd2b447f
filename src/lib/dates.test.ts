import { describe, expect, test } from 'vitest';
import { formatDate, formatDateTime, formatNumber, localDate, localYear } from './dates';

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
