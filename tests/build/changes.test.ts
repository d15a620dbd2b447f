import { describe, expect, test } from 'vitest';
import { readResults } from './builds';
import { Dist } from './dist';

/** Change notes and withdrawal, on the fixture build (news/tin-da-dich, news/tin-so-9). */
const dist = new Dist(readResults().fixture!.outDir);

describe('a withdrawn article', () => {
	const doc = dist.html('/tin-tuc/tin-so-9/');

	test('keeps its page, marked withdrawn with the date and the reason', () => {
		const notice = doc.querySelector('.notice--withdrawn')!;
		expect(notice.text).toContain('Bài viết này đã được thu hồi ngày 01/02/2026.');
		expect(notice.text).toContain('Thông tin về lịch thi đã thay đổi; xem thông báo mới.');
		expect(doc.querySelector('h1')!.text).toBe('Tin số 9 về an toàn trường học');
	});

	test('leaves listings, feeds, related articles and search', () => {
		const elsewhere = dist
			.pages()
			.filter((p) => p !== '/tin-tuc/tin-so-9/' && !p.startsWith('/admin/'));
		for (const page of elsewhere) expect(dist.text(page), page).not.toContain('/tin-tuc/tin-so-9/');
		for (const feed of dist.files().filter((f) => f.endsWith('rss.xml')))
			expect(dist.text(feed), feed).not.toContain('tin-so-9');
		expect(doc.querySelector('[data-pagefind-body]')).toBeNull();
		expect(doc.querySelector('share-links')).toBeNull();
	});

	test('stays in the sitemap, since its address still answers', () => {
		expect(dist.text('/sitemap.xml')).toContain('/tin-tuc/tin-so-9/');
	});
});

describe('change notes', () => {
	test('are listed under the article, oldest first, with their dates', () => {
		const items = dist
			.html('/tin-tuc/tin-da-dich/')
			.querySelectorAll('.changes li')
			.map((li) => li.text);
		expect(items).toEqual([
			'Thứ Năm, 01/10/2026, 15:00 (GMT+7): Sửa lỗi chính tả ở đoạn hai.',
			'Thứ Sáu, 02/10/2026, 09:00 (GMT+7): Bổ sung số liệu máy tính bảng đã cấp.',
		]);
	});

	test('show on the English page in Vietnamese, marked so, when the translation has none', () => {
		const list = dist.html('/en/news/translated-news/').querySelector('.changes ol')!;
		expect(list.getAttribute('lang')).toBe('vi');
		expect(list.querySelectorAll('li')).toHaveLength(2);
	});

	test('announce the newest major change in the feeds, and only a major one', () => {
		const feed = dist.text('/tin-tuc/rss.xml');
		expect(feed).toContain('Cập nhật ngày 02/10/2026: Bổ sung số liệu máy tính bảng đã cấp.');
		expect(feed).not.toContain('Sửa lỗi chính tả');
	});
});
