import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { statusCounts, verifyLoad } from '~/lib/feedback/load';
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
 * The feedback server under a short load (the full 100 × 60 s run is `npm run feedback:load`'s
 * default, for the README's figures): the real built server, a real SQLite file, autocannon posting
 * valid and invalid responses as many readers behind the proxy.
 */

const work = mkdtempSync(join(tmpdir(), 'feedback-load-test-'));
const db = join(work, 'feedback.sqlite');
const limit = 5;
let entry: string;
let server: FeedbackServer;

beforeAll(() => {
	// Always a fresh build: the test must exercise the endpoint as the code is now.
	entry = buildFixtureServer({ rebuild: true });
});

afterAll(async () => {
	await server?.stop();
	rmSync(work, { recursive: true, force: true });
});

test('under load every acknowledged post is stored, nothing refused is, and each client is held to its limit', async () => {
	server = await startFeedbackServer(entry, {
		FEEDBACK_DB: db,
		FEEDBACK_RATE_LIMIT: String(limit),
		FEEDBACK_RATE_WINDOW_SECONDS: '600',
	});
	const runId = 'loadtest';
	const load = startLoad({
		url: server.url,
		connections: 30,
		durationSeconds: 6,
		clients: 150,
		runId,
	});
	const figures = await load.done;
	const rows = readRows(db);
	const checks = verifyLoad(load.sent, rows, { runId, limit, windowMs: 600_000 });
	expect(checks.filter((c) => !c.ok)).toEqual([]);
	expect(figures.requests).toBeGreaterThan(1000);
	expect(figures.errors).toBe(0);

	// Every kind of post got its own answer, and the limit refused many: the run tested something.
	const counts = statusCounts(load.sent);
	expect(counts.valid?.['201']).toBeGreaterThan(100);
	expect(counts.valid?.['429']).toBeGreaterThan(100);
	for (const [kind, status] of Object.entries({
		badGroup: 400,
		tooShort: 400,
		unknownConsultation: 404,
		closed: 409,
		honeypot: 400,
		oversized: 413,
	}))
		expect(counts[kind]?.[String(status)], kind).toBeGreaterThan(0);
	// No client stored more than the limit (the window outlasts the run), and the rows are exactly
	// the acknowledged posts plus at most those whose response was cut off when the run ended.
	const acknowledged = load.sent.filter((s) => s.status === 201).length;
	expect(rows.length).toBeGreaterThanOrEqual(acknowledged);
	expect(rows.length).toBeLessThanOrEqual(150 * limit);
	expect(integrityCheck(db)).toBe('ok');

	// The same data judged against a tighter limit than the server's must fail: the check can see a breach.
	const stricter = verifyLoad(load.sent, rows, { runId, limit: limit - 1, windowMs: 600_000 });
	expect(stricter.find((c) => c.name === 'per-client rate limit held')?.ok).toBe(false);
});

/** Runs `npm run feedback:load`'s script with the tests' Node (asynchronously: the server is in this process's care). */
function script(args: string[]): Promise<{ status: number | null; output: string }> {
	return new Promise((resolve) => {
		const child = spawn(process.execPath, [join(root, 'scripts/feedback-load.mjs'), ...args], {
			cwd: root,
			env: { ...process.env, INIT_CWD: undefined },
		});
		let output = '';
		child.stdout.on('data', (d: Buffer) => (output += d.toString()));
		child.stderr.on('data', (d: Buffer) => (output += d.toString()));
		child.on('exit', (status) => resolve({ status, output }));
	});
}

test('the script loads a running server on loopback, prints the figures and checks, and refuses any other address', async () => {
	const run = await script([
		'--url',
		server.url,
		'--db',
		db,
		'--rate-limit',
		String(limit),
		'--connections',
		'10',
		'--duration',
		'3',
		'--clients',
		'40',
	]);
	expect(run.output).toMatch(/requests in [\d.]+ s from 10 connections: [\d,.]+ requests\/s/);
	expect(run.output).toMatch(/latency p50 [\d.]+ ms, p99 [\d.]+ ms; errors 0, timeouts 0/);
	expect(run.output).toContain('ok   acknowledged posts stored');
	expect(run.output).toContain('ok   per-client rate limit held');
	expect(run.output).toContain('SQLite integrity_check: ok');
	expect(run.status, run.output).toBe(0);

	const remote = await script(['--url', 'http://192.0.2.10:4321', '--db', db]);
	expect(remote.status).toBe(2);
	expect(remote.output).toContain('--url must be a loopback address');
});
