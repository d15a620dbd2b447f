/**
 * The moving parts of the feedback load test, shared by `npm run feedback:load`
 * (scripts/feedback-load.mjs) and the ops tests (tests/ops/feedback-*.test.ts): build the fixture
 * site, start its Node server on loopback with its own database, fire autocannon at
 * `/api/feedback` as many simulated readers behind the reverse proxy, and read back what SQLite
 * holds. What to send and how to judge the outcome is pure logic in src/lib/feedback/load.ts.
 *
 * Erasable TypeScript with `.ts` import specifiers, so Node's type stripping runs it as is.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import {
	isLoopbackUrl,
	planPost,
	type LoadFigures,
	type LoadPlan,
	type SentPost,
	type StoredRow,
} from '../src/lib/feedback/load.ts';
import { limits } from '../src/lib/feedback/validate.ts';
// The site's address when built without SITE_URL: the fixture build's, and the proxy's Host.
import { defaultSiteUrl } from '../src/config/site.ts';

export const root = resolve(import.meta.dirname, '..');

export { defaultSiteUrl };

/** tests/fixtures/content: `dang-lay-y-kien` is open 2020–2099, `da-het-han` closed in 2021. */
export const fixtureConsultations = { open: 'dang-lay-y-kien', closed: 'da-het-han' };

/**
 * Builds the fixture content (whose consultations stay open or closed whatever today's date) into
 * tests/.tmp/feedback-load-dist unless that build is already there, and returns its server entry.
 */
export function buildFixtureServer(
	options: { rebuild?: boolean; log?: (s: string) => void } = {},
): string {
	const base = join(root, 'tests/.tmp/feedback-load-dist');
	const entry = join(base, 'server/entry.mjs');
	if (existsSync(entry) && !options.rebuild) return entry;
	rmSync(base, { recursive: true, force: true });
	options.log?.('building the fixture site (tests/fixtures/content)…');
	const run = spawnSync(
		process.execPath,
		[join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', base],
		{
			cwd: root,
			env: {
				...process.env,
				CONTENT_DIR: join(root, 'tests/fixtures/content'),
				ASTRO_CACHE_DIR: join(root, 'tests/.tmp/cache-feedback-load'),
				ASTRO_TELEMETRY_DISABLED: '1',
				FORCE_COLOR: '0',
				// The server must trust X-Forwarded-For for the host the load sends.
				SITE_URL: defaultSiteUrl,
			},
			encoding: 'utf8',
			maxBuffer: 64 * 1024 * 1024,
		},
	);
	if (run.status !== 0 || !existsSync(entry))
		throw new Error(
			`the fixture build failed (exit ${run.status}):\n${`${run.stdout}\n${run.stderr}`.slice(-3000)}`,
		);
	return entry;
}

export interface FeedbackServer {
	url: string;
	process: ChildProcess;
	output(): string;
	/** Stops the server with `signal` (SIGTERM by default) and waits for it to exit. */
	stop(signal?: NodeJS.Signals): Promise<void>;
}

async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
	});
}

