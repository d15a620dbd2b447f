import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { acquireLock, LockBusyError, processAlive } from './lock';

let dir: string;
let path: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'lock-'));
	path = join(dir, 'deploy.lock');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('acquireLock', () => {
	test('holds the pid and start time, and is gone once released', async () => {
		const release = await acquireLock(path, { wait: false, say: () => {} });
		const owner = JSON.parse(readFileSync(path, 'utf8'));
		expect(owner.pid).toBe(process.pid);
		expect(Date.parse(owner.startedAt)).not.toBeNaN();
		release();
		expect(existsSync(path)).toBe(false);
	});

	test('a second taker fails at once with --no-wait, naming the holder', async () => {
		writeFileSync(path, JSON.stringify({ pid: 4242, startedAt: '2026-12-01T00:00:00Z' }));
		const attempt = acquireLock(path, { wait: false, say: () => {}, isAlive: () => true });
		await expect(attempt).rejects.toThrow(LockBusyError);
		await expect(attempt).rejects.toThrow(/pid 4242/);
	});

	test('a second taker waits, says so once, and gets the lock when the first releases', async () => {
		const first = await acquireLock(path, { wait: false, say: () => {} });
		const said: string[] = [];
		let got = false;
		const second = acquireLock(path, {
			wait: true,
			pollMs: 10,
			// Our own pid is alive, so the first lock is not stale.
			say: (l) => said.push(l),
		}).then((release) => {
			got = true;
			return release;
		});
		await new Promise((r) => setTimeout(r, 80));
		expect(got).toBe(false);
		expect(said).toHaveLength(1);
		expect(said[0]).toMatch(/waiting for another deploy/);
		first();
		(await second)();
		expect(got).toBe(true);
	});

	test('a lock whose process is dead is taken over with a message', async () => {
		writeFileSync(path, JSON.stringify({ pid: 999_999_999, startedAt: '2026-12-01T00:00:00Z' }));
		const said: string[] = [];
		const release = await acquireLock(path, { wait: false, say: (l) => said.push(l) });
		expect(said.join('\n')).toMatch(/stale lock of dead pid 999999999 taken over/);
		expect(JSON.parse(readFileSync(path, 'utf8')).pid).toBe(process.pid);
		release();
	});

	test('release never removes a lock another deploy took over', async () => {
		const release = await acquireLock(path, { wait: false, say: () => {} });
		writeFileSync(path, JSON.stringify({ pid: 1, startedAt: 'later' }));
		release();
		expect(existsSync(path)).toBe(true);
	});
});

describe('processAlive', () => {
	test('knows this process and not a pid beyond the range', () => {
		expect(processAlive(process.pid)).toBe(true);
		expect(processAlive(999_999_999)).toBe(false);
	});
});
