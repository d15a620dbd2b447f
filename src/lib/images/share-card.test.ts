import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, test } from 'vitest';
import { cachedShareCard, cardHeight, cardWidth, renderShareCard, titleSize } from './share-card';

const cover = join(
	import.meta.dirname,
	'../../../tests/fixtures/content/news/tin-da-dich/cover.jpg',
);
const card = {
	title: 'Đà Nẵng và Hà Nam đồng hành đổi mới đào tạo giáo viên giai đoạn 2026–2030',
	section: 'Tin tức',
	siteName: 'Sở Giáo dục và Đào tạo Hà Nam',
	host: 'example.edu.vn',
};
const cache = mkdtempSync(join(tmpdir(), 'share-cards-'));
afterAll(() => rmSync(cache, { recursive: true, force: true }));

describe('share cards', () => {
	test('are 1200 × 630 JPEGs, with or without a cover', async () => {
		for (const input of [card, { ...card, cover }]) {
			const meta = await sharp(await renderShareCard(input)).metadata();
			expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', cardWidth, cardHeight]);
		}
	});

	test('draw the title: a card with text differs from one without', async () => {
		const pixels = async (title: string) =>
			sharp(await renderShareCard({ ...card, title }))
				.raw()
				.toBuffer();
		const [withTitle, without] = await Promise.all([pixels(card.title), pixels(' ')]);
		let changed = 0;
		for (let i = 0; i < withTitle.length; i += 3)
			if (Math.abs(withTitle[i]! - without[i]!) > 64) changed++;
		// Bold 58 px letters over about two lines cover well over 1 % of the card.
		expect(changed / (cardWidth * cardHeight)).toBeGreaterThan(0.01);
	});

	test('draw Hangul from the font: two Korean titles of the same length differ', async () => {
		// Letters a font lacks all come out as the same box (or nothing), so two titles of as many
		// syllables would be the same picture; drawn from the Hangul subset, they are not.
		const pixels = async (title: string) =>
			sharp(
				await renderShareCard({ ...card, title, section: '소식', siteName: '하남성 교육훈련국' }),
			)
				.raw()
				.toBuffer();
		const [korean, other] = await Promise.all([
			pixels('하남성, 한국어 시범 교육 시작'),
			pixels('가가가, 가가가 가가 가가 가가'),
		]);
		let changed = 0;
		for (let i = 0; i < korean.length; i += 3) if (Math.abs(korean[i]! - other[i]!) > 64) changed++;
		expect(changed / (cardWidth * cardHeight)).toBeGreaterThan(0.01);
	});

	test('set long titles smaller', () => {
		expect(titleSize('Khai giảng')).toBeGreaterThan(titleSize(card.title));
		expect(titleSize(card.title.repeat(2))).toBeLessThan(titleSize(card.title));
	});

	test('are drawn once and then read from the cache', async () => {
		const first = await cachedShareCard({ ...card, cover }, cache);
		expect(readdirSync(cache)).toHaveLength(1);
		const again = await cachedShareCard({ ...card, cover }, cache);
		expect(again.equals(first)).toBe(true);
		await cachedShareCard({ ...card, title: `${card.title} (cập nhật)`, cover }, cache);
		expect(readdirSync(cache)).toHaveLength(2);
	});
});
