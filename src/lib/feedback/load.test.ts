import { describe, expect, test } from 'vitest';
import {
	clientAddress,
	formatSummary,
	isLoopbackUrl,
	marker,
	parseMarker,
	planPost,
	postKinds,
	statusCounts,
	verifyLoad,
	type LoadPlan,
	type SentPost,
	type StoredRow,
} from './load';
import { parseFeedback, limits } from './validate';

const plan: LoadPlan = {
	runId: 'r1',
	clients: 50,
	openConsultation: 'dang-lay-y-kien',
	closedConsultation: 'da-het-han',
	oversizedBytes: limits.bodyMaxBytes + 1,
};

describe('planPost', () => {
	test('half the posts are valid and every refusal comes up, from many clients', () => {
		const posts = Array.from({ length: 1200 }, (_, i) => planPost(i, plan));
		const kinds = new Map<string, number>();
		for (const p of posts) kinds.set(p.kind, (kinds.get(p.kind) ?? 0) + 1);
		expect(kinds.get('valid')).toBe(600);
		for (const kind of postKinds.slice(1)) expect(kinds.get(kind)).toBe(100);
		expect(new Set(posts.map((p) => p.client)).size).toBe(50);
		expect(new Set(posts.map((p) => p.address)).size).toBe(50);
	});

	test('each kind is what the real validation says it is', () => {
		const windows = new Map([
			['dang-lay-y-kien', { opensAt: new Date('2020-01-01'), closesAt: new Date('2099-01-01') }],
			['da-het-han', { opensAt: new Date('2020-01-01'), closesAt: new Date('2021-01-01') }],
		]);
		const expected: Record<string, string | number> = {
			valid: 'ok',
			badGroup: 400,
			tooShort: 400,
			unknownConsultation: 404,
			closed: 409,
			honeypot: 400,
		};
		for (let seq = 0; seq < 12; seq++) {
			const post = planPost(seq, plan);
			if (post.kind === 'oversized') {
				expect(Buffer.byteLength(post.body)).toBeGreaterThan(limits.bodyMaxBytes);
				continue;
			}
			const fields = Object.fromEntries(new URLSearchParams(post.body));
			const result = parseFeedback(fields, (id) => windows.get(id), new Date('2026-12-01'), [
				'vi',
				'en',
			]);
			expect(result.ok ? 'ok' : result.status, post.kind).toBe(expected[post.kind]);
			if (post.kind === 'valid')
				expect(parseMarker(fields.text!)).toEqual({ runId: 'r1', seq, client: post.client });
		}
	});
});

describe('clientAddress', () => {
	test('addresses in the benchmark range 198.18.0.0/15, one per client', () => {
		expect(clientAddress(0)).toBe('198.18.0.0');
		expect(clientAddress(258)).toBe('198.18.1.2');
		expect(clientAddress(131071)).toBe('198.19.255.255');
		expect(() => clientAddress(131072)).toThrow(RangeError);
	});
});

test('markers read back', () => {
	expect(parseMarker(`text ${marker('abc', 12, 3)} more`)).toEqual({
		runId: 'abc',
		seq: 12,
		client: 3,
	});
	expect(parseMarker('no marker')).toBeUndefined();
});

describe('isLoopbackUrl', () => {
	test.each([
		['http://127.0.0.1:4321', true],
		['http://127.1.2.3/', true],
		['http://localhost:8080', true],
		['http://[::1]:4321', true],
		['http://10.0.0.1:4321', false],
		['https://hanam.edu.vn', false],
		['http://127.0.0.1.example.com', false],
		['ftp://127.0.0.1', false],
		['not a url', false],
	])('%s → %s', (url, ok) => expect(isLoopbackUrl(url)).toBe(ok));
});

/** A row as the server would store the post `seq`. */
const row = (id: number, seq: number, client: number, at: string): StoredRow => ({
	id,
	text: `Ý kiến ${marker('r1', seq, client)}`,
	received_at: at,
});
const options = { runId: 'r1', limit: 2, windowMs: 60_000 };
const byName = (checks: ReturnType<typeof verifyLoad>) =>
	Object.fromEntries(checks.map((c) => [c.name, c.ok]));

