import { request } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { defaultSiteUrl } from '~/config/site';
import { freePort } from '../support/processes';
import { startNodeSite, type NodeSite } from '../support/node-server';
import { runDeploy } from './deploy-cli';
import { startNginx, type Nginx } from './nginx';
import { buildOpsSite } from './site';

/**
 * The README's nginx configuration (scripts/deploy/nginx.conf, the very file) run by Debian's nginx
 * on loopback, serving a release that `npm run deploy` put in a target outside the project, with
 * the release's own feedback server (`current/server/entry.mjs`) behind `/api/feedback`.
 */
const work = mkdtempSync(join(tmpdir(), 'nginx-ops-'));
const target = join(work, 'srv');
const host = new URL(defaultSiteUrl).host;
let nginx: Nginx;
let feedback: NodeSite;

beforeAll(async () => {
	const dist = buildOpsSite();
	const deployed = await runDeploy(['--target', target, '--from', dist]);
	expect(deployed.code, deployed.output).toBe(0);
	// Started as the systemd unit does: from the target (outside the project), through `current`.
	feedback = await startNodeSite(join(target, 'current/server/entry.mjs'), {
		FEEDBACK_DB: join(work, 'feedback.sqlite'),
		FEEDBACK_RATE_LIMIT: '3',
	});
	nginx = await startNginx({
		dir: join(work, 'nginx'),
		port: await freePort(),
		root: join(target, 'current/client'),
		proxyPort: Number(new URL(feedback.url).port),
	});
});

afterAll(async () => {
	await nginx?.stop();
	await feedback?.stop();
	rmSync(work, { recursive: true, force: true });
});

interface Reply {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	body: Buffer;
}

/** A raw HTTP request (fetch cannot set Host, and decompresses by itself). */
function http(
	base: string,
	path: string,
	o: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
	return new Promise((resolve, reject) => {
		const req = request(
			`${base}${path}`,
			{ method: o.method ?? 'GET', headers: o.headers },
			(res) => {
				const chunks: Buffer[] = [];
				res.on('data', (c: Buffer) => chunks.push(c));
				res.on('end', () =>
					resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
				);
			},
		);
		req.on('error', reject);
		req.end(o.body);
	});
}
const get = (path: string, headers: Record<string, string> = {}) =>
	http(nginx.url, path, { headers });
const text = (r: Reply) =>
	(r.headers['content-encoding'] === 'gzip' ? gunzipSync(r.body) : r.body).toString('utf8');

describe('headers on every page', () => {
	test.each(['/', '/en/', '/tin-tuc/', '/404.html'])(
		'%s carries the security headers',
		async (path) => {
			const r = await get(path);
			expect(r.headers['content-security-policy']).toContain("frame-ancestors 'none'");
			expect(r.headers['content-security-policy']).toContain(
				"script-src 'self' 'wasm-unsafe-eval'",
			);
			expect(r.headers['x-content-type-options']).toBe('nosniff');
			expect(r.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
			expect(r.headers['strict-transport-security']).toBe('max-age=31536000');
			expect(r.headers['permissions-policy']).toBe('camera=(), microphone=(), geolocation=()');
			expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
			expect(r.headers['cache-control']).toBe('public, max-age=0, must-revalidate');
			expect(r.headers['server']).toBe('nginx');
		},
	);

	test('pages are compressed for clients that accept gzip, and say they vary by it', async () => {
		const r = await get('/', { 'Accept-Encoding': 'gzip' });
		expect(r.headers['content-encoding']).toBe('gzip');
		expect(r.headers['vary']).toBe('Accept-Encoding');
		expect(text(r)).toContain('<html lang="vi"');
		const plain = await get('/');
		expect(plain.headers['content-encoding']).toBeUndefined();
		expect(r.body.length).toBeLessThan(plain.body.length / 2);
	});
});

test.each(['/rss.xml', '/en/rss.xml', '/sitemap.xml'])(
	'%s, a feed or the sitemap, is UTF-8, compressed and revalidated',
	async (path) => {
		const r = await get(path, { 'Accept-Encoding': 'gzip' });
		expect(r.status).toBe(200);
		expect(r.headers['content-type']).toBe('text/xml; charset=utf-8');
		expect(r.headers['content-encoding']).toBe('gzip');
		expect(r.headers['cache-control']).toBe('public, max-age=0, must-revalidate');
		expect(text(r)).toMatch(/^<\?xml/);
	},
);

describe('cache lifetimes', () => {
	test('hashed files in /_astro/ are immutable for a year, and compressed', async () => {
		const html = text(await get('/'));
		const css = /href="(\/_astro\/[^"]+\.css)"/.exec(html)![1]!;
		const r = await get(css, { 'Accept-Encoding': 'gzip' });
		expect(r.status).toBe(200);
		expect(r.headers['content-type']).toMatch(/^text\/css/);
		expect(r.headers['cache-control']).toBe('public, max-age=31536000, immutable');
		expect(r.headers['content-encoding']).toBe('gzip');
	});

	test('Pagefind: hashed index files immutable, its entry files revalidated', async () => {
		const entry = await get('/pagefind/pagefind-entry.json');
		expect(entry.status).toBe(200);
		expect(entry.headers['cache-control']).toBe('public, max-age=0, must-revalidate');
		const js = await get('/pagefind/pagefind.js');
		expect(js.headers['cache-control']).toBe('public, max-age=0, must-revalidate');
		const { languages } = JSON.parse(text(entry)) as {
			languages: Record<string, { hash: string }>;
		};
		const meta = await get(`/pagefind/pagefind.${languages.vi!.hash}.pf_meta`);
		expect(meta.status).toBe(200);
		expect(meta.headers['cache-control']).toBe('public, max-age=31536000, immutable');
		const fragment = readFileSync(join(target, 'current/assets.json'), 'utf8').match(
			/pagefind\/fragment\/[^"]+/,
		)![0];
		const f = await get(`/${fragment}`);
		expect(f.status).toBe(200);
		expect(f.headers['cache-control']).toBe('public, max-age=31536000, immutable');
	});
});

