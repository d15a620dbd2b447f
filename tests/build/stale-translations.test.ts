import { describe, expect, test } from 'vitest';
import { readResults } from './builds';
import { Dist } from './dist';

/**
 * A translated page says when its Vietnamese source changed materially after it was translated
 * (src/lib/translation-status.ts, StaleTranslation.astro). Fixture: news/tin-da-dich has a major
 * change note of 2 October and an English file without a `translated` date (taken as of the
 * publication, 1 October); stories/tam-guong-co-giao was updated on 22 September and translated
 * on the 23rd. Sample site: the grade 10 admissions explainer was updated on 2 April, after its
 * translation of 23 March; the digital records news item was translated after its correction.
 */
const results = readResults();
const fixture = new Dist(results.fixture!.outDir);
const site = new Dist(results.site!.outDir);

/** The pages of a build that carry the notice. */
const withNotice = (dist: Dist) =>
	dist.pages().filter((p) => dist.text(p).includes('notice--stale'));

describe('a translation whose Vietnamese source changed after it', () => {
	const doc = fixture.html('/en/news/translated-news/');
	const notice = doc.querySelector('.notice--stale');

	test('says so in the page’s language, naming the day of the change in Vietnam', () => {
		expect(notice?.text.trim()).toBe(
			'This translation may be out of date: the Vietnamese version was updated on 2 October 2026. Read the Vietnamese version',
		);
		expect(notice?.getAttribute('role')).toBe('note');
	});

	test('links to the Vietnamese page, marked as Vietnamese', () => {
		const link = notice?.querySelector('a');
		expect(link?.getAttribute('href')).toBe('/tin-tuc/tin-da-dich/');
		expect(link?.getAttribute('hreflang')).toBe('vi');
		expect(fixture.exists('/tin-tuc/tin-da-dich/')).toBe(true);
	});

	test('stands near the top: after the title and dates, before the cover and the body', () => {
		const html = doc.querySelector('article')!.innerHTML;
		const at = html.indexOf('notice--stale');
		expect(at).toBeGreaterThan(html.indexOf('article__head'));
		expect(at).toBeLessThan(html.indexOf('<figure'));
		expect(at).toBeLessThan(html.indexOf('class="prose"'));
	});

	test('stays out of the search index and its excerpts', () => {
		expect(notice?.getAttribute('data-pagefind-ignore')).toBe('all');
	});
});

describe('the notice is not shown', () => {
	test('on a translation made after the Vietnamese update', () => {
		// The Vietnamese page does carry the update the translation followed.
		expect(fixture.text('/guong-sang/tam-guong-co-giao/')).toContain('22/09/2026');
		expect(
			fixture.html('/en/stories/teacher-in-a-poor-commune/').querySelector('.notice--stale'),
		).toBeNull();
	});

	test('on any page but the stale translation, Vietnamese pages included', () => {
		expect(withNotice(fixture)).toEqual(['/en/news/translated-news/']);
	});
});

describe('the sample site', () => {
	test('shows both states: the admissions explainer is stale, the digital records item is not', () => {
		const stale = site.html('/en/policies/grade-10-public-high-school-admissions-2026-2027/');
		expect(stale.querySelector('.notice--stale')?.text).toContain(
			'the Vietnamese version was updated on 2 April 2026.',
		);
		expect(stale.querySelector('.notice--stale a')?.getAttribute('href')).toBe(
			'/chinh-sach/tuyen-sinh-lop-10-thpt-cong-lap-nam-hoc-2026-2027-ba-bai-thi/',
		);
		const current = site.html('/en/news/digital-school-records-primary-lower-secondary/');
		expect(current.querySelector('.changes')).not.toBeNull();
		expect(current.querySelector('.notice--stale')).toBeNull();
		expect(withNotice(site)).toEqual([
			'/en/policies/grade-10-public-high-school-admissions-2026-2027/',
		]);
	});
});

describe('an incremental build after a major change to the Vietnamese file', () => {
	test('renders the English page again, now saying it may be out of date', () => {
		const before = new Dist(results['incremental-inc-edit']!.outDir);
		const after = new Dist(results['incremental-inc-stale']!.outDir);
		const page = '/en/stories/teacher-in-a-poor-commune/';
		expect(before.html(page).querySelector('.notice--stale')).toBeNull();
		expect(after.html(page).querySelector('.notice--stale')?.text).toContain(
			'updated on 30 November 2026.',
		);
	});
});
