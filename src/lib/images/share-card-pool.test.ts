import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { renderShareCard, shareCardFile } from './share-card';
import { drawShareCards, startShareCards } from './share-card-pool';

const cover = join(
	import.meta.dirname,
	'../../../tests/fixtures/content/news/tin-da-dich/cover.jpg',
);
const card = {
	title: 'Hà Nam đồng hành đổi mới đào tạo giáo viên',
	section: 'Tin tức',
	siteName: 'Sở Giáo dục và Đào tạo Hà Nam',
	host: 'example.edu.vn',
};
const placed = [
	{ path: '/tin-tuc/a/share.jpg', card },
	{ path: '/en/news/a/share.jpg', card: { ...card, title: 'Ha Nam and teacher training', cover } },
	// The same card on two pages: drawn once, copied twice.
	{ path: '/share.jpg', card: { ...card, title: 'Thông tin chính thức' } },
	{ path: '/en/share.jpg', card: { ...card, title: 'Thông tin chính thức' } },
];
const tmp = mkdtempSync(join(tmpdir(), 'share-card-pool-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('drawShareCards', () => {
	const cacheDir = join(tmp, 'cache');

	test('draws each distinct card once, on threads, the same bytes as on the main thread', async () => {
		const outDir = join(tmp, 'out');
		const report = await drawShareCards(placed, { cacheDir, outDir, threads: 2 });
		expect(report).toMatchObject({ cards: 4, drawn: 3, threads: 2 });
		expect(readdirSync(cacheDir)).toHaveLength(3);
		for (const { path, card } of placed)
			expect(readFileSync(join(outDir, path)).equals(await renderShareCard(card)), path).toBe(true);
	});

	test('draws nothing the cache already holds, and changes none of its cards', async () => {
		const outDir = join(tmp, 'again');
		const edited = placed.map((p, i) => (i === 0 ? { ...p, card: { ...card, title: 'Sửa' } } : p));
		const report = await drawShareCards(edited, { cacheDir, outDir });
		expect(report).toMatchObject({ cards: 4, drawn: 1 });
		for (const { path } of placed.slice(1))
			expect(readFileSync(join(outDir, path)).equals(readFileSync(join(tmp, 'out', path)))).toBe(
				true,
			);
	});

	test('draws on as many threads as asked for last, and places the cards once all are drawn', async () => {
		const outDir = join(tmp, 'grown');
		const fresh = placed.map((p) => ({ ...p, card: { ...p.card, section: 'Câu chuyện' } }));
		const run = startShareCards(fresh, { cacheDir, threads: 1 });
		run.grow(2);
		expect(await run.finish(outDir)).toMatchObject({ cards: 4, drawn: 3, threads: 2 });
		for (const { path, card } of fresh)
			expect(readFileSync(join(outDir, path)).equals(await renderShareCard(card)), path).toBe(true);
	});

	test('keeps the cache key stable within a design, so an upgrade redraws nothing', async () => {
		// The key of design 5 (frame drawn once, the letters set into it from masks, lines placed by the first font's metrics). A change of key without a new
		// design would redraw every card of every site once; a new design must change it.
		expect(await shareCardFile(card, 'c')).toBe(join('c', '76091e62c771814855723b2fc5ef5552.jpg'));
	});

	test('names the card whose cover cannot be drawn', async () => {
		const broken = join(tmp, 'broken.jpg');
		writeFileSync(broken, 'not a picture');
		await expect(
			drawShareCards([{ path: '/tin-tuc/b/share.jpg', card: { ...card, cover: broken } }], {
				cacheDir,
				outDir: join(tmp, 'broken'),
			}),
		).rejects.toThrow(/share card \/tin-tuc\/b\/share\.jpg \("Hà Nam đồng hành/);
	});
});
