import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { backupFeedbackDb } from './backup';
import { openFeedbackStore } from './store';

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'feedback-backup-'));
});
afterEach(() => {
	rmSync(dir, { recursive: true, force: true });
});

const add = (store: ReturnType<typeof openFeedbackStore>, n: number) => {
	for (let i = 0; i < n; i++)
		store.add({
			consultation: 'dang-lay-y-kien',
			group: 'teacher',
			text: `Ý kiến số ${i} về dự thảo quy định thu chi.`,
			locale: 'vi',
			receivedAt: new Date(),
		});
};

test('copies an open database, rows still in its WAL included, into one standalone file', async () => {
	const source = join(dir, 'feedback.sqlite');
	const store = openFeedbackStore(source);
	add(store, 25);
	// The store stays open: its last commits may sit in the -wal file, not yet in the main file.
	const out = join(dir, 'backups', 'copy.sqlite');
	const result = await backupFeedbackDb(source, out);
	add(store, 5);
	store.close();
	expect(result).toMatchObject({ rows: 25, file: out });
	expect(result.pages).toBeGreaterThan(0);
	expect(existsSync(`${out}-wal`)).toBe(false);
	expect(existsSync(`${out}.partial`)).toBe(false);
	const copy = new DatabaseSync(out, { readOnly: true });
	expect(copy.prepare('SELECT count(*) AS n FROM responses').get()).toEqual({ n: 25 });
	expect(copy.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' });
	copy.close();
});

test('replaces an older backup and its stale -wal', async () => {
	const source = join(dir, 'feedback.sqlite');
	const store = openFeedbackStore(source);
	add(store, 3);
	store.close();
	const out = join(dir, 'copy.sqlite');
	writeFileSync(out, 'old');
	writeFileSync(`${out}-wal`, 'stale');
	expect((await backupFeedbackDb(source, out)).rows).toBe(3);
	expect(existsSync(`${out}-wal`)).toBe(false);
	const copy = new DatabaseSync(out, { readOnly: true });
	expect(copy.prepare('SELECT count(*) AS n FROM responses').get()).toEqual({ n: 3 });
	copy.close();
});

test('refuses a missing database, a file that is not one, and copying onto itself, leaving the destination alone', async () => {
	const out = join(dir, 'copy.sqlite');
	writeFileSync(out, 'previous backup');
	await expect(backupFeedbackDb(join(dir, 'none.sqlite'), out)).rejects.toThrow(
		/no such database file/,
	);
	const other = join(dir, 'other.sqlite');
	new DatabaseSync(other).exec('CREATE TABLE t (x)');
	await expect(backupFeedbackDb(other, out)).rejects.toThrow(/not a feedback database/);
	expect(existsSync(`${out}.partial`)).toBe(false);
	await expect(backupFeedbackDb(other, other)).rejects.toThrow(/another file/);
	const { readFileSync } = await import('node:fs');
	expect(readFileSync(out, 'utf8')).toBe('previous backup');
});
