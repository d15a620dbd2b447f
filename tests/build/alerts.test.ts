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
		expect(running.querySelector('a')!.getAttribute('href')).toBe('/tin-tuc/tin-so-1/');
		expect(doc.querySelector('[data-alert="mua-lu-sap-toi"] span')!.hasAttribute('lang')).toBe(
			false,
		);
	});
});
