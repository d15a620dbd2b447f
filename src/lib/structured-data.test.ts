import { describe, expect, test } from 'vitest';
import { newsArticleJsonLd, organizationJsonLd } from './structured-data';

describe('organizationJsonLd', () => {
	test('describes a government organisation with its contacts', () => {
		const ld = organizationJsonLd({
			name: 'Sở GDĐT',
			url: 'https://x.vn/',
			logo: 'https://x.vn/l.svg',
			unit: { phone: '0226', address: 'Phủ Lý' },
		});
		expect(ld['@type']).toBe('GovernmentOrganization');
		expect(ld).toMatchObject({ telephone: '0226', address: { streetAddress: 'Phủ Lý' } });
		expect(ld).not.toHaveProperty('email');
	});
});

describe('newsArticleJsonLd', () => {
	const base = {
		description: 'd',
		url: 'https://x.vn/a/',
		lang: 'vi',
		published: new Date('2026-09-05T00:30:00Z'),
		publisher: 'Sở',
		author: 'Phòng',
		section: 'Tin tức',
		keywords: ['a', 'b'],
	};

	test('uses ISO dates and falls back to the publish date as modified', () => {
		const ld = newsArticleJsonLd({ ...base, headline: 'Tiêu đề' });
		expect(ld.datePublished).toBe('2026-09-05T00:30:00.000Z');
		expect(ld.dateModified).toBe(ld.datePublished);
		expect(ld.keywords).toBe('a, b');
	});

	test('shortens headlines beyond 110 characters', () => {
		const ld = newsArticleJsonLd({ ...base, headline: 'x'.repeat(200) });
		expect(ld.headline).toHaveLength(110);
	});
});
