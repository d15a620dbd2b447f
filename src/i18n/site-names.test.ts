import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { afterEach, describe, expect, test } from 'vitest';
import { identitySchema } from '~/schemas/settings';
import { localeCodes } from './locales';
import { setSiteNames, siteNames } from './site-names';
import { useTranslations } from './t';

const identity = identitySchema.parse(
	load(readFileSync(new URL('../../content/settings/identity.yml', import.meta.url), 'utf8')),
);

afterEach(() => setSiteNames({}));

describe('siteNames', () => {
	test('takes each language from the settings, Vietnamese where a language has none', () => {
		const names = siteNames({
			name: { vi: 'Sở A', en: 'Department A' },
			shortName: { vi: 'Sở A' },
			tagline: { vi: 'Tin chính thức' },
		});
		expect(names.vi['site.name']).toBe('Sở A');
		expect(names.en['site.name']).toBe('Department A');
		// A tagline is prose: none rather than Vietnamese on an English page.
		expect(names.vi['site.tagline']).toBe('Tin chính thức');
		expect(names.en['site.tagline']).toBe('');
		expect(names.en['site.shortName']).toBe('Sở A');
	});

	test('makes t() return the registered names instead of the dictionary', () => {
		setSiteNames(
			siteNames({ name: { vi: 'Sở B' }, shortName: { vi: 'SB' }, tagline: { vi: 'Dòng' } }),
		);
		expect(useTranslations('vi').t('site.name')).toBe('Sở B');
		expect(useTranslations('en').t('site.shortName')).toBe('SB');
		setSiteNames({});
		expect(useTranslations('vi').t('site.name')).not.toBe('Sở B');
	});

	test("keeps the dictionaries' fallback names equal to the identity settings (the CMS and the report use them)", () => {
		const fromSettings = siteNames(identity);
		for (const l of localeCodes)
			for (const key of ['site.name', 'site.shortName', 'site.tagline'] as const)
				expect(useTranslations(l).t(key), `${l} ${key}`).toBe(fromSettings[l][key]);
	});
});
