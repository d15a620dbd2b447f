import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bodyFileName, pruneBodies, readBody, storedBodyFile, writeBody } from './bodies';

const dir = mkdtempSync(join(tmpdir(), 'bodies-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('body files beside the content store', () => {
	it('names a body by its entry and its digest', () => {
		expect(bodyFileName('a', '1')).toBe(bodyFileName('a', '1'));
		expect(bodyFileName('a', '1')).not.toBe(bodyFileName('a', '2'));
		// The same text under another id is another file: image paths resolve per file.
		expect(bodyFileName('a', '1')).not.toBe(bodyFileName('b', '1'));
		expect(bodyFileName('a', '1')).toMatch(/^[\w-]{32}\.html$/);
	});

	it('reads back what was written, and names the entry when the file is gone', () => {
		writeBody(join(dir, 'news'), 'x.html', '<p>Học phí</p>');
		expect(readBody(join(dir, 'news'), 'x.html', 'content/news/a/index.vi.md')).toBe(
			'<p>Học phí</p>',
		);
		expect(() => readBody(join(dir, 'news'), 'y.html', 'content/news/a/index.vi.md')).toThrow(
			/rendered body of content\/news\/a\/index\.vi\.md is missing/,
		);
	});

	it('removes the files no entry names', () => {
		writeBody(join(dir, 'stories'), 'keep.html', '1');
		writeBody(join(dir, 'stories'), 'old.html', '2');
		expect(pruneBodies(join(dir, 'stories'), new Set(['keep.html']))).toBe(1);
		expect(readdirSync(join(dir, 'stories'))).toEqual(['keep.html']);
		expect(pruneBodies(join(dir, 'none'), new Set())).toBe(0);
	});

	it('finds the body file a stored entry names', () => {
		expect(storedBodyFile({ rendered: { metadata: { bodyFile: 'x.html' } } })).toBe('x.html');
		expect(storedBodyFile({ rendered: { metadata: {} } })).toBeUndefined();
		expect(storedBodyFile({})).toBeUndefined();
	});
});
