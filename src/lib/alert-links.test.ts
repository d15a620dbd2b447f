import { describe, expect, test } from 'vitest';
import { alertItemProblems, alertTarget } from './alert-links';

const both = {
	vi: { href: '/tin-tuc/bao/', title: 'Bão số 6' },
	en: { href: '/en/news/storm/', title: 'Storm 6' },
};
const viOnly = { vi: { href: '/thong-cao-bao-chi/ret/', title: 'Thông cáo về rét đậm' } };

describe('alertTarget', () => {
	test('leads to the version in the reader’s language where there is one', () => {
		expect(alertTarget(both, 'en', 'vi')).toEqual({
			...both.en,
			locale: 'en',
			otherLanguage: false,
		});
		expect(alertTarget(both, 'vi', 'vi')).toEqual({
			...both.vi,
			locale: 'vi',
			otherLanguage: false,
		});
	});

	test('falls back to the Vietnamese version and says it is in another language', () => {
		expect(alertTarget<'vi' | 'en'>(viOnly, 'en', 'vi')).toEqual({
			...viOnly.vi,
			locale: 'vi',
			otherLanguage: true,
		});
	});

	test('gives nothing when the item has no published version', () => {
		expect(alertTarget<'vi' | 'en'>({}, 'en', 'vi')).toBeUndefined();
	});
});

describe('alertItemProblems', () => {
	const items = new Map([
		['press/ret-dam', { published: true }],
		['press/nhap', { published: false }],
		['news/bao', { published: true }],
	]);
	const kinds = ['news', 'press'];

	test('accepts a notice without an item and one naming a published article', () => {
		expect(
			alertItemProblems(
				[
					{ filePath: 'content/alerts/a.yml' },
					{ filePath: 'content/alerts/b.yml', item: 'press/ret-dam' },
				],
				items,
				kinds,
			),
		).toEqual([]);
	});

	test('names the file, the field and the known items of that kind for an unknown item', () => {
		const [problem, ...rest] = alertItemProblems(
			[{ filePath: 'content/alerts/a.yml', item: 'press/khong-co' }],
			items,
			kinds,
		);
		expect(rest).toEqual([]);
		expect(problem).toMatchObject({ file: 'content/alerts/a.yml', field: 'item' });
		expect(problem!.message).toContain('press/khong-co');
		expect(problem!.message).toContain('known press: press/nhap, press/ret-dam');
	});

	test('lists the kinds when the kind itself is unknown', () => {
		const [problem] = alertItemProblems(
			[{ filePath: 'content/alerts/a.yml', item: 'tintuc/bao' }],
			items,
			kinds,
		);
		expect(problem!.message).toContain('kinds: news, press');
	});

	test('refuses a draft', () => {
		const [problem] = alertItemProblems(
			[{ filePath: 'content/alerts/a.yml', item: 'press/nhap' }],
			items,
			kinds,
		);
		expect(problem).toMatchObject({ field: 'item' });
		expect(problem!.message).toContain('draft');
	});

	test('accepts an item scheduled for later: the catalog holds the notice back until then', () => {
		expect(
			alertItemProblems(
				[{ filePath: 'content/alerts/a.yml', item: 'press/cam-dang' }],
				new Map([['press/cam-dang', { published: false, scheduled: true }]]),
				kinds,
			),
		).toEqual([]);
	});
});
