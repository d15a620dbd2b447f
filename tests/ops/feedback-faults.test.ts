import { spawn } from 'node:child_process';
import {
	copyFileSync,
	existsSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { verifyLoad, type SentPost } from '~/lib/feedback/load';
import {
	buildFixtureServer,
	integrityCheck,
	readRows,
	root,
	startFeedbackServer,
	startLoad,
	type FeedbackServer,
} from '../../scripts/feedback-load-run';

/**
 * The feedback server's faults, for real: SIGKILL in the middle of a load, then a restart on the
 * same SQLite file; an online backup taken during a load, restored as the README says onto a
 * server started afresh, and exported.
 */

const work = mkdtempSync(join(tmpdir(), 'feedback-faults-'));
let entry: string;
const servers: FeedbackServer[] = [];
// A generous limit: these tests are about durability, and want many rows written at the fault.
const env = (db: string) => ({
	FEEDBACK_DB: db,
	FEEDBACK_RATE_LIMIT: '200',
	FEEDBACK_RATE_WINDOW_SECONDS: '600',
});
const check = { limit: 200, windowMs: 600_000 };

beforeAll(() => {
	entry = buildFixtureServer({ rebuild: true });
});
afterEach(async () => {
	for (const s of servers.splice(0)) await s.stop('SIGKILL');
});
afterAll(() => {
	rmSync(work, { recursive: true, force: true });
});

async function start(db: string): Promise<FeedbackServer> {
	const s = await startFeedbackServer(entry, env(db));
	servers.push(s);
	return s;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Acknowledged posts as of now (a copy: the load goes on). */
const acknowledged = (sent: readonly SentPost[]) =>
	sent.filter((s) => s.status === 201).map((s) => ({ ...s }));

/** One post as a reader behind the proxy would send it; returns the status and JSON. */
async function postOne(url: string, text: string): Promise<{ status: number; id?: number }> {
	const r = await fetch(`${url}/api/feedback`, {
		method: 'POST',
		headers: {
			// Straight to the server, not through the proxy: the origin is the server's own.
			Origin: new URL(url).origin,
			Accept: 'application/json',
			'Content-Type': 'application/x-www-form-urlencoded',
		},
		body: new URLSearchParams({
			consultation: 'dang-lay-y-kien',
			group: 'teacher',
			locale: 'vi',
			website: '',
			text,
		}).toString(),
	});
	const body = (await r.json()) as { id?: number };
	return { status: r.status, id: body.id };
}

test('kill -9 in the middle of a load loses no acknowledged response', async () => {
	const db = join(work, 'killed.sqlite');
	const first = await start(db);
	const runId = 'kill';
	const load = startLoad({
		url: first.url,
		connections: 40,
		durationSeconds: 20,
		clients: 300,
		runId,
	});
	// Let the load settle, then kill the server with work in flight.
	await sleep(3000);
	const exited = new Promise((r) => first.process.once('exit', (_code, signal) => r(signal)));
	first.process.kill('SIGKILL');
	// Requests sent and not yet answered as the signal goes (each connection has one at a time).
	const inFlight = load.sent.filter((s) => s.status === undefined).length;
	expect(await exited).toBe('SIGKILL');
	// Whatever was acknowledged is known now: no response can come from a dead process.
	const ackedAtKill = acknowledged(load.sent);
	load.stop();
	await load.done;
	expect(ackedAtKill.length).toBeGreaterThan(100);
	// Posts were in flight at the kill (each connection posts one after another).
	expect(inFlight).toBeGreaterThan(0);

	// Before any restart: the file as the killed process left it (its -wal not yet checkpointed).
	expect(existsSync(`${db}-wal`)).toBe(true);
	const second = await start(db);
	expect(integrityCheck(db)).toBe('ok');
	const rows = readRows(db);
	const checks = verifyLoad(load.sent, rows, { runId, ...check });
	expect(checks.filter((c) => !c.ok)).toEqual([]);
	expect(rows.length).toBeGreaterThanOrEqual(ackedAtKill.length);
	const byId = new Map(rows.map((r) => [r.id, r.text]));
	for (const a of ackedAtKill) expect(byId.get(a.id!), `seq ${a.seq}`).toContain(` ${a.seq} `);

	// The restarted server goes on from there.
	const after = await postOne(second.url, 'Sau khi máy chủ khởi động lại, ý kiến vẫn được nhận.');
	expect(after.status).toBe(201);
	expect(after.id).toBeGreaterThan(Math.max(...rows.map((r) => r.id)));
	expect(readRows(db).length).toBe(rows.length + 1);
	const mode = new DatabaseSync(db, { readOnly: true });
	expect(mode.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' });
	mode.close();
	console.log(
		`kill -9: ${ackedAtKill.length} acknowledged before the kill, ${rows.length} rows after restart, ${inFlight} requests in flight at the kill, integrity ok`,
	);
});

/** Runs one of the project's scripts with the tests' Node, asynchronously (the load runs in this process). */
function script(name: string, args: string[]): Promise<{ status: number | null; output: string }> {
	return new Promise((resolve) => {
		const child = spawn(process.execPath, [join(root, 'scripts', name), ...args], {
			cwd: root,
			env: { ...process.env, INIT_CWD: undefined, FEEDBACK_DB: undefined },
		});
		let output = '';
		child.stdout.on('data', (d: Buffer) => (output += d.toString()));
		child.stderr.on('data', (d: Buffer) => (output += d.toString()));
		child.on('exit', (status) => resolve({ status, output }));
	});
}

test('a backup taken during a load restores onto a fresh server with every response acknowledged before it', async () => {
	const db = join(work, 'live.sqlite');
	const backupFile = join(work, 'backups', 'feedback-copy.sqlite');
	const server = await start(db);
	const runId = 'backup';
	const load = startLoad({
		url: server.url,
		connections: 30,
		durationSeconds: 8,
		clients: 300,
		runId,
	});
	await sleep(3000);
	const ackedBefore = acknowledged(load.sent);
	// The backup runs while the load goes on writing.
	const backup = await script('feedback-backup.mjs', ['--db', db, '--out', backupFile]);
	const ackedDuringBackup = acknowledged(load.sent).length;
	await load.done;
	expect(backup.status, backup.output).toBe(0);
	expect(ackedBefore.length).toBeGreaterThan(100);
	// Writes went on while the backup ran or after it: the copy is of a live database.
	expect(readRows(db).length).toBeGreaterThan(ackedBefore.length);

	const copied = Number(/rows copied: (\d+)/.exec(backup.output)?.[1]);
	expect(backup.output).toContain(`Tệp (file): ${backupFile}`);
	const backupRows = readRows(backupFile);
	expect(backupRows.length).toBe(copied);
	expect(copied).toBeGreaterThanOrEqual(ackedBefore.length);
	expect(copied).toBeLessThanOrEqual(readRows(db).length);
	expect(integrityCheck(backupFile)).toBe('ok');

	// Restore as the README says: stop the server, copy the backup over FEEDBACK_DB, remove the
	// stale -wal and -shm, start it again.
	await server.stop();
	copyFileSync(backupFile, db);
	rmSync(`${db}-wal`, { force: true });
	rmSync(`${db}-shm`, { force: true });
	const restored = await start(db);
	const rows = readRows(db);
	expect(rows.length).toBe(copied);
	expect(integrityCheck(db)).toBe('ok');
	// Every response acknowledged before the backup started is there, under its id.
	const byId = new Map(rows.map((r) => [r.id, r.text]));
	for (const a of ackedBefore) expect(byId.get(a.id!), `seq ${a.seq}`).toContain(` ${a.seq} `);
	// Nothing in the copy that the server did not acknowledge or might not have (cut off at the end).
	const judged = verifyLoad(load.sent, rows, { runId, ...check });
	expect(judged.find((c) => c.name === 'nothing stored that was not acknowledged')?.ok).toBe(true);

	const fresh = await postOne(restored.url, 'Ý kiến gửi sau khi khôi phục bản sao lưu.');
	expect(fresh.status).toBe(201);
	expect(readRows(db).length).toBe(copied + 1);

	const csv = join(work, 'export.csv');
	const exported = await script('feedback-export.mjs', [
		'--consultation',
		'dang-lay-y-kien',
		'--db',
		db,
		'--out',
		csv,
	]);
	expect(exported.status, exported.output).toBe(0);
	// A header and one line per response (the load's texts have no line breaks).
	const lines = readFileSync(csv, 'utf8').trimEnd().split(/\r?\n/);
	expect(lines.length).toBe(copied + 2);
	console.log(
		`backup: ${ackedBefore.length} acknowledged before it started, ${ackedDuringBackup} by its end, ${copied} rows copied, restored and exported`,
	);
	writeFileSync(join(work, 'done'), '');
});
