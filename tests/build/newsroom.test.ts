import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readResults } from './builds';
import { Dist } from './dist';

/**
 * The plan's newsroom features in the fixture build: the press room and its spokesperson rule,
 * clarifications marked up as fact checks, consultations in each state, the legal documents
 * register and its filters.
 */
const dist = new Dist(readResults().fixture!.outDir);
const jsonLd = (path: string) =>
	dist
		.html(path)
		.querySelectorAll('script[type="application/ld+json"]')
		.flatMap((s) =>
			[JSON.parse(s.textContent) as Record<string, unknown> | Record<string, unknown>[]].flat(),
		);

describe('press room and press releases', () => {
	test('the press room names each spokesperson with phone and e-mail, in both languages, and lists the releases', () => {
		for (const [path, title, release] of [
			['/phong-bao-chi/', 'Phó Giám đốc Sở', '/thong-cao-bao-chi/thong-cao-mau/'],
			['/en/press-room/', 'Deputy Director', '/en/press-releases/sample-press-release/'],
		] as const) {
			const doc = dist.html(path);
			const person = doc.querySelector('.person')!;
			expect(person.querySelector('.person__name')!.text).toBe('Nguyễn Văn Đức');
			expect(person.querySelector('.person__title')!.text).toBe(title);
			expect(person.querySelector('a[href="tel:02263000999"]')).not.toBeNull();
			expect(person.querySelector('a[href="mailto:phatngon@hanam.edu.vn"]')).not.toBeNull();
			expect(doc.querySelector(`.cards a[href="${release}"]`), path).not.toBeNull();
			expect(doc.querySelector('.facts')!.text).toContain('29/2019/QĐ-UBND');
		}
	});

	test('a press release shows its spokesperson', () => {
		const doc = dist.html('/thong-cao-bao-chi/thong-cao-mau/');
		expect(doc.querySelector('#spokesperson')!.text).toBe('Người phát ngôn');
		expect(doc.querySelector('.person__name')!.text).toBe('Nguyễn Văn Đức');
	});
});

describe('clarifications', () => {
	const vi = '/lam-ro-thong-tin/lam-ro-tin-so-1/';
	const en = '/en/clarifications/clarification-news-item-1/';

	test('the claim is set apart with its origin, date and verdict, then the sources', () => {
		const doc = dist.html(vi);
		expect(doc.querySelector('.claim__text')!.text.trim()).toBe('Trường học đóng cửa cả tháng.');
		expect(doc.querySelector('.claim__origin')!.text).toContain('Mạng xã hội');
		expect(doc.querySelector('.claim__origin')!.text).toContain('01/05/2026');
		expect(doc.querySelector('.verdict')!.text).toBe('Sai sự thật');
		expect(doc.querySelector('.verdict')!.classList.contains('verdict--false')).toBe(true);
		expect(doc.querySelector('.sources a[href="/tin-tuc/tin-so-1/"]')!.text).toBe('Tin số 1');
	});

	test('search engines read it as a fact check (schema.org ClaimReview)', () => {
		const review = jsonLd(en).find((d) => d['@type'] === 'ClaimReview')!;
		expect(review).toBeDefined();
		expect(review.claimReviewed).toBe('Schools are closed for a month.');
		expect(review.inLanguage).toBe('en');
		expect(review.reviewRating).toMatchObject({
			'@type': 'Rating',
			ratingValue: 1,
			bestRating: 5,
			worstRating: 1,
			alternateName: 'False',
		});
		expect(review.itemReviewed).toMatchObject({
			'@type': 'Claim',
			datePublished: '2026-05-01T13:00:00.000Z',
		});
		expect(String(review.url)).toMatch(/\/en\/clarifications\/clarification-news-item-1\/$/);
		expect(jsonLd('/tin-tuc/tin-so-1/').some((d) => d['@type'] === 'ClaimReview')).toBe(false);
	});

	test('an untranslated origin shows in Vietnamese, marked as such', () => {
		const origin = dist.html(en).querySelector('.claim__origin span[lang="vi"]')!;
		expect(origin.text).toBe('Mạng xã hội');
	});

	test('listed on their own page and linked from the article they concern', () => {
		expect(dist.html('/lam-ro-thong-tin/').querySelector(`a[href="${vi}"]`)).not.toBeNull();
		const notice = dist.html('/tin-tuc/tin-so-1/').querySelector('.notice--clarified')!;
		expect(notice.querySelector(`a[href="${vi}"]`)!.text).toBe('Làm rõ thông tin sai về tin số 1');
		expect(dist.html('/tin-tuc/tin-so-2/').querySelector('.notice--clarified')).toBeNull();
	});
});

