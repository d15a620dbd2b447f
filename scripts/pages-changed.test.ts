import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';

const cli = join(import.meta.dirname, 'pages-changed.mjs');
const dir = mkdtempSync(join(tmpdir(), 'pages-changed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function page(root: string, file: string, html: string) {
	mkdirSync(join(root, file, '..'), { recursive: true });
	writeFileSync(join(root, file), html);
}

/** Runs the CLI as `npm run` would (the tests' Node), from the temporary folder. */
const run = (args: string[]) =>
	spawnSync(process.execPath, [cli, ...args], {
		cwd: dir,
		env: { ...process.env, INIT_CWD: dir, SITE_URL: 'https://sgd.example.gov.vn' },
		encoding: 'utf8',
	});

test('the first publication lists every page and writes the manifest; the next lists what changed', () => {
	const site = join(dir, 'client');
	page(site, 'index.html', 'home');
	page(site, 'tin-tuc/a/index.html', 'a');
	const first = run([
		'--dir',
		'client',
		'--before',
		'cache/pages.json',
		'--write-manifest',
		'cache/pages.json',
	]);
	expect(first.status, first.stderr).toBe(0);
	expect(first.stdout).toContain(
		'pages: 2 new, 0 changed, 0 removed (no earlier manifest: first publication)',
	);
	expect(first.stdout).toContain('+ https://sgd.example.gov.vn/tin-tuc/a/');
	expect(Object.keys(JSON.parse(readFileSync(join(dir, 'cache/pages.json'), 'utf8')))).toEqual([
		'/',
		'/tin-tuc/a/',
	]);

	page(site, 'tin-tuc/a/index.html', 'a, edited');
	page(site, 'en/index.html', 'home in English');
	const second = run(['--dir', 'client', '--before', 'cache/pages.json']);
	expect(second.status, second.stderr).toBe(0);
	expect(second.stdout.trim().split('\n')).toEqual([
		'pages: 1 new, 1 changed, 0 removed',
		'+ https://sgd.example.gov.vn/en/',
		'~ https://sgd.example.gov.vn/tin-tuc/a/',
	]);
});

test('a missing --dir is a usage error', () => {
	const r = run([]);
	expect(r.status).toBe(2);
	expect(r.stderr).toContain('--dir');
	expect(existsSync(join(dir, 'nothing'))).toBe(false);
});
