#!/usr/bin/env node
/**
 * Load on the consultation feedback server, then checks that it held.
 *
 *   npm run feedback:load -- [--connections 100] [--duration 60] [--clients 1000]
 *                            [--server <entry.mjs> | --url <http://127.0.0.1:port> --db <file>]
 *                            [--rate-limit 10] [--window 600] [--site-url <https://…>] [--rebuild]
 *
 * Without --url it starts the built Node server (--server, else the fixture site built once into
 * tests/.tmp/feedback-load-dist) on loopback with a fresh database in a temporary folder, and stops
 * it afterwards. With --url it loads a server already running on this machine (never another:
 * any non-loopback address is refused), whose database --db it reads afterwards; --rate-limit and
 * --window must then be that server's FEEDBACK_RATE_LIMIT and FEEDBACK_RATE_WINDOW_SECONDS, and
 * --site-url the SITE_URL it was built with (default: $SITE_URL, else the sample Department's):
 * the server trusts X-Forwarded-For only for requests to that host.
 *
 * Prints requests/s, p50/p99 latency, errors, timeouts, the statuses per kind of post, and the
 * checks (src/lib/feedback/load.ts): every acknowledged post is in SQLite, nothing refused was
 * stored, every status is the expected one, the per-client rate limit held.
 * Exit codes: 0 all checks passed, 1 a check failed, 2 wrong usage or the server would not start.
 * Needs Node ≥ 22.18 (node:sqlite, type stripping): run it through npm, which uses the project's.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

function fail(message) {
	process.stderr.write(`Lỗi (error): ${message}\n`);
	process.exit(2);
}

if (!process.features.typescript || !process.getBuiltinModule?.('node:sqlite'))
	fail(`cần Node ≥ 22.18, đang chạy ${process.version}; hãy chạy qua "npm run feedback:load"`);
// node:sqlite's experimental notice on every run is noise here; other warnings still print.
process.removeAllListeners('warning');
process.on('warning', (w) => {
	if (!(w.name === 'ExperimentalWarning' && /SQLite/i.test(w.message)))
		process.stderr.write(`${w.name}: ${w.message}\n`);
});

const { formatSummary, verifyLoad, isLoopbackUrl } = await import('../src/lib/feedback/load.ts');
const run = await import('./feedback-load-run.ts');

let args;
try {
	({ values: args } = parseArgs({
		options: {
			connections: { type: 'string', default: '100' },
			duration: { type: 'string', default: '60' },
			clients: { type: 'string', default: '1000' },
			server: { type: 'string' },
			url: { type: 'string' },
			db: { type: 'string' },
			'rate-limit': { type: 'string', default: process.env.FEEDBACK_RATE_LIMIT || '10' },
			window: { type: 'string', default: process.env.FEEDBACK_RATE_WINDOW_SECONDS || '600' },
			'site-url': { type: 'string' },
			rebuild: { type: 'boolean', default: false },
		},
		strict: true,
	}));
} catch (error) {
	fail(error.message);
}

/** A positive integer option, or a clear error naming it. */
function count(name, max) {
	const v = Number(args[name]);
	if (!Number.isInteger(v) || v < 1 || v > max)
		fail(`--${name} must be a whole number from 1 to ${max}, not "${args[name]}"`);
	return v;
}
const connections = count('connections', 1000);
// Bounded in time: at most ten minutes of load.
const duration = count('duration', 600);
// The server remembers at most 10,000 addresses (rate-limit.ts); more would weaken the limit.
const clients = count('clients', 10_000);
const limit = count('rate-limit', 1_000_000);
const windowSeconds = count('window', 86_400);
const here = (p) => resolve(process.env.INIT_CWD ?? process.cwd(), p);
// A built site's SITE_URL; the fixture build (no --url, no --server) always uses the default.
const siteUrl = args.url || args.server ? args['site-url'] || process.env.SITE_URL : undefined;
if (siteUrl && !URL.canParse(siteUrl))
	fail(`--site-url must be an address such as https://example.edu.vn, not "${siteUrl}"`);

let url = args.url;
let db = args.db && here(args.db);
let server;
let work;
if (url) {
	if (!isLoopbackUrl(url))
		fail(`--url must be a loopback address (127.0.0.1, ::1, localhost), not ${url}`);
	if (!db) fail('--url needs --db, the database of that server, to check what it stored');
	if (args.server) fail('--url and --server exclude each other');
} else {
	const entry = args.server
		? here(args.server)
		: run.buildFixtureServer({ rebuild: args.rebuild, log: console.log });
	work = mkdtempSync(join(tmpdir(), 'feedback-load-'));
	db = join(work, 'feedback.sqlite');
	try {
		server = await run.startFeedbackServer(entry, {
			FEEDBACK_DB: db,
			FEEDBACK_RATE_LIMIT: String(limit),
			FEEDBACK_RATE_WINDOW_SECONDS: String(windowSeconds),
		});
	} catch (error) {
		fail(error.message);
	}
	url = server.url;
}

// Rows already in a given database are not this run's.
const before = run.readRows(db).at(-1)?.id ?? 0;
const runId = `r${Date.now().toString(36)}`;
console.log(
	`${connections} connections × ${duration} s, ${clients} simulated clients, against ${url} (database ${db})`,
);
let load;
try {
	load = run.startLoad({ url, connections, durationSeconds: duration, clients, runId, siteUrl });
	const onSignal = () => load.stop();
	process.once('SIGINT', onSignal);
	const figures = await load.done;
	process.off('SIGINT', onSignal);
	const checks = verifyLoad(load.sent, run.readRows(db, before), {
		runId,
		limit,
		windowMs: windowSeconds * 1000,
	});
	console.log(formatSummary(figures, load.sent, checks));
	console.log(`SQLite integrity_check: ${run.integrityCheck(db)}`);
	process.exitCode = checks.every((c) => c.ok) ? 0 : 1;
} finally {
	await server?.stop();
	if (work) rmSync(work, { recursive: true, force: true });
}
