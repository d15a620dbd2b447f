import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexGroup, mergeEntries, writeSearchIndex, type PagefindEntry } from './search-index';

const entry = (...languages: string[]): PagefindEntry => ({
	version: '1.6.0',
	languages: Object.fromEntries(
		languages.map((l) => [l, { hash: `${l}_0`, wasm: null, page_count: 1 }]),
	),
});

describe('indexGroup', () => {
	it('groups a page by the locale of its first folder', () => {
		expect(indexGroup('/en/news/a/')).toBe('en');
		expect(indexGroup('/ko/')).toBe('ko');
		expect(indexGroup('/tin-tuc/a/')).toBe('vi');
		expect(indexGroup('/')).toBe('vi');
		// A Vietnamese slug starting like a prefix is not that locale.
		expect(indexGroup('/english-club/')).toBe('vi');
	});
});

describe('mergeEntries', () => {
	it('joins the languages of bundles written apart', () => {
		const merged = mergeEntries(entry('en', 'ko'), entry('vi'), 'vi');
		expect(Object.keys(merged.languages).sort()).toEqual(['en', 'ko', 'vi']);
	});
	it('refuses a language found in two groups, naming it', () => {
		expect(() => mergeEntries(entry('vi'), entry('vi'), 'en')).toThrow(/"vi".*\/en\//);
	});
});

describe('writeSearchIndex with a cache', () => {
	const page = (lang: string, title: string, text: string) =>
		`<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${text}</p></main></body></html>`;
	let root: string;
	beforeAll(async () => {
		root = await mkdtemp(join(tmpdir(), 'search-cache-'));
		const pages: Record<string, string> = {
			'tin-tuc/a/index.html': page('vi', 'Học phí năm học mới', 'Đào tạo giáo viên ở Hà Nam.'),
			'tin-tuc/b/index.html': page('vi', 'Tuyển sinh lớp 10', 'Kỳ thi diễn ra vào tháng Sáu.'),
			'en/news/a/index.html': page('en', 'Tuition for the new year', 'Teacher training in Ha Nam.'),
		};
		for (const [file, html] of Object.entries(pages)) {
			await mkdir(dirname(join(root, 'site', file)), { recursive: true });
			await writeFile(join(root, 'site', file), html);
		}
	});
	afterAll(() => rm(root, { recursive: true, force: true }));

	const files = async (dir: string) => {
		const out: Record<string, string> = {};
		for (const f of (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) =>
			e.isFile(),
		))
			out[relative(dir, join(f.parentPath, f.name))] = (
				await readFile(join(f.parentPath, f.name))
			).toString('base64');
		return out;
	};

	it('copies a language whose pages are unchanged, and indexes again one whose are not', async () => {
		const site = join(root, 'site');
		const cache = join(root, 'cache');
		const first = await writeSearchIndex(site, { outputPath: join(root, 'a'), cache });
		expect(first.cached).toEqual([]);
		expect(first.languages).toEqual({ en: 1, vi: 2 });
		// The first build takes both keys while Pagefind reads the pages; the second hits on the first
		// key (a miss there would compare the second key and write the first one anew).
		const keys = () =>
			Promise.all(
				['en', 'vi'].flatMap((l) =>
					['key', 'built-key'].map((k) => readFile(join(cache, l, k), 'utf8')),
				),
			);
		const firstKeys = await keys();
		const second = await writeSearchIndex(site, { outputPath: join(root, 'b'), cache });
		expect(second.cached).toEqual(['en', 'vi']);
		expect(await keys()).toEqual(firstKeys);
		// What the cache gives is what Pagefind wrote, byte for byte.
		expect(await files(join(root, 'b'))).toEqual(await files(join(root, 'a')));

		await writeFile(
			join(site, 'tin-tuc/b/index.html'),
			page('vi', 'Tuyển sinh lớp 10', 'Kỳ thi diễn ra vào tháng Bảy.'),
		);
		const third = await writeSearchIndex(site, { outputPath: join(root, 'c'), cache });
		expect(third.cached).toEqual(['en']);
		await writeSearchIndex(site, { outputPath: join(root, 'd') });
		expect(await files(join(root, 'c'))).toEqual(await files(join(root, 'd')));
		expect(await files(join(root, 'c'))).not.toEqual(await files(join(root, 'a')));

		// A change outside what is indexed (the layout around it) leaves the bundle as it was.
		const en = join(site, 'en/news/a/index.html');
		await writeFile(en, (await readFile(en, 'utf8')).replace('<head>', '<head><meta name="x">'));
		const fourth = await writeSearchIndex(site, { outputPath: join(root, 'e'), cache });
		expect(fourth.cached).toEqual(['en', 'vi']);
		expect(await files(join(root, 'e'))).toEqual(await files(join(root, 'c')));
	});
});

describe('the cache key of the search index', () => {
	it('covers all the code that prepares a page: html.ts and fold.ts import nothing else', async () => {
		// `preparedBy` (search-index.ts) hashes these two files and node-html-parser's version. A new
		// import here must be added there, or a change to it would leave the cache unchanged.
		const imports = async (file: string) =>
			[
				...(await readFile(new URL(`../lib/search/${file}`, import.meta.url), 'utf8')).matchAll(
					/^import .* from '([^']+)';$/gm,
				),
			].map((m) => m[1]);
		expect(await imports('html.ts')).toEqual(['node-html-parser', './fold.ts']);
		expect(await imports('fold.ts')).toEqual([]);
	});
});
