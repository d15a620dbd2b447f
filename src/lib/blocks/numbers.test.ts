import { describe, expect, test } from 'vitest';
import { formatCell, parseCell, type CellNumber } from './numbers';

const n = (text: string) => parseCell(text) as CellNumber;

describe('parseCell', () => {
	test('reads digits, a decimal mark of either kind, a sign and a percent', () => {
		expect(parseCell('1234')).toEqual({ value: 1234, decimals: 0, percent: false });
		expect(parseCell('98,5')).toEqual({ value: 98.5, decimals: 1, percent: false });
		expect(parseCell('98.50 %')).toEqual({ value: 98.5, decimals: 2, percent: true });
		expect(parseCell('-2,1')).toEqual({ value: -2.1, decimals: 1, percent: false });
	});
	test('leaves text alone', () => {
		expect(parseCell('Phủ Lý')).toBeUndefined();
		expect(parseCell('—')).toBeUndefined();
		expect(parseCell('2025-2026')).toBeUndefined();
	});
	test('refuses a thousands separator, which reads differently in each language', () => {
		expect(parseCell('1.234')).toHaveProperty('error', expect.stringContaining('1234'));
		expect(parseCell('12,345')).toHaveProperty('error');
		expect(parseCell('1.2345')).toEqual({ value: 1.2345, decimals: 4, percent: false });
	});
});

describe('formatCell', () => {
	test('writes each language its own way', () => {
		expect(formatCell(n('12345'), 'vi-VN')).toBe('12.345');
		expect(formatCell(n('12345'), 'en-GB')).toBe('12,345');
		expect(formatCell(n('98,5'), 'vi-VN')).toBe('98,5');
		expect(formatCell(n('98,5'), 'en-GB')).toBe('98.5');
		expect(formatCell(n('7.0%'), 'ko-KR')).toBe('7.0%');
	});
});