describe('not-found pages', () => {
	test('a Vietnamese address that does not exist gets 404 and the Vietnamese page', async () => {
		const r = await get('/khong-co-trang-nay/');
		expect(r.status).toBe(404);
		expect(text(r)).toContain('<html lang="vi"');
		expect(r.headers['content-security-policy']).toBeDefined();
	});

	test('an English address gets 404 and the English page', async () => {
		const r = await get('/en/no-such-page/');
		expect(r.status).toBe(404);
		expect(text(r)).toContain('<html lang="en"');
		expect(text(r)).toBe(readFileSync(join(target, 'current/client/en/404.html'), 'utf8'));
	});

	test('a missing hashed file is a 404 that is not cached for a year', async () => {
		// The not-found page is served by an internal redirect, so $uri (and the map) is /404.html:
		// a file missing for a moment must not stay missing in readers' caches.
		const r = await get('/_astro/khong-co.abc123.css');
		expect(r.status).toBe(404);
		expect(r.headers['cache-control']).toBe('public, max-age=0, must-revalidate');
	});
});

test('/admin/ has its own policy, is never stored and never indexed', async () => {
	const r = await get('/admin/');
	expect(r.status).toBe(200);
	expect(r.headers['cache-control']).toBe('no-store');
	expect(r.headers['x-robots-tag']).toBe('noindex, nofollow');
	expect(r.headers['content-security-policy']).toContain("'unsafe-eval'");
	expect(r.headers['content-security-policy']).toContain("frame-ancestors 'none'");
	expect(r.headers['referrer-policy']).toBe('same-origin');
	expect(r.headers['x-content-type-options']).toBe('nosniff');
	expect(r.headers['strict-transport-security']).toBe('max-age=31536000');
	expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
	// The public pages' policy is not the admin's.
	expect((await get('/')).headers['content-security-policy']).not.toContain("'unsafe-eval'");
});

describe('/api/feedback through nginx', () => {
	const body = (n: number) =>
		new URLSearchParams({
			consultation: 'dang-lay-y-kien',
			group: 'parent',
			locale: 'vi',
			website: '',
			text: `Góp ý số ${n} qua nginx: đề nghị công bố lịch thi sớm hơn.`,
		}).toString();
	const post = (base: string, n: number, forwardedFor: string) =>
		http(base, '/api/feedback', {
			method: 'POST',
			headers: {
				Host: host,
				// What a browser on the site sends; Astro refuses form posts from another origin. Plain
				// http here because this nginx listens without TLS ($scheme is http).
				Origin: `http://${host}`,
				Accept: 'application/json',
				'Content-Type': 'application/x-www-form-urlencoded',
				'X-Forwarded-For': forwardedFor,
			},
			body: body(n),
		});

	test('reaches the Node server, is stored, and is never cached', async () => {
		const r = await post(nginx.url, 1, '198.51.100.1');
		expect(r.status).toBe(201);
		expect(JSON.parse(r.body.toString())).toMatchObject({ ok: true });
		expect(r.headers['cache-control']).toContain('no-store');
		expect(r.headers['x-content-type-options']).toBe('nosniff');
	});

	test('the rate limit counts the address nginx saw, whatever X-Forwarded-For the client sends', async () => {
		// Limit 3: the first test's post was the first; two more pass, the fourth is refused
		// although every request claims another address.
		const statuses = [];
		for (const n of [2, 3, 4]) statuses.push((await post(nginx.url, n, `203.0.113.${n}`)).status);
		expect(statuses).toEqual([201, 201, 429]);
		// Control: straight to the server, the header is believed (the site's host is trusted), so
		// without nginx replacing it a client could pass the limit by inventing addresses.
		const direct = [];
		for (const n of [5, 6, 7, 8]) direct.push((await post(feedback.url, n, `192.0.2.${n}`)).status);
		expect(direct).toEqual([201, 201, 201, 201]);
		// Every acknowledged response is in SQLite: 1 + 2 through nginx, 4 direct.
		const db = new DatabaseSync(join(work, 'feedback.sqlite'), { readOnly: true });
		const { n } = db.prepare('SELECT count(*) AS n FROM responses').get() as { n: number };
		db.close();
		expect(n).toBe(7);
	});

	test('other methods are refused by the server', async () => {
		const r = await http(nginx.url, '/api/feedback', { headers: { Host: host } });
		expect(r.status).toBe(405);
	});
});

test('nginx logged no error while serving', () => {
	expect(nginx.errorLog()).not.toMatch(/\[(error|crit|alert|emerg)\]/);
	console.log(`nginx access log: ${nginx.accessLog().trim().split('\n').length} requests`);
});