describe('consultations', () => {
	const page = (slug: string) => dist.html(`/lay-y-kien/${slug}/`);
	const state = (slug: string) =>
		page(slug).querySelector('[data-consultation]')!.getAttribute('data-state');

	test('each page says its state as of the build', () => {
		expect(state('sap-lay-y-kien')).toBe('upcoming');
		expect(state('dang-lay-y-kien')).toBe('open');
		expect(state('da-het-han')).toBe('closed');
		expect(state('da-co-ket-qua')).toBe('outcome');
		expect(page('dang-lay-y-kien').querySelector('.badge--open:not([hidden])')!.text).toBe(
			'Đang lấy ý kiến',
		);
	});

	test('the form is on open pages, sent hidden on upcoming ones for the clock to show, absent once closed', () => {
		const open = page('dang-lay-y-kien').querySelector('[data-feedback]')!;
		expect(open.hasAttribute('hidden')).toBe(false);
		const form = open.querySelector('form')!;
		expect(form.getAttribute('method')).toBe('post');
		expect(form.getAttribute('action')).toBe('/api/feedback');
		expect(form.querySelector('input[name="consultation"]')!.getAttribute('value')).toBe(
			'dang-lay-y-kien',
		);
		expect(
			form.querySelectorAll('input[name="group"]').map((r) => r.getAttribute('value')),
		).toEqual(['student', 'parent', 'teacher', 'manager', 'press', 'other']);
		expect(form.querySelector('textarea')!.getAttribute('maxlength')).toBe('5000');
		expect(page('sap-lay-y-kien').querySelector('[data-feedback]')!.hasAttribute('hidden')).toBe(
			true,
		);
		expect(page('da-het-han').querySelector('[data-feedback]')).toBeNull();
		expect(page('da-co-ket-qua').querySelector('[data-feedback]')).toBeNull();
		expect(page('da-het-han').querySelector('.consultation__notice')!.text).toContain(
			'Đã hết hạn nhận góp ý',
		);
	});

	test('the English page keeps the form, in English, posting the English locale', () => {
		const doc = dist.html('/en/consultations/draft-school-uniforms/');
		expect(doc.querySelector('#feedback-title')!.text).toBe('Send your comments');
		expect(doc.querySelector('input[name="locale"]')!.getAttribute('value')).toBe('en');
		expect(doc.querySelector('input[name="back"]')!.getAttribute('value')).toBe(
			'/en/consultations/draft-school-uniforms/',
		);
	});

	test('the draft and the outcome report are published as PDFs and linked with their size', () => {
		const doc = page('da-co-ket-qua');
		expect(doc.querySelector('.outcome')!.text).toContain('Sở nhận được 57 ý kiến');
		for (const href of [
			'/lay-y-kien/da-co-ket-qua/du-thao.pdf',
			'/lay-y-kien/da-co-ket-qua/bao-cao.pdf',
		]) {
			const link = doc.querySelector(`a[href="${href}"]`)!;
			expect(link.getAttribute('type')).toBe('application/pdf');
			expect(readFileSync(dist.file(href)!).subarray(0, 5).toString('latin1')).toBe('%PDF-');
			expect(link.parentNode!.text).toMatch(/PDF, 1 kB/);
		}
	});
});