describe('verifyLoad', () => {
	const sent: SentPost[] = [
		{ seq: 0, kind: 'valid', client: 1, status: 201, id: 1 },
		{ seq: 1, kind: 'valid', client: 1, status: 201, id: 2 },
		{ seq: 2, kind: 'valid', client: 1, status: 429 },
		{ seq: 3, kind: 'closed', client: 2, status: 409 },
		{ seq: 4, kind: 'valid', client: 2 },
	];
	const stored = [
		row(1, 0, 1, '2026-12-01T00:00:00.000Z'),
		row(2, 1, 1, '2026-12-01T00:00:01.000Z'),
	];

	test('a clean run passes every check', () => {
		const checks = verifyLoad(sent, stored, options);
		expect(checks.every((c) => c.ok)).toBe(true);
		expect(checks[0]!.detail).toContain('2 of 2 acknowledged');
	});

	test('an acknowledged post missing from SQLite, or stored under another id, fails', () => {
		expect(byName(verifyLoad(sent, stored.slice(0, 1), options))['acknowledged posts stored']).toBe(
			false,
		);
		const swapped = [row(1, 1, 1, stored[0]!.received_at), row(2, 0, 1, stored[1]!.received_at)];
		expect(byName(verifyLoad(sent, swapped, options))['acknowledged posts stored']).toBe(false);
	});

	test('an acknowledgement without an id fails', () => {
		const noId = sent.map((s) => (s.seq === 0 ? { ...s, id: undefined } : s));
		expect(byName(verifyLoad(noId, stored, options))['acknowledged posts stored']).toBe(false);
	});

	test('a valid post stored after its response was lost is allowed; a refused or invalid one is not', () => {
		const lost = [...stored, row(3, 4, 2, '2026-12-01T00:00:02.000Z')];
		expect(
			byName(verifyLoad(sent, lost, options))['nothing stored that was not acknowledged'],
		).toBe(true);
		for (const extra of [
			row(3, 2, 1, '2026-12-01T00:00:02.000Z'),
			row(3, 3, 2, '2026-12-01T00:00:02.000Z'),
		])
			expect(
				byName(verifyLoad(sent, [...stored, extra], options))[
					'nothing stored that was not acknowledged'
				],
			).toBe(false);
		const foreign = [
			...stored,
			{ id: 3, text: 'ngắn quá', received_at: '2026-12-01T00:00:02.000Z' },
		];
		expect(
			byName(verifyLoad(sent, foreign, options))['nothing stored that was not acknowledged'],
		).toBe(false);
		const twice = [...stored, row(3, 0, 1, '2026-12-01T00:00:02.000Z')];
		expect(
			byName(verifyLoad(sent, twice, options))['nothing stored that was not acknowledged'],
		).toBe(false);
	});

	test('a status other than the kind’s own or 429 fails', () => {
		const wrong = sent.map((s) => (s.seq === 3 ? { ...s, status: 500 } : s));
		expect(byName(verifyLoad(wrong, stored, options))['every status as expected']).toBe(false);
		const accepted = sent.map((s) => (s.seq === 3 ? { ...s, status: 201, id: 9 } : s));
		expect(byName(verifyLoad(accepted, stored, options))['every status as expected']).toBe(false);
	});

	test('more than the limit for one client within a window fails; spread over windows passes', () => {
		const many: SentPost[] = [0, 1, 2].map((seq) => ({
			seq,
			kind: 'valid',
			client: 1,
			status: 201,
			id: seq + 1,
		}));
		const tight = [0, 1, 2].map((seq) => row(seq + 1, seq, 1, `2026-12-01T00:00:0${seq}.000Z`));
		expect(byName(verifyLoad(many, tight, options))['per-client rate limit held']).toBe(false);
		const spread = [
			row(1, 0, 1, '2026-12-01T00:00:00.000Z'),
			row(2, 1, 1, '2026-12-01T00:00:30.000Z'),
			// One window after the first, minus less than the slack: still within the limit.
			row(3, 2, 1, '2026-12-01T00:00:59.500Z'),
		];
		expect(byName(verifyLoad(many, spread, options))['per-client rate limit held']).toBe(true);
		// After a restart the limiter starts empty: only rows after it count.
		expect(
			byName(
				verifyLoad(many, tight, {
					...options,
					rateLimitSince: new Date('2026-12-01T00:00:01.000Z'),
				}),
			)['per-client rate limit held'],
		).toBe(true);
	});
});

test('every answer other than 429 counts against the client’s limit, invalid posts included', () => {
	const t0 = Date.parse('2026-12-01T00:00:00.000Z');
	const answered = (statuses: number[]): SentPost[] =>
		statuses.map((status, seq) => ({
			seq,
			kind: status === 201 ? 'valid' : status === 429 ? 'valid' : 'honeypot',
			client: 7,
			status,
			at: t0 + seq * 1000,
			...(status === 201 ? { id: seq + 1 } : {}),
		}));
	const rowsFor = (sent: SentPost[]) =>
		sent
			.filter((s) => s.status === 201)
			.map((s) => row(s.id!, s.seq, 7, new Date(s.at!).toISOString()));
	const held = answered([201, 400, 429, 429]);
	expect(byName(verifyLoad(held, rowsFor(held), options))['per-client rate limit held']).toBe(true);
	const leaked = answered([201, 400, 400, 429]);
	const checks = verifyLoad(leaked, rowsFor(leaked), options);
	expect(byName(checks)['per-client rate limit held']).toBe(false);
	expect(checks.find((c) => c.name === 'per-client rate limit held')!.detail).toContain(
		'client 7: 3 in 2000 ms granted',
	);
	// Only what was answered after a restart counts when the limiter started again.
	expect(
		byName(
			verifyLoad(leaked, rowsFor(leaked), { ...options, rateLimitSince: new Date(t0 + 1000) }),
		)['per-client rate limit held'],
	).toBe(true);
});

test('statusCounts and formatSummary give the figures and each check', () => {
	const sent: SentPost[] = [
		{ seq: 0, kind: 'valid', client: 0, status: 201, id: 1 },
		{ seq: 1, kind: 'valid', client: 0, status: 429 },
		{ seq: 2, kind: 'valid', client: 0 },
		{ seq: 3, kind: 'honeypot', client: 0, status: 400 },
	];
	expect(statusCounts(sent)).toEqual({ valid: { 201: 1, 429: 1, none: 1 }, honeypot: { 400: 1 } });
	const text = formatSummary(
		{
			connections: 100,
			durationSeconds: 60.02,
			requests: 123456,
			requestsPerSecond: 2057.6,
			latencyP50Ms: 41,
			latencyP99Ms: 180.5,
			errors: 0,
			timeouts: 2,
		},
		sent,
		[
			{ name: 'a', ok: true, detail: 'fine' },
			{ name: 'b', ok: false, detail: 'broken' },
		],
	);
	expect(text).toContain('123,456 requests in 60.0 s from 100 connections: 2,057.6 requests/s');
	expect(text).toContain('latency p50 41.0 ms, p99 180.5 ms; errors 0, timeouts 2');
	expect(text).toMatch(/valid +201 1, 429 1, none 1/);
	expect(text).toContain('ok   a: fine');
	expect(text).toContain('FAIL b: broken');
});
