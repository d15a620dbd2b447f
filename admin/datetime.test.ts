import { describe, expect, test } from 'vitest';
import { date } from '~/schemas/messages';
import { displayValue, parseWallTime, storedValue, wallTimeAt } from './datetime';

describe('dates as Vietnamese editors write them', () => {
	test('reads day/month/year and 24-hour time', () => {
		expect(parseWallTime('30/11/2026 19:29', true)).toEqual({
			year: 2026,
			month: 11,
			day: 30,
			hour: 19,
			minute: 29,
		});
		expect(parseWallTime('1/2/2027, 7h05', true)).toMatchObject({ month: 2, day: 1, hour: 7 });
		expect(parseWallTime('2026-11-01T08:00', true)).toMatchObject({ month: 11, day: 1, hour: 8 });
		expect(parseWallTime('30/11/2026', false)).toMatchObject({ day: 30, hour: 0 });
	});

	test('refuses what is not a real date, or lacks the time', () => {
		for (const text of ['31/02/2026 08:00', '30/11/2026 24:00', '11/30/2026 7:00 PM', 'mai'])
			expect(parseWallTime(text, true), text).toBeUndefined();
		expect(parseWallTime('30/11/2026', true)).toBeUndefined();
		expect(parseWallTime('30/11/2026 08:00', false)).toBeUndefined();
	});

	test('stores Viet Nam time with its offset, which the build accepts', () => {
		const stored = storedValue(parseWallTime('30/11/2026 08:00', true)!, true);
		expect(stored).toBe('2026-11-30T08:00:00.000+07:00');
		expect(new Date(stored).toISOString()).toBe('2026-11-30T01:00:00.000Z');
		expect(date('Ngày đăng').safeParse(stored).success).toBe(true);
		expect(storedValue(parseWallTime('30/11/2026', false)!, false)).toBe('2026-11-30');
	});

	test('shows stored values on Viet Nam’s clock, whatever the offset they were written with', () => {
		expect(displayValue('2026-11-30T01:00:00Z', true)).toBe('30/11/2026 08:00');
		expect(displayValue('2026-11-30T08:00:00+07:00', true)).toBe('30/11/2026 08:00');
		expect(displayValue(new Date('2026-11-30T20:30:00Z'), true)).toBe('01/12/2026 03:30');
		expect(displayValue('2026-03-01', false)).toBe('01/03/2026');
		expect(displayValue(new Date('2026-03-01'), false)).toBe('01/03/2026');
		expect(displayValue('', true)).toBe('');
		expect(wallTimeAt(new Date('2026-12-31T17:00:00Z'))).toMatchObject({ year: 2027, day: 1 });
	});
});
