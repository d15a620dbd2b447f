/**
 * The pure half of the feedback load test (scripts/feedback-load.mjs, tests/ops/feedback-*.test.ts):
 * which post the n-th request sends and from which simulated client, what status each kind of
 * post must get, and the checks run afterwards on what the clients saw and what SQLite holds.
 *
 * Every post carries a marker in its text naming the run, its sequence number and its client, so a
 * stored row can be traced to the request that sent it without trusting the server's ids alone.
 *
 * Erasable TypeScript with `.ts` import specifiers only, so Node's type stripping runs it as is.
 */

/** The kinds of post the load sends: one good one and every refusal the endpoint knows. */
export const postKinds = [
	'valid',
	'badGroup',
	'tooShort',
	'unknownConsultation',
	'closed',
	'honeypot',
	'oversized',
] as const;
export type PostKind = (typeof postKinds)[number];

/**
 * The status each kind must get when the client is within its limit (429 is always acceptable:
 * the limit is taken before the body is read). Anything else, a 5xx above all, fails the run.
 */
export const expectedStatus: Record<PostKind, number> = {
	valid: 201,
	badGroup: 400,
	tooShort: 400,
	unknownConsultation: 404,
	closed: 409,
	honeypot: 400,
	oversized: 413,
};

export interface LoadPlan {
	/** Distinguishes this run's rows from any others in the same file. */
	runId: string;
	/** Number of simulated clients (distinct X-Forwarded-For addresses). */
	clients: number;
	/** An open consultation of the built site. */
	openConsultation: string;
	/** A consultation of the built site that has closed. */
	closedConsultation: string;
	/** Request body size that must be refused (more than the endpoint's limit). */
	oversizedBytes: number;
}

export interface PlannedPost {
	seq: number;
	kind: PostKind;
	client: number;
	address: string;
	body: string;
}

/**
 * The address of simulated client `i`, in 198.18.0.0/15 (RFC 2544, reserved for benchmarks, so it
 * can never be a real reader's); 131,072 distinct addresses.
 */
export function clientAddress(i: number): string {
	if (!Number.isInteger(i) || i < 0 || i >= 1 << 17)
		throw new RangeError(`client index must be 0–131071, not ${i}`);
	return `198.${18 + (i >> 16)}.${(i >> 8) & 255}.${i & 255}`;
}

/** The marker a post's text carries: run, sequence number, client. */
export const marker = (runId: string, seq: number, client: number) =>
	`[load ${runId} ${seq} ${client}]`;

const markerPattern = /\[load (\S+) (\d+) (\d+)\]/;

/** Reads a marker back from a stored text; undefined for a text without one. */
export function parseMarker(
	text: string,
): { runId: string; seq: number; client: number } | undefined {
	const m = markerPattern.exec(text);
	return m ? { runId: m[1]!, seq: Number(m[2]), client: Number(m[3]) } : undefined;
}

/**
 * Half the posts are valid, the other half cycle through the six refusals. Clients are spread
 * by a multiplicative step (coprime with most client counts) so consecutive requests come from
 * different clients and each client sends a mix of kinds over time.
 */
export function planPost(seq: number, plan: LoadPlan): PlannedPost {
	const slot = seq % 12;
	const kind: PostKind = slot < 6 ? 'valid' : postKinds[slot - 5]!;
	const client = (seq * 7919) % plan.clients;
	const tag = marker(plan.runId, seq, client);
	const comment = `Ý kiến thử tải: đề nghị tăng giờ đọc sách ở thư viện trường. ${tag}`;
	const fields: Record<string, string> = {
		consultation: plan.openConsultation,
		group: 'parent',
		locale: 'vi',
		website: '',
		text: comment,
	};
	if (kind === 'badGroup') fields.group = 'alien';
	// Below the 10-character minimum, so it carries no marker: a stored one shows up as unknown.
	if (kind === 'tooShort') fields.text = 'ngắn quá';
	if (kind === 'unknownConsultation') fields.consultation = 'khong-co-dot-lay-y-kien-nay';
	if (kind === 'closed') fields.consultation = plan.closedConsultation;
	if (kind === 'honeypot') fields.website = 'http://spam.example';
	let body = new URLSearchParams(fields).toString();
	if (kind === 'oversized') body += `&padding=${'x'.repeat(plan.oversizedBytes)}`;
	return { seq, kind, client, address: clientAddress(client), body };
}

/** What one request saw. No `status` means no response came (timeout, reset, server killed). */
export interface SentPost {
	seq: number;
	kind: PostKind;
	client: number;
	status?: number;
	/** The row id a 2xx acknowledgement named. */
	id?: number;
	/** When the response came (ms since the epoch). */
	at?: number;
}

