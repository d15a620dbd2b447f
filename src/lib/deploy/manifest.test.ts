import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { comparePages, formatChanges, pageAddress, pageManifest } from './manifest';

const dir = mkdtempSync(join(tmpdir(), 'manifest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function site(pages: Record<string, string>): string {
	const root = mkdtempSync(join(dir, 'site-'));
	for (const [file, html] of Object.entries(pages)) {
		mkdirSync(join(root, file, '..'), { recursive: true });
		writeFileSync(join(root, file), html);
	}
	return root;
}

describe('pageManifest', () => {
	test('hashes every HTML file under its URL, nothing else', () => {
		const m = pageManifest(
			site({
				'index.html': 'a',
				'tin-tuc/x/index.html': 'b',
				'404.html': 'c',
				'_astro/a.css': 'd',
			}),
		);
		expect(Object.keys(m).sort()).toEqual(['/', '/404.html', '/tin-tuc/x/']);
		expect(m['/']).toMatch(/^[0-9a-f]{64}$/);
	});
});

describe('comparePages', () => {
	test('names the new, changed and removed pages', () => {
		const before = { '/': '1', '/a/': '2', '/b/': '3' };
		const after = { '/': '1', '/a/': '9', '/c/': '4' };
		expect(comparePages(before, after)).toEqual({
			added: ['/c/'],
			changed: ['/a/'],
			removed: ['/b/'],
		});
	});
	test('without an earlier manifest every page is new', () => {
		expect(comparePages(undefined, { '/': '1' }).added).toEqual(['/']);
	});
});

describe('formatChanges', () => {
	test('prints full addresses on the site, base path included', () => {
		expect(pageAddress('https://x.gov.vn/sgd/', '/tin-tuc/')).toBe('https://x.gov.vn/sgd/tin-tuc/');
		expect(
			formatChanges({ added: ['/c/'], changed: ['/a/'], removed: ['/b/'] }, 'https://x.gov.vn'),
		).toEqual(['+ https://x.gov.vn/c/', '~ https://x.gov.vn/a/', '- https://x.gov.vn/b/']);
	});
	test('cuts a long list and says how many more', () => {
		const lines = formatChanges(
			{ added: ['/1/', '/2/', '/3/'], changed: [], removed: [] },
			'https://x',
			2,
		);
		expect(lines).toEqual(['+ https://x/1/', '+ https://x/2/', '… 1 more']);
	});
});
