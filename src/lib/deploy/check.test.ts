import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { brokenReference, checkRelease, resolvePath } from './check';

const dir = mkdtempSync(join(tmpdir(), 'check-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function site(pages: Record<string, string>): string {
	const root = mkdtempSync(join(dir, 'site-'));
	for (const [file, body] of Object.entries(pages)) {
		mkdirSync(join(root, file, '..'), { recursive: true });
		writeFileSync(join(root, file), body);
	}
	return root;
}

const complete = {
	'index.html':
		'<link rel="stylesheet" href="/_astro/a.X1.css"><script src="/_astro/b.Y2.js"></script><a href="/tin-tuc/">x</a><img srcset="/_astro/c.webp 1x, /_astro/d.webp 2x"><a href="https://other.example/">y</a><a href="mailto:a@b">m</a>',
	'404.html': '<a href="/">home</a>',
	'en/404.html': '<a href="/en/">home</a>',
	'en/index.html': '<meta property="og:image" content="https://hanam.edu.vn/share.jpg">',
	'share.jpg': '',
	'tin-tuc/index.html': '<a href="../">up</a>',
	'_astro/a.X1.css': '',
	'_astro/b.Y2.js': '',
	'_astro/c.webp': '',
	'_astro/d.webp': '',
};

describe('resolvePath', () => {
	test('serves folders by their index.html, as nginx and static hosts do', () => {
		const files = new Set(['index.html', 'a/index.html', 'b.css']);
		expect(resolvePath('/', files)).toBe('index.html');
		expect(resolvePath('/a/', files)).toBe('a/index.html');
		expect(resolvePath('/a', files)).toBe('a/index.html');
		expect(resolvePath('/b.css', files)).toBe('b.css');
		expect(resolvePath('/c/', files)).toBeUndefined();
	});
});

describe('brokenReference', () => {
	const files = new Set(['index.html', 'tin-tuc/index.html']);
	test('leaves other sites and mail links alone, checks the site’s own', () => {
		expect(
			brokenReference('/', 'https://other.example/x', files, 'https://hanam.edu.vn'),
		).toBeUndefined();
		expect(brokenReference('/', 'tel:0226', files, 'https://hanam.edu.vn')).toBeUndefined();
		expect(
			brokenReference('/', 'https://hanam.edu.vn/tin-tuc/', files, 'https://hanam.edu.vn'),
		).toBeUndefined();
		expect(brokenReference('/tin-tuc/', '../khong-co/', files, 'https://hanam.edu.vn')).toBe(
			'no such file in the release',
		);
	});
});

describe('checkRelease', () => {
	test('passes a complete release', () => {
		expect(checkRelease(site(complete), 'https://hanam.edu.vn')).toEqual([]);
	});
	test('names a missing not-found page and each missing asset with the page that wants it', () => {
		const { ['en/404.html']: _gone, ['_astro/b.Y2.js']: _js, ...rest } = complete;
		expect(checkRelease(site(rest), 'https://hanam.edu.vn')).toEqual([
			'en/404.html: missing (every release needs it: the home page and the not-found pages)',
			'index.html → /_astro/b.Y2.js: no such file in the release',
		]);
	});
	test('checks share images on the site’s own host', () => {
		const { ['share.jpg']: _img, ...rest } = complete;
		expect(checkRelease(site(rest), 'https://hanam.edu.vn')).toEqual([
			'en/index.html → https://hanam.edu.vn/share.jpg: no such file in the release',
		]);
	});
});