/** A stored row, as read from SQLite. */
export interface StoredRow {
	id: number;
	text: string;
	received_at: string;
}

export interface Check {
	name: string;
	ok: boolean;
	detail: string;
}

export interface VerifyOptions {
	runId: string;
	/** FEEDBACK_RATE_LIMIT of the server. */
	limit: number;
	/** FEEDBACK_RATE_WINDOW_SECONDS of the server, in milliseconds. */
	windowMs: number;
	/**
	 * How much shorter than the window a span may be before `limit + 1` requests in it count as a
	 * breach (1 s by default). The limiter reads its clock on arrival; `received_at` is stamped after
	 * the body is read and the client sees the response later still, so requests granted exactly one
	 * window apart can look slightly less apart.
	 */
	slackMs?: number;
	/**
	 * Set when the server restarted during the run (the limiter lives in memory and starts empty):
	 * the rate-limit check then applies to what was answered or stored after this instant only.
	 */
	rateLimitSince?: Date;
}

const sample = (items: readonly unknown[], n = 5) =>
	items.slice(0, n).join(', ') + (items.length > n ? `, … (${items.length})` : '');

function push(map: Map<number, number[]>, key: number, value: number) {
	const list = map.get(key) ?? [];
	list.push(value);
	map.set(key, list);
}

/** The keys having more than `limit` times within a span shorter than `spanMs`, described. */
function overLimit(times: Map<number, number[]>, limit: number, spanMs: number): string[] {
	const out: string[] = [];
	for (const [client, list] of times) {
		list.sort((a, b) => a - b);
		for (let i = 0; i + limit < list.length; i++)
			if (list[i + limit]! - list[i]! < spanMs) {
				out.push(`client ${client}: ${limit + 1} in ${list[i + limit]! - list[i]!} ms`);
				break;
			}
	}
	return out;
}

/**
 * The checks after a run: every acknowledged post is stored under the id it was given; nothing is
 * stored that was refused or invalid; an unacknowledged valid post is stored only if its response
 * never came; every status is the one its kind must get; no client got more than `limit` posts
 * stored within any window.
 */
export function verifyLoad(
	sent: readonly SentPost[],
	rows: readonly StoredRow[],
	o: VerifyOptions,
): Check[] {
	const bySeq = new Map(sent.map((s) => [s.seq, s]));
	const rowById = new Map(rows.map((r) => [r.id, r]));
	const checks: Check[] = [];

	const acked = sent.filter((s) => s.status !== undefined && s.status >= 200 && s.status < 300);
	const noId = acked.filter((s) => !Number.isInteger(s.id));
	const missing = acked.filter((s) => {
		const row = s.id === undefined ? undefined : rowById.get(s.id);
		return !row || parseMarker(row.text)?.seq !== s.seq || parseMarker(row.text)?.runId !== o.runId;
	});
	checks.push({
		name: 'acknowledged posts stored',
		ok: noId.length === 0 && missing.length === 0,
		detail:
			`${acked.length - missing.length} of ${acked.length} acknowledged posts found in SQLite under their id` +
			(noId.length
				? `; ${noId.length} acknowledgements without an id (seq ${sample(noId.map((s) => s.seq))})`
				: '') +
			(missing.length ? `; missing or different: seq ${sample(missing.map((s) => s.seq))}` : ''),
	});

	const foreign: number[] = [];
	const invalidStored: number[] = [];
	const refusedStored: number[] = [];
	const duplicates: number[] = [];
	let unansweredStored = 0;
	const seen = new Set<number>();
	for (const row of rows) {
		const m = parseMarker(row.text);
		const s = m && m.runId === o.runId ? bySeq.get(m.seq) : undefined;
		if (!s) {
			foreign.push(row.id);
			continue;
		}
		if (seen.has(s.seq)) duplicates.push(row.id);
		seen.add(s.seq);
		if (s.kind !== 'valid') invalidStored.push(row.id);
		else if (s.status === undefined) unansweredStored++;
		else if (s.status < 200 || s.status >= 300) refusedStored.push(row.id);
	}
	const unanswered = sent.filter((s) => s.status === undefined).length;
	checks.push({
		name: 'nothing stored that was not acknowledged',
		ok: foreign.length + invalidStored.length + refusedStored.length + duplicates.length === 0,
		detail:
			`${rows.length} rows: ${rows.length - unansweredStored - foreign.length - invalidStored.length - refusedStored.length - duplicates.length} acknowledged, ` +
			`${unansweredStored} valid posts whose response never came (of ${unanswered} unanswered requests)` +
			(foreign.length ? `; rows not sent by this run: id ${sample(foreign)}` : '') +
			(invalidStored.length ? `; invalid posts stored: id ${sample(invalidStored)}` : '') +
			(refusedStored.length ? `; refused posts stored: id ${sample(refusedStored)}` : '') +
			(duplicates.length ? `; stored twice: id ${sample(duplicates)}` : ''),
	});

	const wrong = sent.filter(
		(s) => s.status !== undefined && s.status !== 429 && s.status !== expectedStatus[s.kind],
	);
	checks.push({
		name: 'every status as expected',
		ok: wrong.length === 0,
		detail: wrong.length
			? `unexpected: ${sample(wrong.map((s) => `${s.kind} → ${s.status} (seq ${s.seq})`))}`
			: `${sent.length - unanswered} responses, each ${'the status of its kind or 429'}`,
	});

	// The limiter counts every request it lets through, valid or not (it runs before the body is
	// read): per client, neither the answers other than 429 nor the stored rows may exceed the limit.
	const slack = o.slackMs ?? 1000;
	const since = o.rateLimitSince?.getTime() ?? -Infinity;
	const granted = new Map<number, number[]>();
	for (const s of sent)
		if (s.status !== undefined && s.status !== 429 && s.at !== undefined && s.at >= since)
			push(granted, s.client, s.at);
	const stored = new Map<number, number[]>();
	for (const row of rows) {
		const m = parseMarker(row.text);
		const at = Date.parse(row.received_at);
		if (m && m.runId === o.runId && at >= since) push(stored, m.client, at);
	}
	const breaches = [
		...overLimit(granted, o.limit, o.windowMs - slack).map((b) => `${b} granted`),
		...overLimit(stored, o.limit, o.windowMs - slack).map((b) => `${b} stored`),
	];
	checks.push({
		name: 'per-client rate limit held',
		ok: breaches.length === 0,
		detail: breaches.length
			? `more than ${o.limit} within ${o.windowMs / 1000} s: ${sample(breaches)}`
			: `${granted.size} clients let through, none more than ${o.limit} times per ${o.windowMs / 1000} s (${stored.size} with stored posts)`,
	});
	return checks;
}

