import { request } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { freePort } from '../support/processes';
import { runDeploy } from './deploy-cli';
import { adaptPreviewConf, previewsConf, startNginx, type Nginx } from './nginx';
import { buildOpsSite } from './site';

/**
 * The previews' server block (`scripts/deploy/nginx-previews.conf`, shown in the README) run by
 * Debian's nginx: two drafts deployed as on-server.sh deploys them
 * (`<previews>/<label>/current/client`), each reached by its own host name.
 */
const work = mkdtempSync(join(tmpdir(), 'nginx-previews-'));
const previews = join(work, 'previews');
const domain = 'preview.sgddt.example.gov.vn';
let nginx: Nginx;

beforeAll(async () => {
	const dist = buildOpsSite();
	for (const label of ['news-a', 'press-b']) {
		const run = await runDeploy(['--target', join(previews, label), '--from', dist, '--keep', '1']);
		expect(run.code, run.output).toBe(0);
	}
	const port = await freePort();
	nginx = await startNginx({
		dir: join(work, 'nginx'),
		port,
		conf: adaptPreviewConf(readFileSync(previewsConf, 'utf8'), { port, previews }),
	});
});
afterAll(async () => {
	await nginx?.stop();
	rmSync(work, { recursive: true, force: true });
});

/** GET through nginx with the given Host (fetch may not set Host; node:http does). */
function get(host: string, path: string) {
	return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
		(resolve, reject) => {
			const req = request(`${nginx.url}${path}`, { headers: { Host: host } }, (res) => {
				let body = '';
				res.setEncoding('utf8');
				res.on('data', (d) => (body += d));
				res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
			});
			req.on('error', reject);
			req.end();
		},
	);
}

test('a draft’s host serves its own preview, never indexed or cached', async () => {
	for (const label of ['news-a', 'press-b']) {
		const home = await get(`${label}.${domain}`, '/');
		expect(home.status, nginx.errorLog()).toBe(200);
		expect(home.body).toContain('<html lang="vi"');
		expect(home.headers['x-robots-tag']).toBe('noindex, nofollow');
		expect(home.headers['cache-control']).toBe('no-store');
		expect(home.headers['content-type']).toBe('text/html; charset=utf-8');
		expect(home.headers['server']).toBe('nginx');
	}
	const news = await get(`news-a.${domain}`, '/tin-tuc/');
	expect(news.status).toBe(200);
});

test('not-found pages in each language, with the same headers', async () => {
	const vi = await get(`news-a.${domain}`, '/khong-co/');
	expect(vi.status).toBe(404);
	expect(vi.body).toContain('<html lang="vi"');
	expect(vi.headers['x-robots-tag']).toBe('noindex, nofollow');
	const en = await get(`news-a.${domain}`, '/en/missing/');
	expect(en.status).toBe(404);
	expect(en.body).toContain('<html lang="en"');
});

test('a host with no preview, or a label outside a–z, 0–9 and hyphens, gets nothing', async () => {
	expect((await get(`gone.${domain}`, '/')).status).toBe(404);
	// Not matched by server_name: nginx's first server for the port answers, which is this one
	// without a $preview, so nothing is served from previews/ either.
	for (const host of [`news_a.${domain}`, `a.b.${domain}`, 'example.gov.vn']) {
		const res = await get(host, '/');
		expect(res.status, host).not.toBe(200);
	}
});
