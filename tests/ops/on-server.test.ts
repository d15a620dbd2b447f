import { spawn, spawnSync } from 'node:child_process';
import {
	copyFileSync,
	existsSync,
	lstatSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	readlinkSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { root } from '../build/builds';

/**
 * `scripts/deploy/on-server.sh`, what every CI workflow runs on the Department's server over SSH,
 * run here for real against a bare repository and a deploy folder on this machine: the commit is
 * pushed as CI pushes it, then `publish`, `preview` and `remove-preview` build and switch. Only
 * the SSH transport is left out. The site built is the fixture site (`CONTENT_DIR` in site.env,
 * as a Department would put its own settings there).
 */

const work = mkdtempSync(join(tmpdir(), 'on-server-'));
const srv = join(work, 'srv');
const script = join(root, 'scripts/deploy/on-server.sh');
const git = (cwd: string, ...args: string[]) => {
	const run = spawnSync('git', args, { cwd, encoding: 'utf8' });
	if (run.status !== 0) throw new Error(`git ${args.join(' ')}: ${run.stderr}`);
	return run.stdout.trim();
};
let sha: string;

/** Run the server script as CI does (`bash -s <action> …` with DEPLOY_PATH). */
function onServer(...args: string[]): Promise<{ code: number | null; output: string }> {
	return new Promise((resolve) => {
		const child = spawn('bash', [script, ...args], {
			env: { ...process.env, DEPLOY_PATH: srv, FORCE_COLOR: '0' },
		});
		let output = '';
		child.stdout.on('data', (d) => (output += d));
		child.stderr.on('data', (d) => (output += d));
		child.on('close', (code) => resolve({ code, output }));
	});
}

beforeAll(() => {
	mkdirSync(srv);
	git(work, 'init', '--quiet', '--bare', join(srv, 'repo'));
	// The commit under test, pushed the way the workflows push it.
	sha = git(root, 'rev-parse', 'HEAD');
	git(root, 'push', '--quiet', '--force', join(srv, 'repo'), `${sha}:refs/heads/live`);
	// The live worktree as the first deploy's `npm ci` leaves it; installing here would take
	// minutes, so its node_modules holds links to this checkout's packages and the stamp of the
	// lock file they were installed from.
	const live = join(srv, 'app');
	git(join(srv, 'repo'), 'worktree', 'add', '--quiet', '--detach', live, sha);
	mkdirSync(join(live, 'node_modules'));
	for (const name of readdirSync(join(root, 'node_modules')))
		if (!['.astro', '.vite', '.cache'].includes(name))
			symlinkSync(join(root, 'node_modules', name), join(live, 'node_modules', name));
	copyFileSync(join(root, 'package-lock.json'), join(live, 'node_modules/.installed-lock.json'));
	writeFileSync(
		join(srv, 'site.env'),
		'SITE_URL=https://hanam.edu.vn\nCONTENT_DIR=tests/fixtures/content\n',
	);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

test('publish builds the pushed commit on the server and switches the live site', async () => {
	const run = await onServer('publish', sha);
	expect(run.code, run.output).toBe(0);
	const current = readlinkSync(join(srv, 'current'));
	expect(current).toMatch(/^releases\/\d{8}T\d{6}Z-[0-9a-f]{7}$/);
	expect(current.endsWith(sha.slice(0, 7))).toBe(true);
	expect(existsSync(join(srv, 'current/client/index.html'))).toBe(true);
	expect(existsSync(join(srv, 'current/server/entry.mjs'))).toBe(true);
	// The build's caches stay on the server for the next deploy.
	expect(readdirSync(join(srv, 'cache')).length).toBeGreaterThan(0);
	expect(run.output).toMatch(/pages: \d+ new, 0 changed, 0 removed/);
	expect(run.output).toContain('https://hanam.edu.vn/');
});

test('preview builds a draft into its own folder, sharing the live packages, and remove-preview takes it away', async () => {
	const url = 'https://news-a.preview.example.gov.vn/';
	const run = await onServer('preview', sha, 'news-a', url);
	expect(run.code, run.output).toBe(0);
	const preview = join(srv, 'previews/news-a');
	const home = readFileSync(join(preview, 'current/client/index.html'), 'utf8');
	expect(home).toContain(url);
	// Preview mode: never indexed, no sitemap, and the embargoed item shown to its reviewers.
	expect(home).toContain('<meta name="robots" content="noindex, nofollow"');
	expect(readFileSync(join(preview, 'current/client/robots.txt'), 'utf8')).toMatch(
		/Disallow: \/\s*$/m,
	);
	expect(existsSync(join(preview, 'current/client/sitemap.xml'))).toBe(false);
	expect(existsSync(join(preview, 'current/client/tin-tuc/tin-hen-gio/index.html'))).toBe(true);
	expect(existsSync(join(srv, 'current/client/tin-tuc/tin-hen-gio/index.html'))).toBe(false);
	// A draft never changes the dependencies: no second install.
	expect(lstatSync(join(srv, 'previews-work/news-a/node_modules')).isSymbolicLink()).toBe(true);
	// Started from the live site's caches, not cold.
	expect(existsSync(join(preview, 'cache'))).toBe(true);
	// The live site is untouched.
	expect(readlinkSync(join(srv, 'current'))).toMatch(/^releases\//);

	const removed = await onServer('remove-preview', 'news-a');
	expect(removed.code, removed.output).toBe(0);
	expect(existsSync(preview)).toBe(false);
	expect(git(join(srv, 'repo'), 'worktree', 'list')).not.toContain('news-a');
	expect(existsSync(join(srv, 'current/client/index.html'))).toBe(true);
});

test('refuses a label that is not a DNS label, and an unknown action', async () => {
	const bad = await onServer('preview', sha, '../../etc', 'https://x.example/');
	expect(bad.code).toBe(2);
	expect(bad.output).toContain('Bad preview label');
	expect((await onServer('remove-preview', 'a/../..')).code).toBe(2);
	expect((await onServer('launch')).code).toBe(2);
});

/** An instant in Vietnam time as editors write it: `2026-12-01T09:00:05+07:00`. */
function vietnamTime(ms: number): string {
	return `${new Date(ms + 7 * 3600_000).toISOString().slice(0, 19)}+07:00`;
}

test('due publishes only once an item’s publishAt has passed since the live build', async () => {
	const nothing = await onServer('due');
	expect(nothing.code, nothing.output).toBe(3);

	// An editor schedules the fixture's news item a few seconds ahead; CI pushes main.
	const edit = join(work, 'edit');
	git(work, 'clone', '--quiet', '--branch', 'live', join(srv, 'repo'), edit);
	const file = join(edit, 'tests/fixtures/content/news/tin-hen-gio/index.vi.md');
	const at = vietnamTime(Date.now() + 6_000);
	writeFileSync(
		file,
		readFileSync(file, 'utf8')
			.replace(/^date: .*$/m, `date: ${at}`)
			.replace(/^publishAt: .*$/m, `publishAt: ${at}`),
	);
	git(
		edit,
		'-c',
		'user.name=CMS',
		'-c',
		'user.email=cms@example.gov.vn',
		'commit',
		'--quiet',
		'-am',
		'Hẹn giờ',
	);
	git(edit, 'push', '--quiet', 'origin', 'live');
	const page = join(srv, 'current/client/tin-tuc/tin-hen-gio/index.html');

	const early = await onServer('due');
	expect(early.code, early.output).toBe(3);
	expect(existsSync(page)).toBe(false);

	await new Promise((r) => setTimeout(r, Math.max(0, Date.parse(at) - Date.now()) + 500));
	const due = await onServer('due');
	expect(due.code, due.output).toBe(0);
	expect(due.output).toContain('news/tin-hen-gio');
	expect(readFileSync(page, 'utf8')).toContain('Tin hẹn giờ chưa tới giờ đăng');
	expect(
		readlinkSync(join(srv, 'current')).endsWith(git(edit, 'rev-parse', '--short=7', 'HEAD')),
	).toBe(true);
});