/** Count of responses per status (`none` for requests that got no response), by kind. */
export function statusCounts(sent: readonly SentPost[]): Record<string, Record<string, number>> {
	const out: Record<string, Record<string, number>> = {};
	for (const s of sent) {
		const byStatus = (out[s.kind] ??= {});
		const key = s.status === undefined ? 'none' : String(s.status);
		byStatus[key] = (byStatus[key] ?? 0) + 1;
	}
	return out;
}

export interface LoadFigures {
	connections: number;
	durationSeconds: number;
	requests: number;
	requestsPerSecond: number;
	latencyP50Ms: number;
	latencyP99Ms: number;
	/** Connection errors (refused, reset) as counted by the load generator. */
	errors: number;
	timeouts: number;
}

/** The figures and counts as lines for a person. */
export function formatSummary(
	f: LoadFigures,
	sent: readonly SentPost[],
	checks: readonly Check[],
): string {
	const n = (v: number, digits = 0) =>
		v.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
	const lines = [
		`${n(f.requests)} requests in ${n(f.durationSeconds, 1)} s from ${f.connections} connections: ${n(f.requestsPerSecond, 1)} requests/s`,
		`latency p50 ${n(f.latencyP50Ms, 1)} ms, p99 ${n(f.latencyP99Ms, 1)} ms; errors ${n(f.errors)}, timeouts ${n(f.timeouts)}`,
		'statuses by kind of post:',
	];
	const counts = statusCounts(sent);
	for (const kind of postKinds) {
		const c = counts[kind];
		if (!c) continue;
		const parts = Object.keys(c)
			.sort()
			.map((k) => `${k} ${n(c[k]!)}`);
		lines.push(`  ${kind.padEnd(20)} ${parts.join(', ')}`);
	}
	lines.push('checks:');
	for (const c of checks) lines.push(`  ${c.ok ? 'ok  ' : 'FAIL'} ${c.name}: ${c.detail}`);
	return lines.join('\n');
}

/** Whether a URL points at this machine only (the load script refuses anything else). */
export function isLoopbackUrl(url: string): boolean {
	let u: URL;
	try {
		u = new URL(url);
	} catch {
		return false;
	}
	if (u.protocol !== 'http:' && u.protocol !== 'https:') return false;
	const host = u.hostname.replace(/^\[|\]$/g, '');
	return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}
