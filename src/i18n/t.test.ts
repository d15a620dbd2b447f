import { describe, expect, test } from 'vitest';
import { localeCodes } from './locales';
import { interpolate, useTranslations } from './t';

describe('useTranslations', () => {
	test('fills named placeholders', () => {
		const vars = { from: '02/03/2021', to: '28/05/2021' };
		expect(useTranslations('en').t('pagination.range', vars)).toBe(
			'Articles from 02/03/2021 to 28/05/2021',
		);
		expect(useTranslations('vi').t('pagination.range', vars)).toBe(
			'Bài từ 02/03/2021 đến 28/05/2021',
		);
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
