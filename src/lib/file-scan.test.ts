import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { scanFiles } from './file-scan';

const dir = mkdtempSync(join(tmpdir(), 'file-scan-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const cache = join(dir, 'cache', 'scan.json');
const a = join(dir, 'a.md');
const b = join(dir, 'b.md');
writeFileSync(a, 'một');
writeFileSync(b, 'hai');

describe('scanFiles', () => {
	test('derives every file once, then reads only the files that changed', async () => {
		const read: string[] = [];
		const upper = (text: string, file: string) => {
			read.push(file);
			return text.toUpperCase();
		};
		expect([...(await scanFiles([a, b], cache, 'upper 1', upper))]).toEqual([
			[a, 'MỘT'],
			[b, 'HAI'],
		]);
		// Files are read side by side, so in no set order; the results come back in the files' order.
		expect(read.sort()).toEqual([a, b]);

		// Nothing changed: nothing read, the results from the cache.
		read.length = 0;
		expect([...(await scanFiles([a, b], cache, 'upper 1', upper))]).toEqual([
			[a, 'MỘT'],
			[b, 'HAI'],
		]);
		expect(read).toEqual([]);

		// Same size, another time: read again.
		writeFileSync(b, 'ba!');
		utimesSync(b, new Date(), new Date(Date.now() + 5000));
		expect((await scanFiles([a, b], cache, 'upper 1', upper)).get(b)).toBe('BA!');
		expect(read).toEqual([b]);
	});

	test('derives everything again when what it derives changes', async () => {
		const read: string[] = [];
		const length = (text: string, file: string) => {
			read.push(file);
			return text.length;
		};
		expect([...(await scanFiles([a, b], cache, 'length 1', length)).values()]).toEqual([3, 3]);
		expect(read.sort()).toEqual([a, b]);
	});

	test('forgets files no longer there, and scans without a cache (or an unreadable one)', async () => {
		const same = (text: string) => text;
		await scanFiles([a], cache, 'same 1', same);
		expect(Object.keys(JSON.parse(readFileSync(cache, 'utf8')).files)).toEqual([a]);
		writeFileSync(cache, '{ not json');
		expect((await scanFiles([a, b], cache, 'same 1', same)).get(b)).toBe('ba!');
		expect((await scanFiles([a], undefined, 'same 1', same)).get(a)).toBe('một');
	});
});
