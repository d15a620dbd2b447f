import { describe, expect, test } from 'vitest';
import { readResults } from './builds';
import { Dist } from './dist';

/** Urgent notices in the fixture build: one expired, one running until 2099, one starting in 2098. */
const dist = new Dist(readResults().fixture!.outDir);
const pages = dist.pages().filter((p) => !p.startsWith('/admin/'));

describe('urgent notices', () => {
	test('a running notice is on every page in every language; an expired one is on none', () => {
		for (const page of pages) {
			const html = dist.text(page);
			expect(html, page).toContain('data-alert="lich-thi-thay-doi"');
			expect(html, page).not.toContain('bao-so-9-da-qua');
		}
		expect(pages.length).toBeGreaterThan(20);
	});

	test('a notice that has not started is sent hidden, to be shown by the clock', () => {
		const doc = dist.html('/tin-tuc/');
		const upcoming = doc.querySelector('[data-alert="mua-lu-sap-toi"]')!;
		expect(upcoming.hasAttribute('hidden')).toBe(true);
		expect(upcoming.getAttribute('data-starts')).toBe('2098-08-31T17:00:00.000Z');
		expect(doc.querySelector('[data-alert="lich-thi-thay-doi"]')!.hasAttribute('hidden')).toBe(
			false,
		);
	});

	test('the most severe comes first, and a notice without English shows the Vietnamese, marked as such', () => {
		const doc = dist.html('/en/');
		expect(doc.querySelectorAll('[data-alert]').map((a) => a.getAttribute('data-alert'))).toEqual([
			'mua-lu-sap-toi',
			'lich-thi-thay-doi',
		]);
		const running = doc.querySelector('[data-alert="lich-thi-thay-doi"]')!;
		expect(running.querySelector('[lang="vi"]')!.text).toBe(
			'Lịch thi học kỳ thay đổi: xem chi tiết trên trang tin.',
		);
		expect(running.querySelector('.alert__kind')!.text).toBe('Warning:');
		expect(doc.querySelector('[data-alert="mua-lu-sap-toi"] span')!.hasAttribute('lang')).toBe(
			false,
		);
	});

	test('leads to the chosen article, naming it, in its language or saying it is in Vietnamese', () => {
		const vi = dist.html('/').querySelector('[data-alert="lich-thi-thay-doi"] .alert__link a')!;
		expect(vi.getAttribute('href')).toBe('/tin-tuc/tin-so-1/');
		expect(vi.getAttribute('hreflang')).toBe('vi');
		expect(vi.text.replace(/\s+/g, ' ').trim()).toBe('Chi tiết: Tin số 1 về an toàn trường học');
		expect(vi.hasAttribute('data-other-language')).toBe(false);
		// tin-so-1 has no English version: the English page says where the link goes.
		const en = dist.html('/en/').querySelector('[data-alert="lich-thi-thay-doi"] .alert__link a')!;
		expect(en.getAttribute('href')).toBe('/tin-tuc/tin-so-1/');
		expect(en.getAttribute('hreflang')).toBe('vi');
		expect(en.text.replace(/\s+/g, ' ').trim()).toBe(
			'Details (in Vietnamese): Tin số 1 về an toàn trường học',
		);
		expect(en.querySelector('span[lang="vi"]')!.text).toBe('Tin số 1 về an toàn trường học');
		// A notice without an item has no link.
		expect(dist.html('/en/').querySelector('[data-alert="mua-lu-sap-toi"] a')).toBeNull();
	});

	test('on phones a notice is one disclosure: severity and text in its summary, the link inside', () => {
		const running = dist.html('/').querySelector('[data-alert="lich-thi-thay-doi"]')!;
		const summary = running.querySelector('details.alert__box > summary')!;
		expect(summary.querySelector('.alert__kind')!.text).toBe('Lưu ý:');
		expect(summary.querySelector('.alert__text')).not.toBeNull();
		expect(running.querySelector('details.alert__box > .alert__link a')).not.toBeNull();
	});
});
