import { describe, expect, test } from 'vitest';
import { legislationJsonLd, newsArticleJsonLd, organizationJsonLd } from './structured-data';

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

describe('legislationJsonLd', () => {
	const decision = {
		url: 'https://x.vn/van-ban/qd-15/',
		lang: 'en',
		name: 'Tuition fees for the 2026–2027 school year',
		description: 'd',
		identifier: '15/2026/QĐ-UBND',
		type: 'Decision',
		issuer: 'Ha Nam Provincial People’s Committee',
		issued: '2026-08-20',
		effective: '2026-09-01',
		pdf: 'https://x.vn/van-ban/qd-15/qd-15.pdf',
	};

	test('names the document by its number, type, issuer and dates, its text a Vietnamese PDF', () => {
		const ld = legislationJsonLd({ ...decision, today: '2026-11-30' });
		expect(ld).toMatchObject({
			'@type': 'Legislation',
			inLanguage: 'en',
			legislationIdentifier: '15/2026/QĐ-UBND',
			legislationType: 'Decision',
			legislationPassedBy: { name: 'Ha Nam Provincial People’s Committee' },
			legislationDate: '2026-08-20',
			legislationDateOfApplicability: '2026-09-01',
			encoding: { contentUrl: decision.pdf, encodingFormat: 'application/pdf', inLanguage: 'vi' },
		});
		expect(ld).not.toHaveProperty('expires');
	});

	test('is in force from its effective day until it expires', () => {
		const force = (today: string, expired?: string) =>
			legislationJsonLd({ ...decision, today, expired }).legislationLegalForce;
		expect(force('2026-08-31')).toBe('https://schema.org/NotInForce');
		expect(force('2026-09-01')).toBe('https://schema.org/InForce');
		expect(force('2027-06-01', '2027-06-01')).toBe('https://schema.org/NotInForce');
		expect(force('2027-05-31', '2027-06-01')).toBe('https://schema.org/InForce');
	});
});
