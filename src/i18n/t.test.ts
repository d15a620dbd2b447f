import { describe, expect, test } from 'vitest';
import { localeCodes } from './locales';
import { interpolate, useTranslations } from './t';

describe('useTranslations', () => {
	test('fills named placeholders', () => {
		expect(useTranslations('en').t('pagination.status', { page: 2, count: 5 })).toBe('Page 2 of 5');
		expect(useTranslations('vi').t('pagination.status', { page: 2, count: 5 })).toBe('Trang 2 / 5');
	});

	test('picks plural forms by Intl.PluralRules and formats the number', () => {
		const en = useTranslations('en');
		expect(en.plural('list.count', 1)).toBe('1 article');
		expect(en.plural('list.count', 1200)).toBe('1,200 articles');
		expect(useTranslations('vi').plural('list.count', 1200)).toBe('1.200 bài viết');
	});

	test('leaves an unfilled placeholder visible', () => {
		expect(interpolate('Hello {{name}}', {})).toBe('Hello {{name}}');
	});

	test('every locale has a dictionary with a site name', () => {
		for (const l of localeCodes) expect(useTranslations(l).t('site.name')).not.toBe('');
	});
});