describe('legal documents register', () => {
	const numbers = (path: string) =>
		dist
			.html(path)
			.querySelectorAll('.register tbody tr')
			.map((r) => r.querySelector('span[lang="vi"]')!.text);

	test('newest issued first, with the Decree 42/2022 facts on each page', () => {
		expect(numbers('/van-ban/')).toEqual(['3/KH-SGDĐT', '2/2026/QĐ-UBND', '1/2025/QĐ-UBND']);
		const facts = dist.html('/van-ban/quyet-dinh-2-2026/').querySelector('.facts dl')!.text;
		for (const expected of [
			'Quyết định',
			'2/2026/QĐ-UBND',
			'Ủy ban nhân dân tỉnh Hà Nam',
			'Người ký mẫu',
			'01/02/2026',
			'01/03/2026',
		])
			expect(facts).toContain(expected);
		expect(dist.exists('/van-ban/quyet-dinh-2-2026/van-ban.pdf')).toBe(true);
	});

	test('filters by type and by Vietnam year are static pages, only where they list something', () => {
		expect(numbers('/van-ban/loai/quyet-dinh/')).toEqual(['2/2026/QĐ-UBND', '1/2025/QĐ-UBND']);
		// Issued at 00:30 on 1 January 2025 in Vietnam: 2025 there, though still 2024 in UTC.
		expect(numbers('/van-ban/nam/2025/')).toEqual(['1/2025/QĐ-UBND']);
		expect(numbers('/van-ban/loai/ke-hoach/nam/2026/')).toEqual(['3/KH-SGDĐT']);
		expect(dist.exists('/van-ban/loai/ke-hoach/nam/2025/')).toBe(false);
		expect(dist.exists('/van-ban/nam/2024/')).toBe(false);
		const current = dist
			.html('/van-ban/loai/quyet-dinh/')
			.querySelectorAll('.filters a[aria-current="page"]')
			.map((a) => a.text);
		expect(current).toEqual(['Quyết định (2)', 'Tất cả']);
	});

	test('English lists only the translated documents, under English URLs', () => {
		const doc = dist.html('/en/documents/');
		expect(doc.querySelectorAll('.register tbody tr')).toHaveLength(1);
		expect(doc.querySelector('.register a')!.getAttribute('href')).toBe(
			'/en/documents/sample-decision-2026/',
		);
		expect(dist.exists('/en/documents/type/decision/year/2026/')).toBe(true);
		expect(dist.exists('/en/documents/type/plan/')).toBe(false);
		const page = dist.html('/en/documents/sample-decision-2026/');
		expect(page.querySelector('#document-facts')!.text).toBe('About this document');
		// The signer's name and title stay in Vietnamese, marked as such; the PDF link says its language and size.
		expect(page.querySelectorAll('.facts dd[lang="vi"]').map((dd) => dd.text)).toContain(
			'Người ký mẫu',
		);
		const pdf = page.querySelector('a[href="/van-ban/quyet-dinh-2-2026/van-ban.pdf"]')!;
		expect(pdf.parentNode!.text.replace(/\s+/g, ' ').trim()).toBe(
			'Decision 2/2026/QĐ-UBND (PDF in Vietnamese, 1 kB)',
		);
	});
});

describe('a legal document as search engines and social networks see it', () => {
	test.each([
		['/van-ban/quyet-dinh-2-2026/', 'vi', 'Quyết định'],
		['/en/documents/sample-decision-2026/', 'en', 'Decision'],
	])('%s is schema.org Legislation with its own share card', (path, lang, type) => {
		const doc = dist.html(path);
		const legislation = jsonLd(path).find((ld) => ld['@type'] === 'Legislation');
		expect(legislation).toMatchObject({
			inLanguage: lang,
			legislationIdentifier: '2/2026/QĐ-UBND',
			legislationType: type,
			legislationDate: '2026-02-01',
			legislationDateOfApplicability: '2026-03-01',
			encoding: { encodingFormat: 'application/pdf', inLanguage: 'vi' },
		});
		expect(legislation!.name).toBe(doc.querySelector('h1')!.text.trim());
		const meta = (p: string) =>
			doc.querySelector(`meta[property="${p}"]`)!.getAttribute('content')!;
		expect(meta('og:type')).toBe('article');
		const card = new URL(meta('og:image')).pathname;
		expect(card).toBe(`${path}share.jpg`);
		expect(dist.exists(card)).toBe(true);
		expect(meta('og:image:alt')).toContain('2/2026/QĐ-UBND');
	});
});

describe('consultation forms sent to another service (a purely static deployment)', () => {
	const results = readResults();

	test('the form posts to the configured https endpoint, and the page’s CSP allows that origin for it alone', () => {
		const elsewhere = results['feedback-elsewhere']!;
		expect(elsewhere.status, elsewhere.output.slice(-2000)).toBe(0);
		const doc = new Dist(elsewhere.outDir).html('/lay-y-kien/dang-lay-y-kien/');
		expect(doc.querySelector('[data-feedback] form')!.getAttribute('action')).toBe(
			'https://gopy.example.gov.vn/phan-hoi',
		);
		const csp = doc
			.querySelector('meta[http-equiv="Content-Security-Policy"]')!
			.getAttribute('content')!;
		expect(csp).toContain("form-action 'self' https://gopy.example.gov.vn");
		expect(csp).toContain("connect-src 'self' https://gopy.example.gov.vn");
		expect(csp).toMatch(/script-src 'self';/);
		// The default build keeps everything on the site.
		const own = dist
			.html('/lay-y-kien/dang-lay-y-kien/')
			.querySelector('meta[http-equiv="Content-Security-Policy"]')!
			.getAttribute('content')!;
		expect(own).not.toContain('gopy');
	});

	test('an http:// endpoint fails the build, saying what is allowed', () => {
		const bad = results['bad-feedback-http']!;
		expect(bad.status).not.toBe(0);
		expect(bad.output).toContain('PUBLIC_FEEDBACK_ENDPOINT');
		expect(bad.output).toContain('https://');
	});
});
