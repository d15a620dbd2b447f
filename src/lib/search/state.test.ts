import { describe, expect, test } from 'vitest';
import { normalizeQuery } from './fold';
import { dateOfMeta, fillString, pagefindRequest, paramsFromState, stateFromParams } from './state';

describe('stateFromParams and paramsFromState', () => {
	test('read the query, the filters and the sort from the URL', () => {
		const state = stateFromParams(
			new URLSearchParams('q=dao+tao&type=Tin+t%E1%BB%A9c&year=2026&sort=newest&page=3'),
		);
		expect(state).toEqual({
			q: 'dao tao',
			filters: { type: 'Tin tức', year: '2026' },
			sort: 'newest',
		});
	});

	test('ignore empty filters and unknown sort orders', () => {
		expect(stateFromParams(new URLSearchParams('q=&topic=&sort=random'))).toEqual({
			q: '',
			filters: {},
			sort: '',
		});
	});

	test('write a short query string and read it back unchanged', () => {
		const state = stateFromParams(new URLSearchParams('q=Đào tạo&unit=Sở GDĐT&sort=oldest'));
		const query = paramsFromState(state);
		expect(query).toBe('?q=%C4%90%C3%A0o+t%E1%BA%A1o&unit=S%E1%BB%9F+GD%C4%90T&sort=oldest');
		expect(stateFromParams(new URLSearchParams(query))).toEqual(state);
		expect(paramsFromState({ q: ' ', filters: {}, sort: '' })).toBe('');
	});
});

describe('pagefindRequest', () => {
	test('asks for the normalised query with the chosen filters', () => {
		const nfd = 'Đào tạo'.normalize('NFD');
		expect(
			pagefindRequest({ q: ` ${nfd} `, filters: { type: 'Tin tức' }, sort: '' }, normalizeQuery),
		).toEqual({
			term: 'Đào tạo',
			options: { filters: { type: 'Tin tức' } },
		});
	});

	test('sorts by date when asked', () => {
		expect(
			pagefindRequest({ q: 'thi', filters: {}, sort: 'oldest' }, normalizeQuery)?.options.sort,
		).toEqual({ date: 'asc' });
		expect(
			pagefindRequest({ q: 'thi', filters: {}, sort: 'newest' }, normalizeQuery)?.options.sort,
		).toEqual({ date: 'desc' });
	});

	test('lists filtered articles newest first when there are no words', () => {
		expect(pagefindRequest({ q: '', filters: { year: '2026' }, sort: '' }, normalizeQuery)).toEqual(
			{
				term: null,
				options: { filters: { year: '2026' }, sort: { date: 'desc' } },
			},
		);
	});

	test('asks for nothing without words or filters', () => {
		expect(
			pagefindRequest({ q: '  ', filters: {}, sort: 'newest' }, normalizeQuery),
		).toBeUndefined();
	});
});

describe('dateOfMeta', () => {
	test('reads a YYYY-MM-DD day in Vietnam and rejects anything else', () => {
		expect(dateOfMeta('2026-09-05')?.toISOString()).toBe('2026-09-05T05:00:00.000Z');
		expect(dateOfMeta('05/09/2026')).toBeUndefined();
		expect(dateOfMeta(undefined)).toBeUndefined();
	});
});

describe('fillString', () => {
	test('fills placeholders and picks the plural form for the count', () => {
		const forms = {
			one: '{{count}} result for “{{query}}”',
			other: '{{count}} results for “{{query}}”',
		};
		expect(fillString(forms, 'en-GB', { count: 1, query: 'exam' })).toBe('1 result for “exam”');
		expect(fillString(forms, 'en-GB', { count: 1200, query: 'exam' })).toBe(
			'1,200 results for “exam”',
		);
		expect(
			fillString({ other: '{{count}} kết quả cho “{{query}}”' }, 'vi-VN', {
				count: 1200,
				query: 'dao tao',
			}),
		).toBe('1.200 kết quả cho “dao tao”');
	});

	test('leaves a placeholder without a value visible', () => {
		expect(fillString('Không tìm thấy “{{query}}”', 'vi-VN', {})).toBe(
			'Không tìm thấy “{{query}}”',
		);
	});
});
