import { spawn } from 'node:child_process';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

/**
 * `npm run preview:address` and `npm run preview:status` as the workflows run them, with the
 * variables each CI sets. The git host's status API is a local HTTP listener that records what
 * it receives and answers as the host would (201, or 403 for a token without the right).
 */

const root = join(import.meta.dirname, '../..');
const sha = '0123456789abcdef0123456789abcdef01234567';

interface Received {
	method: string;
	url: string;
	headers: IncomingHttpHeaders;
	body: unknown;
}
let server: Server;
let api: string;
const received: Received[] = [];

beforeAll(async () => {
	server = createServer((req, res) => {
		let body = '';
		req.on('data', (d) => (body += d));
		req.on('end', () => {
			received.push({
				method: req.method!,
				url: req.url!,
				headers: req.headers,
				body: JSON.parse(body),
			});
			const refused = req.headers.authorization === 'token read-only';
			res.writeHead(refused ? 403 : 201, { 'Content-Type': 'application/json' });
			res.end(refused ? '{"message":"Resource not accessible by integration"}' : '{}');
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as { port: number };
	api = `http://127.0.0.1:${port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Run `node scripts/preview-ci.mjs …` with only the given CI variables. */
function run(args: string[], env: Record<string, string>) {
	return new Promise<{ code: number | null; out: string }>((resolve) => {
		const child = spawn(process.execPath, [join(root, 'scripts/preview-ci.mjs'), ...args], {
			cwd: root,
			env: { PATH: process.env.PATH!, ...env },
		});
		let out = '';
		child.stdout.on('data', (d) => (out += d));
		child.stderr.on('data', (d) => (out += d));
		child.on('close', (code) => resolve({ code, out }));
	});
}

describe('preview:status', () => {
	test('GitHub Actions: the run’s token sets deploy/preview on the commit, with the address', async () => {
		received.length = 0;
		const result = await run(
			[
				'status',
				'--sha',
				sha,
				'--state',
				'success',
				'--url',
				'https://news-a.preview.example.gov.vn/',
			],
			{
				GITHUB_ACTIONS: 'true',
				GITHUB_API_URL: api,
				GITHUB_REPOSITORY: 'sgddt/website',
				GITHUB_TOKEN: 'gh',
			},
		);
		expect(result.code, result.out).toBe(0);
		expect(received).toHaveLength(1);
		expect(received[0]).toMatchObject({
			method: 'POST',
			url: `/repos/sgddt/website/statuses/${sha}`,
			headers: { authorization: 'token gh' },
			body: {
				state: 'success',
				context: 'deploy/preview',
				target_url: 'https://news-a.preview.example.gov.vn/',
				description: 'Bản xem trước đã sẵn sàng',
			},
		});
	});

	test('GitLab CI: the project’s status API with PREVIEW_STATUS_TOKEN', async () => {
		received.length = 0;
		const result = await run(['status', '--sha', sha, '--state', 'pending'], {
			GITLAB_CI: 'true',
			CI_API_V4_URL: `${api}/api/v4`,
			CI_PROJECT_ID: '42',
			PREVIEW_STATUS_TOKEN: 'glpat',
		});
		expect(result.code, result.out).toBe(0);
		expect(received[0]).toMatchObject({
			url: `/api/v4/projects/42/statuses/${sha}`,
			headers: { 'private-token': 'glpat' },
			body: { state: 'running', name: 'deploy/preview' },
		});
	});

	test('a refusal by the host fails the step with the host’s words', async () => {
		const result = await run(['status', '--sha', sha, '--state', 'failure'], {
			GITEA_ACTIONS: 'true',
			GITHUB_ACTIONS: 'true',
			GITHUB_API_URL: `${api}/api/v1`,
			GITHUB_REPOSITORY: 'sgddt/website',
			GITHUB_TOKEN: 'read-only',
		});
		expect(result.code).toBe(1);
		expect(result.out).toContain('403');
		expect(result.out).toContain('Resource not accessible by integration');
	});

	test('outside CI it says so and sends nothing', async () => {
		received.length = 0;
		const result = await run(['status', '--sha', sha, '--state', 'success'], {});
		expect(result.code).toBe(1);
		expect(result.out).toMatch(/Not in GitHub Actions/);
		expect(received).toHaveLength(0);
	});
});

test('preview:address prints the label and address, and a bad template fails naming the variable', async () => {
	const ok = await run(['address', '--branch', 'cms/press/thong-cao-so-3'], {
		PREVIEW_URL: 'https://{branch}.preview.example.gov.vn/',
	});
	expect(ok.code, ok.out).toBe(0);
	expect(ok.out).toBe(
		'label=press-thong-cao-so-3\nurl=https://press-thong-cao-so-3.preview.example.gov.vn/\n',
	);
	const bad = await run(['address', '--branch', 'cms/press/x'], {
		PREVIEW_URL: 'https://preview.example.gov.vn/',
	});
	expect(bad.code).toBe(1);
	expect(bad.out).toContain('PREVIEW_URL');
});
