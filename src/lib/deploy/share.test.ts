import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { shareUnchanged } from './share';

const dir = mkdtempSync(join(tmpdir(), 'share-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function client(name: string, files: Record<string, string>): string {
	const root = join(dir, name);
	for (const [file, body] of Object.entries(files)) {
		mkdirSync(join(root, file, '..'), { recursive: true });
		writeFileSync(join(root, file), body);
	}
	return root;
}

describe('shareUnchanged', () => {
	test('links identical files to the previous release and leaves changed and new ones alone', () => {
		const old = client('old', { 'index.html': 'home', 'a/index.html': 'a', 'img.jpg': 'JPEG' });
		const fresh = client('new', {
			'index.html': 'home, edited',
			'a/index.html': 'a',
			'img.jpg': 'JPEG',
			'b/index.html': 'b',
		});
		expect(shareUnchanged(old, fresh)).toEqual({ files: 2, bytes: 5 });
		expect(statSync(join(fresh, 'img.jpg')).ino).toBe(statSync(join(old, 'img.jpg')).ino);
		expect(statSync(join(fresh, 'index.html')).ino).not.toBe(statSync(join(old, 'index.html')).ino);
		expect(readFileSync(join(fresh, 'index.html'), 'utf8')).toBe('home, edited');
		expect(readFileSync(join(fresh, 'b/index.html'), 'utf8')).toBe('b');
		// A second pass counts the files linked already (as an incremental build leaves them), as they are.
		const ino = statSync(join(fresh, 'img.jpg')).ino;
		expect(shareUnchanged(old, fresh)).toEqual({ files: 2, bytes: 5 });
		expect(statSync(join(fresh, 'img.jpg')).ino).toBe(ino);
	});

	test('a same-sized file with other bytes is not shared', () => {
		const old = client('old2', { 'x.css': 'aaaa' });
		const fresh = client('new2', { 'x.css': 'bbbb' });
		expect(shareUnchanged(old, fresh).files).toBe(0);
		expect(readFileSync(join(fresh, 'x.css'), 'utf8')).toBe('bbbb');
	});
});
