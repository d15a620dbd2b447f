import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { releaseRecord } from '~/lib/schedule';
import { fixtureContent, fixturePublishAt, root } from '../build/builds';
import { serveStatic, type StaticServer } from '../support/static-server';

/**
 * `npm run publish:due` as the scheduled CI job runs it: the real script, in its own Node process,
 * reading the live site's release.json over HTTP (a loopback server) and the fixture content, whose
 * news item, consultation and embargoed press release fall due at `fixturePublishAt`.
 */
const site = mkdtempSync(join(tmpdir(), 'publish-due-site-'));
let server: StaticServer;
beforeAll(async () => {
	server = await serveStatic(site);
});
afterAll(async () => {
	await server.close();
	rmSync(site, { recursive: true, force: true });
});

const publishAt = new Date(fixturePublishAt);
const minutes = (n: number) => new Date(publishAt.getTime() + n * 60_000);

/** The live site as built at `builtAt`. */
function liveBuiltAt(builtAt: Date) {
	writeFileSync(join(site, 'release.json'), JSON.stringify(releaseRecord(builtAt, 'abc1234')));
}

/** The script in its own process (asynchronously: the site is served by this one). */
function run(...args: string[]): Promise<{ code: number | null; out: string; err: string }> {
	const child = spawn(process.execPath, ['scripts/publish-due.mjs', ...args], {
		cwd: root,
		env: { ...process.env, BUILD_NOW: '' },
	});
	let out = '';
	let err = '';
	child.stdout.on('data', (d: Buffer) => (out += d.toString()));
	child.stderr.on('data', (d: Buffer) => (err += d.toString()));
	return new Promise((resolve) => child.on('close', (code) => resolve({ code, out, err })));
}

describe('publish:due against a live site', () => {
	test('0 and the due items when the live build predates their publishAt', async () => {
		liveBuiltAt(minutes(-10));
		const r = await run(
			'--since-url',
			`${server.url}/`,
			'--now',
			minutes(5).toISOString(),
			'--content',
			fixtureContent,
		);
		expect(r.err).toContain('3 bài đến giờ đăng');
		expect(r.code).toBe(0);
		expect(r.out.trim().split('\n')).toEqual([
			`${publishAt.toISOString()} consultations/hen-gio-lay-y-kien`,
			`${publishAt.toISOString()} news/tin-hen-gio`,
			`${publishAt.toISOString()} press/thong-cao-cam-dang`,
		]);
	});

	test('3 and nothing printed when the live build already has them, or they are not yet due', async () => {
		liveBuiltAt(publishAt);
		const after = await run(
			'--since-url',
			server.url,
			'--now',
			minutes(15).toISOString(),
			'--content',
			fixtureContent,
		);
		expect(after).toMatchObject({ code: 3, out: '' });
		liveBuiltAt(minutes(-30));
		const early = await run(
			'--since-url',
			server.url,
			'--now',
			minutes(-15).toISOString(),
			'--content',
			fixtureContent,
		);
		expect(early).toMatchObject({ code: 3, out: '' });
		// By the build clock when --now is not given: the real clock is long before 2099.
		expect(
			(await run('--since', minutes(-30).toISOString(), '--content', fixtureContent)).code,
		).toBe(3);
	});

	test('a site without release.json yet is rebuilt (0); wrong arguments are 2', async () => {
		unlinkSync(join(site, 'release.json'));
		const r = await run('--since-url', server.url, '--content', fixtureContent);
		expect(r.code).toBe(0);
		expect(r.err).toContain('404');
		const bad = await run('--since', '2099-12-10T09:00:00', '--content', fixtureContent);
		expect(bad.code).toBe(2);
		expect(bad.err).toContain('--since');
	});
});
