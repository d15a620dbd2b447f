import { describe, expect, test } from 'vitest';
import { readResults } from './builds';
import { Dist } from './dist';

/**
 * The home page and the one card, on the fixture build (consultations in every state, a featured
 * story without a cover, English for a few items) and the real site (a featured story with one).
 */
const fixture = new Dist(readResults().fixture!.outDir);
const site = new Dist(readResults().site!.outDir);

describe('the home page', () => {
	test('leads with the featured story, its photo loaded first and sized against layout shift', () => {
		const lead = site.html('/').querySelector('.home-lead .card--lead')!;
		const img = lead.querySelector('img')!;
		expect(img.getAttribute('loading')).toBe('eager');
		expect(img.getAttribute('fetchpriority')).toBe('high');
		expect(Number(img.getAttribute('width'))).toBeGreaterThan(0);
		expect(Number(img.getAttribute('height'))).toBeGreaterThan(0);
		expect(img.getAttribute('sizes')).toContain('100vw');
		// No other image on the page competes for the first fetch.
		expect(site.html('/').querySelectorAll('img[fetchpriority="high"]')).toHaveLength(1);
	});

	test('leads with the featured item even without a photo, and leaves it out of its section', () => {
		const doc = fixture.html('/');
		expect(doc.querySelector('.card--lead .card__title')!.text).toBe('Tấm gương cô giáo vùng khó');
		expect(doc.querySelector('#home-stories')).toBeNull();
	});

	test('shows each consultation with its state, open first, and corrects it by the reader’s clock', () => {
		const doc = fixture.html('/');
		const states = doc
			.querySelectorAll('section[aria-labelledby="home-consultations"] .card__state')
			.map((s) => s.getAttribute('data-state'));
		expect(states).toEqual(['open', 'upcoming', 'outcome']);
		const open = doc.querySelector('.card__state[data-state="open"]')!;
		const shown = open.querySelectorAll('[data-when]').filter((p) => !p.hasAttribute('hidden'));
		expect(shown.map((p) => p.text)[0]).toMatch(/^Đang lấy ý kiến — còn [\d.]+ ngày$/);
		expect(shown.map((p) => p.text)[1]).toBe('Hạn góp ý: 17:00, 31/12/2099 (GMT+7)');
		// The state it may turn to is in the page, hidden, for the clock to show.
		expect(open.querySelector('[data-when="closed"]')!.text).toBe('Đã hết hạn góp ý');
		expect(doc.querySelector('script[src*="ConsultationClock"]')).not.toBeNull();
	});

	test('in English, shows only the sections that have items and says how many days are left', () => {
		const doc = fixture.html('/en/');
		for (const section of doc.querySelectorAll('.home-section'))
			expect(section.querySelectorAll('.card').length, section.id).toBeGreaterThan(0);
		// No policy explainer is translated in the fixture: no empty "Policies explained" heading.
		expect(doc.querySelector('#home-policies')).toBeNull();
		expect(fixture.html('/').querySelector('#home-policies')).not.toBeNull();
		const open = doc.querySelector('.card__state[data-state="open"] [data-when="open"]')!;
		expect(open.hasAttribute('hidden')).toBe(false);
		expect(open.text).toMatch(/^Open for comment — [\d,]+ days left$/);
	});
});

describe('the card', () => {
	test('is the same everywhere: kind, title with its own class, date as listed', () => {
		for (const path of ['/', '/tin-tuc/', '/chu-de/chuyen-doi-so/', '/en/']) {
			const card = fixture.html(path).querySelector('.home-sections .card, main .cards .card')!;
			expect(card.querySelector('.card__kind'), path).not.toBeNull();
			expect(card.querySelector('.card__title a'), path).not.toBeNull();
			expect(card.querySelector('.card__meta time')!.text, path).toMatch(
				/^\d{2}\/\d{2}\/\d{4}$|^\d{1,2} [A-Z][a-z]{2,3} \d{4}$/,
			);
		}
	});

	test('has no picture block when the item has no cover', () => {
		for (const card of fixture.html('/tin-tuc/').querySelectorAll('.card--text'))
			expect(card.querySelector('picture, img')).toBeNull();
	});
});
