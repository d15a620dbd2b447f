import { describe, expect, test } from 'vitest';
import {
	isTranslated,
	localizedSlug,
	pickLocalized,
	publishedLocales,
	switchTargets,
} from './translations';

const order = ['vi', 'en'] as const;

describe('isTranslated', () => {
	test('counts a locale file with its own title', () => {
		expect(isTranslated({ title: 'School year opens' })).toBe(true);
	});

	test('treats a title-less stub written by the CMS as not translated', () => {
		expect(isTranslated({})).toBe(false);
		expect(isTranslated({ title: '   ' })).toBe(false);
		expect(isTranslated(undefined)).toBe(false);
	});

	test('holds back a translation marked as draft', () => {
		expect(isTranslated({ title: 'Draft', draft: true })).toBe(false);
	});
});

describe('publishedLocales', () => {
	test('lists the source language and real translations only', () => {
		expect(publishedLocales(false, { en: { title: 'x' } }, order, 'vi')).toEqual(['vi', 'en']);
		expect(publishedLocales(false, { en: {} }, order, 'vi')).toEqual(['vi']);
		expect(publishedLocales(false, {}, order, 'vi')).toEqual(['vi']);
	});

	test('publishes nothing while the source is a draft, even if translated', () => {
		expect(publishedLocales(true, { en: { title: 'x' } }, order, 'vi')).toEqual([]);
	});
});

describe('localizedSlug', () => {
	test('uses the folder name in the source language', () => {
		expect(localizedSlug('khai-giang', 'vi', { en: { slug: 'school-opens' } }, 'vi')).toBe(
			'khai-giang',
		);
	});

	test("uses a translation's own slug so English URLs read in English", () => {
		expect(
			localizedSlug('khai-giang', 'en', { en: { title: 't', slug: 'school-opens' } }, 'vi'),
		).toBe('school-opens');
		expect(localizedSlug('khai-giang', 'en', { en: { title: 't' } }, 'vi')).toBe('khai-giang');
	});
});

describe('switchTargets', () => {
	test('prefers the real translation and falls back otherwise', () => {
		expect(
			switchTargets({ vi: '/tin-tuc/a/' }, { vi: '/tin-tuc/', en: '/en/news/', ko: '/ko/sosik/' }),
		).toEqual({
			vi: '/tin-tuc/a/',
			en: '/en/news/',
			ko: '/ko/sosik/',
		});
	});
});

describe('pickLocalized', () => {
	test('uses the locale value when there is one', () => {
		expect(pickLocalized({ vi: 'Chủ đề', en: 'Topic' }, 'en', 'vi')).toEqual({
			text: 'Topic',
			locale: 'en',
		});
	});

	test('falls back to the source language and says so', () => {
		expect(pickLocalized<'vi' | 'en'>({ vi: 'Chủ đề' }, 'en', 'vi')).toEqual({
			text: 'Chủ đề',
			locale: 'vi',
		});
	});
});
