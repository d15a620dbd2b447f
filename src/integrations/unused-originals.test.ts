import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { dropImagesExcept, imageReferences, referencedAssets } from './unused-originals';

const dirs: string[] = [];
afterEach(() => {
	for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('unused originals', () => {
	test('finds asset names in src, srcset, CSS url() and JSON', () => {
		const text =
			'<img src="/_astro/a.X1.jpg" srcset="/_astro/a.X1_480.webp 480w, /_astro/a.X1_800.webp 800w"> url(/_astro/f.woff2) {"image":"/_astro/t.webp"}';
		expect([...referencedAssets(text)].sort()).toEqual([
			'a.X1.jpg',
			'a.X1_480.webp',
			'a.X1_800.webp',
			'f.woff2',
			't.webp',
		]);
	});

	test('deletes only the images nothing refers to', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'originals-'));
		dirs.push(dir);
		mkdirSync(join(dir, '_astro'));
		mkdirSync(join(dir, 'tin-tuc/x'), { recursive: true });
		for (const f of [
			'photo.A.jpg',
			'photo.A_800.webp',
			'photo.A_480.avif',
			'font.B.woff2',
			'page.C.js',
		])
			writeFileSync(join(dir, '_astro', f), 'x');
		writeFileSync(
			join(dir, 'tin-tuc/x/index.html'),
			'<picture><source srcset="/_astro/photo.A_480.avif 480w"><img src="/_astro/photo.A_800.webp"></picture>',
		);
		const used = new Set(Object.values(await imageReferences(dir)).flat());
		expect(await dropImagesExcept(dir, used)).toEqual(['photo.A.jpg']);
		expect(readdirSync(join(dir, '_astro')).sort()).toEqual([
			'font.B.woff2',
			'page.C.js',
			'photo.A_480.avif',
			'photo.A_800.webp',
		]);
	});
});
