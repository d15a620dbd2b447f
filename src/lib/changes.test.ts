import { describe, expect, test } from 'vitest';
import { latestMajor, publicChanges } from './changes';

const n = (date: string, note: string, major = false) => ({ date: new Date(date), note, major });
const vi = [n('2026-10-02', 'Sửa số liệu', true), n('2026-10-01', 'Sửa lỗi chính tả')];

describe('publicChanges', () => {
	test('a language shows its own notes, oldest first', () => {
		expect(publicChanges([n('2026-10-02', 'Figures corrected')], vi, 'en', 'vi')).toEqual({
			notes: [n('2026-10-02', 'Figures corrected')],
			locale: 'en',
		});
		expect(publicChanges(vi, undefined, 'vi', 'vi').notes.map((x) => x.note)).toEqual([
			'Sửa lỗi chính tả',
			'Sửa số liệu',
		]);
	});
	test('a translation without notes shows the Vietnamese ones, marked as Vietnamese', () => {
		expect(publicChanges(undefined, vi, 'en', 'vi').locale).toBe('vi');
		expect(publicChanges([], vi, 'en', 'vi').notes).toHaveLength(2);
	});
});

describe('latestMajor', () => {
	test('is the newest major note, or none', () => {
		expect(latestMajor(vi)?.note).toBe('Sửa số liệu');
		expect(latestMajor([n('2026-10-01', 'nhỏ')])).toBeUndefined();
	});
});
