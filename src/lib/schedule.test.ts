import { describe, expect, test } from 'vitest';
import {
	buildNow,
	builtAtOf,
	dueItems,
	isDue,
	isLive,
	isPreview,
	parseInstant,
	publishAtTextProblem,
	releaseRecord,
} from './schedule';

const at = (iso: string) => new Date(iso);

describe('buildNow', () => {
	test('BUILD_NOW fixes the clock; unset or blank is the machine clock', () => {
		expect(buildNow({ BUILD_NOW: '2026-12-01T09:00:00+07:00' }).toISOString()).toBe(
			'2026-12-01T02:00:00.000Z',
		);
		const before = Date.now();
		const now = buildNow({}).getTime();
		expect(now).toBeGreaterThanOrEqual(before);
		expect(buildNow({ BUILD_NOW: ' ' }).getTime()).toBeGreaterThanOrEqual(before);
	});

	test('a BUILD_NOW without an offset stops the build, naming the variable', () => {
		expect(() => buildNow({ BUILD_NOW: '2026-12-01T09:00:00' })).toThrow(/BUILD_NOW.*\+07:00/);
		expect(() => buildNow({ BUILD_NOW: 'tomorrow' })).toThrow(/BUILD_NOW/);
	});
});

describe('parseInstant', () => {
	test('takes date-times with offsets only', () => {
		expect(parseInstant('2026-12-10T09:00:00.000+07:00')?.toISOString()).toBe(
			'2026-12-10T02:00:00.000Z',
		);
		expect(parseInstant('2026-12-10T02:00Z')?.toISOString()).toBe('2026-12-10T02:00:00.000Z');
		expect(parseInstant('2026-12-10')).toBeUndefined();
		expect(parseInstant('2026-12-10T09:00:00')).toBeUndefined();
		expect(parseInstant('2026-13-40T09:00:00+07:00')).toBeUndefined();
	});
});

describe('isDue / isLive', () => {
	const publishAt = at('2026-12-10T09:00:00+07:00');
	test('due from publishAt inclusive', () => {
		expect(isDue(undefined, at('2000-01-01T00:00:00Z'))).toBe(true);
		expect(isDue(publishAt, at('2026-12-10T08:59:59.999+07:00'))).toBe(false);
		expect(isDue(publishAt, at('2026-12-10T09:00:00+07:00'))).toBe(true);
	});
	test('a preview shows scheduled items, never drafts', () => {
		const before = at('2026-12-01T00:00:00+07:00');
		expect(isLive({ publishAt }, before)).toBe(false);
		expect(isLive({ publishAt }, before, true)).toBe(true);
		expect(isLive({ draft: true }, before, true)).toBe(false);
		expect(isLive({ draft: true, publishAt }, at('2027-01-01T00:00:00Z'))).toBe(false);
		expect(isLive({}, before)).toBe(true);
	});
	test('SITE_PREVIEW=1 is a preview; unset or 0 is not', () => {
		expect(isPreview({ SITE_PREVIEW: '1' })).toBe(true);
		expect(isPreview({ SITE_PREVIEW: '0' })).toBe(false);
		expect(isPreview({})).toBe(false);
	});
});

describe('dueItems', () => {
	const items = [
		{ key: 'press/b', publishAt: at('2026-12-10T09:00:00+07:00') },
		{ key: 'news/a', publishAt: at('2026-12-10T09:00:00+07:00') },
		{ key: 'news/later', publishAt: at('2026-12-10T09:15:01+07:00') },
		{ key: 'news/past', publishAt: at('2026-12-10T08:45:00+07:00') },
		{ key: 'news/draft', draft: true, publishAt: at('2026-12-10T09:05:00+07:00') },
		{ key: 'news/plain' },
	];
	test('lists what became due in (since, now], in time then key order', () => {
		const due = dueItems(items, at('2026-12-10T08:45:00+07:00'), at('2026-12-10T09:15:00+07:00'));
		expect(due.map((i) => i.key)).toEqual(['news/a', 'press/b']);
	});
	test('nothing due when the window holds no publishAt', () => {
		expect(
			dueItems(items, at('2026-12-10T09:00:00+07:00'), at('2026-12-10T09:15:00+07:00')),
		).toEqual([]);
	});
});

describe('release.json', () => {
	test('holds the build time and a short commit, nothing else', () => {
		expect(releaseRecord(at('2026-12-01T09:00:00+07:00'), 'a00fa2f\n')).toEqual({
			builtAt: '2026-12-01T02:00:00.000Z',
			commit: 'a00fa2f',
		});
		expect(releaseRecord(at('2026-12-01T09:00:00+07:00'), undefined).commit).toBeNull();
		expect(releaseRecord(at('2026-12-01T09:00:00+07:00'), 'not a sha').commit).toBeNull();
	});
	test('builtAtOf reads it back, or says what is wrong', () => {
		expect(
			builtAtOf('{"builtAt":"2026-12-01T02:00:00.000Z","commit":null}', 'x').toISOString(),
		).toBe('2026-12-01T02:00:00.000Z');
		expect(() => builtAtOf('<html>', 'https://so.example/release.json')).toThrow(
			'https://so.example/release.json is not JSON',
		);
		expect(() => builtAtOf('{"commit":"abc"}', 'r')).toThrow(/builtAt/);
	});
});

describe('publishAtTextProblem', () => {
	test('accepts a date-time with an offset, quoted or not, and an empty value', () => {
		expect(publishAtTextProblem('2026-12-10T09:00:00.000+07:00')).toBeUndefined();
		expect(publishAtTextProblem("'2026-12-10T09:00:00+07:00'")).toBeUndefined();
		expect(publishAtTextProblem('')).toBeUndefined();
	});
	test('refuses a value without offset or time, in Vietnamese, with the fix', () => {
		expect(publishAtTextProblem('2026-12-10T09:00:00')).toMatch(
			/^"publishAt" \(Hẹn giờ đăng\) phải có ngày, giờ và múi giờ, ví dụ 2026-12-10T09:00:00\+07:00/,
		);
		expect(publishAtTextProblem('2026-12-10')).toContain('2026-12-10T09:00:00+07:00');
	});
});
