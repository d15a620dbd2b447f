import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildFiles, carryAssets, ownAssets, readAssets, writeAssets } from './assets';

const dir = mkdtempSync(join(tmpdir(), 'assets-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function release(name: string, files: Record<string, string>): string {
	const root = join(dir, name);
	for (const [file, body] of Object.entries(files)) {
		mkdirSync(join(root, 'client', file, '..'), { recursive: true });
		writeFileSync(join(root, 'client', file), body);
	}
	writeAssets(root, ownAssets(join(root, 'client')));
	return root;
}

describe('carryAssets', () => {
	test('links in the hashed files the new release lacks, keeps its own unhashed ones', () => {
		const a = release('a', {
			'index.html': 'old',
			'_astro/site.OLD.css': 'old css',
			'pagefind/pagefind.js': 'old entry code',
			'pagefind/fragment/vi_old.pf_fragment': 'old fragment',
		});
		const b = release('b', {
			'index.html': 'new',
			'_astro/site.NEW.css': 'new css',
			'pagefind/pagefind.js': 'new entry code',
		});
		expect(readAssets(b)).toEqual(['_astro/site.NEW.css', 'pagefind/pagefind.js']);
		expect(carryAssets([a], b)).toEqual({ linked: 2, copied: 0 });
		expect(readFileSync(join(b, 'client/_astro/site.OLD.css'), 'utf8')).toBe('old css');
		expect(readFileSync(join(b, 'client/pagefind/pagefind.js'), 'utf8')).toBe('new entry code');
		expect(readFileSync(join(b, 'client/index.html'), 'utf8')).toBe('new');
		// A hard link: the same inode, no second copy on disk.
		expect(statSync(join(b, 'client/_astro/site.OLD.css')).ino).toBe(
			statSync(join(a, 'client/_astro/site.OLD.css')).ino,
		);
	});

	test('carries only a release’s own files, never what it carried itself', () => {
		const c = release('c', { '_astro/site.C.css': 'c' });
		expect(carryAssets([join(dir, 'b')], c).linked).toBe(2);
		// b holds a's carried css, but its list names only its own files.
		expect(() => statSync(join(c, 'client/_astro/site.OLD.css'))).toThrow();
	});

	test('buildFiles: what the release’s build made, without the files carried in', () => {
		// b carried a's stylesheet and search fragment in the first test.
		expect(buildFiles(join(dir, 'b'))).toEqual([
			'_astro/site.NEW.css',
			'index.html',
			'pagefind/pagefind.js',
		]);
	});
});
