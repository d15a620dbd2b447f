import { describe, expect, test } from 'vitest';
import {
	PeriodError,
	formatDay,
	inPeriod,
	monthsOf,
	parsePeriod,
	parseUtcInstant,
	vietnamDayStart,
	vietnamMonth,
} from './period';

const h1 = parsePeriod('2023-01-01', '2023-06-30');

/** An instant written in ISO 8601 (content dates reach the report as `Date`s from the schemas). */
const at = (iso: string) => new Date(iso);

describe('days in Vietnam time', () => {
	test('a calendar day starts at 00:00 in Vietnam; nonsense is undefined', () => {
		expect(vietnamDayStart('2023-06-30')?.toISOString()).toBe('2023-06-29T17:00:00.000Z');
		for (const bad of ['2023-02-30', '2023-13-01', '18/03/2026', '2026-03-18T08:00', ''])
			expect(vietnamDayStart(bad), bad).toBeUndefined();
		expect(formatDay('2023-06-30')).toBe('30/06/2023');
	});

	test('database timestamps without a zone are UTC (SQLite datetime); an offset is honoured', () => {
		expect(parseUtcInstant('2023-06-30 17:00:00')?.toISOString()).toBe('2023-06-30T17:00:00.000Z');
		expect(parseUtcInstant('2023-06-30T17:00:00.000Z')?.toISOString()).toBe(
			'2023-06-30T17:00:00.000Z',
		);
		expect(parseUtcInstant('2023-07-01T00:00:00+07:00')?.toISOString()).toBe(
			'2023-06-30T17:00:00.000Z',
		);
		expect(parseUtcInstant('2026-03-18T08:00:00.5-05:00')?.toISOString()).toBe(
			'2026-03-18T13:00:00.500Z',
		);
		for (const bad of ['hôm qua', '2023-06-30', '2023-02-30 10:00:00', 20230630, undefined])
			expect(parseUtcInstant(bad), String(bad)).toBeUndefined();
	});

	test('the fixed +07:00 agrees with Intl in Asia/Ho_Chi_Minh', () => {
		const intl = new Intl.DateTimeFormat('en-CA', {
			timeZone: 'Asia/Ho_Chi_Minh',
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
		});
		for (const iso of [
			'2023-06-30T16:59:59Z',
			'2023-06-30T17:00:00Z',
			'2024-02-29T12:00:00Z',
			'1990-12-31T17:30:00Z',
		]) {
			// The day Intl says an instant is in starts, by the fixed offset, at most one day before it.
			const start = vietnamDayStart(intl.format(new Date(iso)))?.getTime() ?? NaN;
			expect(Date.parse(iso) - start, iso).toBeGreaterThanOrEqual(0);
			expect(Date.parse(iso) - start, iso).toBeLessThan(24 * 60 * 60 * 1000);
		}
	});

	test('month bucketing at the Vietnam midnight boundary', () => {
		const lateJune = at('2023-06-30T23:30:00+07:00');
		const earlyJuly = at('2023-07-01T00:10:00+07:00');
		expect(vietnamMonth(lateJune)).toBe('2023-06');
		expect(vietnamMonth(earlyJuly)).toBe('2023-07');
		expect(inPeriod(lateJune, h1)).toBe(true);
		expect(inPeriod(earlyJuly, h1)).toBe(false);
		expect(inPeriod(at('2023-01-01T00:00:00+07:00'), h1)).toBe(true);
		expect(inPeriod(at('2022-12-31T23:59:59+07:00'), h1)).toBe(false);
		expect(inPeriod(undefined, h1)).toBe(false);
	});
});

describe('the period', () => {
	test('spans from 00:00 of --from to the end of --to, Vietnam time, and lists every month', () => {
		expect(h1.start.toISOString()).toBe('2022-12-31T17:00:00.000Z');
		expect(h1.end.toISOString()).toBe('2023-06-30T17:00:00.000Z');
		expect(monthsOf(h1)).toEqual([
			'2023-01',
			'2023-02',
			'2023-03',
			'2023-04',
			'2023-05',
			'2023-06',
		]);
		expect(monthsOf(parsePeriod('2022-11-15', '2023-02-01'))).toEqual([
			'2022-11',
			'2022-12',
			'2023-01',
			'2023-02',
		]);
		expect(monthsOf(parsePeriod('2023-05-05', '2023-05-05'))).toEqual(['2023-05']);
	});

	test.each([
		[undefined, '2023-06-30', /--from và --to/],
		['2023-01-01', undefined, /--from và --to/],
		['2023-02-30', '2023-06-30', /--from "2023-02-30"/],
		['2023-01-01', '30/06/2023', /--to "30\/06\/2023"/],
		['2023-07-01', '2023-06-30', /phải trước hoặc bằng/],
	])('rejects --from %s --to %s', (from, to, message) => {
		expect(() => parsePeriod(from, to)).toThrow(PeriodError);
		expect(() => parsePeriod(from, to)).toThrow(message);
	});
});