/** Starts the built server on loopback (a free port unless given) and waits until it serves. */
export async function startFeedbackServer(
	entry: string,
	env: Record<string, string>,
	port?: number,
): Promise<FeedbackServer> {
	const p = port ?? (await freePort());
	const child = spawn(process.execPath, [entry], {
		env: { ...process.env, HOST: '127.0.0.1', PORT: String(p), ...env },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let log = '';
	child.stdout!.on('data', (d: Buffer) => (log += d.toString()));
	child.stderr!.on('data', (d: Buffer) => (log += d.toString()));
	const url = `http://127.0.0.1:${p}`;
	const deadline = Date.now() + 30_000;
	for (;;) {
		if (child.exitCode !== null)
			throw new Error(`the feedback server exited (${child.exitCode}):\n${log}`);
		try {
			if ((await fetch(`${url}/`)).ok) break;
		} catch {
			// not listening yet
		}
		if (Date.now() > deadline) {
			child.kill('SIGKILL');
			throw new Error(`the feedback server did not start in 30 s:\n${log}`);
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	return {
		url,
		process: child,
		output: () => log,
		stop: (signal = 'SIGTERM') =>
			new Promise((resolve) => {
				if (child.exitCode !== null || child.signalCode !== null) return resolve();
				child.once('exit', () => resolve());
				child.kill(signal);
			}),
	};
}

/** The part of autocannon's API used here (the package ships no types). */
interface AutocannonRequest {
	method: string;
	path: string;
	headers: Record<string, string>;
	body?: string;
}
interface AutocannonContext {
	post?: SentPost;
}
interface AutocannonResult {
	requests: { total: number; average: number };
	latency: { p50: number; p99: number };
	duration: number;
	errors: number;
	timeouts: number;
	non2xx: number;
}
interface AutocannonInstance {
	stop(): void;
	on(event: 'done', listener: (result: AutocannonResult) => void): void;
}
type Autocannon = (
	options: Record<string, unknown>,
	callback: (error: Error | null, result: AutocannonResult) => void,
) => AutocannonInstance;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

export interface LoadOptions {
	url: string;
	connections: number;
	durationSeconds: number;
	clients: number;
	runId: string;
	/** The public address the server was built with (SITE_URL): requests carry its host. */
	siteUrl?: string;
	consultations?: { open: string; closed: string };
	/** Seconds before a request without a response counts as a timeout (autocannon's default 10). */
	timeoutSeconds?: number;
}

export interface LoadRun {
	/** Every request sent so far, with what came back; grows while the load runs. */
	sent: SentPost[];
	/** Ends the load early (the figures then cover the time it ran). */
	stop(): void;
	done: Promise<LoadFigures>;
}

/**
 * Starts the load: each of `connections` keep-alive connections posts one request after another,
 * each from a simulated client's address. The requests reach the server as the reverse proxy
 * forwards them (README, "Consultation responses"): Host is the site's public host and
 * X-Forwarded-For the reader's address, which the server trusts only for that host, so the rate
 * limit counts per simulated client. Origin is the public https origin, as a browser's form sends.
 */
export function startLoad(o: LoadOptions): LoadRun {
	if (!isLoopbackUrl(o.url))
		throw new Error(`the load runs against this machine only: ${o.url} is not a loopback address`);
	const site = new URL(o.siteUrl ?? defaultSiteUrl);
	const plan: LoadPlan = {
		runId: o.runId,
		clients: o.clients,
		openConsultation: (o.consultations ?? fixtureConsultations).open,
		closedConsultation: (o.consultations ?? fixtureConsultations).closed,
		oversizedBytes: limits.bodyMaxBytes + 1024,
	};
	const sent: SentPost[] = [];
	let seq = 0;
	let resolveDone!: (f: LoadFigures) => void;
	let rejectDone!: (e: Error) => void;
	const done = new Promise<LoadFigures>((res, rej) => {
		resolveDone = res;
		rejectDone = rej;
	});
	const instance = autocannon(
		{
			url: new URL('/api/feedback', o.url).href,
			connections: o.connections,
			duration: o.durationSeconds,
			timeout: o.timeoutSeconds ?? 10,
			method: 'POST',
			requests: [
				{
					// Called once per request, in this process: the n-th request's post, from its client.
					setupRequest(request: AutocannonRequest, context: AutocannonContext) {
						const post = planPost(seq++, plan);
						context.post = { seq: post.seq, kind: post.kind, client: post.client };
						sent.push(context.post);
						request.method = 'POST';
						request.path = '/api/feedback';
						request.headers = {
							Host: site.host,
							'X-Forwarded-Proto': site.protocol.replace(':', ''),
							'X-Forwarded-For': post.address,
							Origin: site.origin,
							Accept: 'application/json',
							'Content-Type': 'application/x-www-form-urlencoded',
						};
						request.body = post.body;
						return request;
					},
					onResponse(status: number, body: string, context: AutocannonContext) {
						const post = context.post;
						if (!post) return;
						post.status = status;
						post.at = Date.now();
						if (status >= 200 && status < 300) {
							try {
								const id = (JSON.parse(body) as { id?: unknown }).id;
								if (typeof id === 'number') post.id = id;
							} catch {
								// no id: the verification reports the acknowledgement as one without an id
							}
						}
					},
				},
			],
		},
		(error, result) => {
			if (error) return rejectDone(error);
			resolveDone({
				connections: o.connections,
				durationSeconds: result.duration,
				requests: result.requests.total,
				requestsPerSecond: result.requests.total / result.duration,
				latencyP50Ms: result.latency.p50,
				latencyP99Ms: result.latency.p99,
				errors: result.errors,
				timeouts: result.timeouts,
			});
		},
	);
	return { sent, stop: () => instance.stop(), done };
}

/** The rows of a feedback database (read by a connection of its own), optionally after an id. */
export function readRows(path: string, afterId = 0): StoredRow[] {
	if (!existsSync(path)) return [];
	const db = new DatabaseSync(path, { readOnly: true });
	try {
		return db
			.prepare('SELECT id, text, received_at FROM responses WHERE id > ? ORDER BY id')
			.all(afterId) as unknown as StoredRow[];
	} finally {
		db.close();
	}
}

/** `PRAGMA integrity_check`'s answer: "ok" for a sound file. */
export function integrityCheck(path: string): string {
	const db = new DatabaseSync(path, { readOnly: true });
	try {
		const rows = db.prepare('PRAGMA integrity_check').all() as { integrity_check: string }[];
		return rows.map((r) => r.integrity_check).join('; ');
	} finally {
		db.close();
	}
}
