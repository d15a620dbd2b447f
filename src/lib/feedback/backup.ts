/**
 * A consistent copy of the feedback database while the server keeps writing to it.
 *
 * Copying the file (cp, rsync) while the server runs can catch the main file and its `-wal` at
 * different moments and give a damaged or incomplete copy. SQLite's online backup API
 * (`backup()` of `node:sqlite`, Node ≥ 22.16; the project's Node is 22.23) copies the database
 * page by page as one snapshot. All pages go in one step (`rate: -1`): the step holds a read
 * transaction for its whole length, so the copy is the database as of one instant, and in WAL mode
 * that read does not block the server's writes. (Smaller steps let writes in between, and each
 * write by another connection makes SQLite restart the copy from the first page: under steady
 * load it might never finish.)
 *
 * The copy is written beside the destination and renamed over it only once it is complete and
 * passes `PRAGMA integrity_check`, so a failed backup never leaves a half-written file under the
 * name of a good one.
 *
 * Erasable TypeScript with `.ts` import specifiers, so Node's type stripping runs it as is.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { backup, DatabaseSync } from 'node:sqlite';

export interface BackupResult {
	/** Rows of `responses` in the copy. */
	rows: number;
	/** Pages copied (SQLite's page count of the source at the snapshot). */
	pages: number;
	/** The copy's file. */
	file: string;
}

/** Copies the database at `source` to `destination` (replacing it) as one consistent snapshot. */
export async function backupFeedbackDb(source: string, destination: string): Promise<BackupResult> {
	// Opening a missing path would create an empty database and back that up.
	if (!existsSync(source)) throw new Error(`${source}: no such database file (FEEDBACK_DB)`);
	if (resolve(source) === resolve(destination))
		throw new Error(`${destination}: the backup must go to another file than the database`);
	mkdirSync(dirname(destination), { recursive: true });
	const partial = `${destination}.partial`;
	for (const f of [partial, `${partial}-wal`, `${partial}-shm`]) rmSync(f, { force: true });
	const db = new DatabaseSync(source);
	let pages: number;
	try {
		// The server may be committing: wait for its write lock rather than fail.
		db.exec('PRAGMA busy_timeout = 5000');
		pages = await backup(db, partial, { rate: -1 });
	} finally {
		db.close();
	}
	let rows: number;
	const copy = new DatabaseSync(partial);
	try {
		const check = copy.prepare('PRAGMA integrity_check').all() as { integrity_check: string }[];
		const answer = check.map((r) => r.integrity_check).join('; ');
		if (answer !== 'ok') throw new Error(`${partial}: integrity_check says ${answer}`);
		// The copy keeps the source's WAL mode; fold everything into the one file so it stands alone.
		copy.exec('PRAGMA wal_checkpoint(TRUNCATE)');
		const table = copy
			.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'responses'")
			.get();
		if (!table) throw new Error(`${source}: not a feedback database (no responses table)`);
		rows = Number((copy.prepare('SELECT count(*) AS n FROM responses').get() as { n: number }).n);
	} catch (error) {
		copy.close();
		for (const f of [partial, `${partial}-wal`, `${partial}-shm`]) rmSync(f, { force: true });
		throw error;
	}
	copy.close();
	// A stale -wal/-shm beside the destination would be replayed over the new copy.
	for (const f of [`${destination}-wal`, `${destination}-shm`]) rmSync(f, { force: true });
	renameSync(partial, destination);
	return { rows, pages, file: destination };
}
