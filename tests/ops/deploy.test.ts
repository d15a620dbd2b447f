import { spawnSync } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	readlinkSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildFiles, ownAssets } from '~/lib/deploy/assets';
import { build, fixtureContent, root, tmp } from '../build/builds';
import { freePort } from '../support/processes';
import { pageAssets, restyledCopy, runDeploy, treeHash } from './deploy-cli';
import { startNginx, type Nginx } from './nginx';
import { buildOpsSite } from './site';

/**
 * `npm run deploy` for real: the CLI on the built fixture site (`--from`, to save a build per
 * case) into targets outside the project, as on a server; the failing case runs a real build.
 */
const work = mkdtempSync(join(tmpdir(), 'deploy-ops-'));
let dist: string;

beforeAll(() => {
	dist = buildOpsSite();
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const current = (target: string) =>
	readlinkSync(join(target, 'current')).replace(/^releases\//, '');
const releases = (target: string) => readdirSync(join(target, 'releases')).sort();
const ownCss = (release: string) =>
	(JSON.parse(readFileSync(join(release, 'assets.json'), 'utf8')) as string[]).filter((f) =>
		f.endsWith('.css'),
	);

test('two deploys and a rollback: current switches, hashed files carried, old releases pruned', async () => {
	const target = join(work, 'two');
	const a = restyledCopy(dist, join(work, 'dist-a'), 'ra');
	const b = restyledCopy(dist, join(work, 'dist-b'), 'rb');
	const c = restyledCopy(dist, join(work, 'dist-c'), 'rc');

	const first = await runDeploy(['--target', target, '--from', a, '--keep', '2']);
	expect(first.code, first.output).toBe(0);
	const [rel1] = releases(target);
	expect(current(target)).toBe(rel1);
	expect(first.output).toMatch(/pages: \d+ new, 0 changed, 0 removed/);
	const info = JSON.parse(readFileSync(join(target, 'releases', rel1!, 'release.json'), 'utf8'));
	expect(info).toMatchObject({
		name: rel1,
		buildSeconds: null,
		build: 'full',
		siteUrl: 'https://hanam.edu.vn',
	});
	expect(info.pages).toBeGreaterThan(50);
	expect(info.commit).toMatch(/^[0-9a-f]{40}$/);
	// The manifest beside client/, never served.
	expect(existsSync(join(target, 'releases', rel1!, 'pages.json'))).toBe(true);
	expect(existsSync(join(target, 'releases', rel1!, 'client/pages.json'))).toBe(false);

	const second = await runDeploy(['--target', target, '--from', b, '--keep', '2']);
	expect(second.code, second.output).toBe(0);
	const rel2 = releases(target)[1]!;
	expect(current(target)).toBe(rel2);
	expect(second.output).toContain(`current → releases/${rel2} (was ${rel1})`);
	// Every page references new stylesheets: each is printed with its public address.
	expect(second.output).toContain('~ https://hanam.edu.vn/');
	expect(second.output).toContain('~ https://hanam.edu.vn/en/');
	expect(second.output).toMatch(/timing: build — \(--from\), checks [\d.]+ s, switch [\d.]+ ms/);
	// Unchanged files (images, fonts) are stored once: the same inode in both releases.
	expect(second.output).toMatch(
		/[1-9]\d* unchanged file\(s\) \([\d.]+ MiB\) shared with releases\//,
	);
	const image = (
		JSON.parse(readFileSync(join(target, 'releases', rel2, 'assets.json'), 'utf8')) as string[]
	).find((f) => f.endsWith('.webp'))!;
	expect(statSync(join(target, 'releases', rel2, 'client', image)).ino).toBe(
		statSync(join(target, 'releases', rel1!, 'client', image)).ino,
	);
	// The first release's stylesheet is not the second's own, yet the second serves it.
	const [cssA] = ownCss(join(target, 'releases', rel1!));
	expect(ownCss(join(target, 'releases', rel2))).not.toContain(cssA);
	expect(existsSync(join(target, 'current/client', cssA!))).toBe(true);

	const back = await runDeploy(['--target', target, '--rollback']);
	expect(back.code, back.output).toBe(0);
	expect(back.output).toContain(`rollback: current → releases/${rel1} (was ${rel2})`);
	expect(current(target)).toBe(rel1);
	// After the rollback the newer release's stylesheet is still served (readers mid-page).
	const [cssB] = ownCss(join(target, 'releases', rel2));
	expect(existsSync(join(target, 'current/client', cssB!))).toBe(true);

	const third = await runDeploy(['--target', target, '--from', c, '--keep', '2']);
	expect(third.code, third.output).toBe(0);
	const rel3 = releases(target).at(-1)!;
	expect(current(target)).toBe(rel3);
	expect(third.output).toContain(`pruned: ${rel1} (keeping 2)`);
	expect(releases(target)).toEqual([rel2, rel3]);
	console.log(`rollback output:\n${back.output}`);
});

test('a deploy of content with a bad file fails with the file and field, and the live site stays byte for byte', async () => {
	const target = join(work, 'bad');
	const good = await runDeploy(['--target', target, '--from', dist]);
	expect(good.code, good.output).toBe(0);
	const live = current(target);
	const before = treeHash(join(target, 'current/client'));

	const content = join(work, 'bad-content');
	cpSync(fixtureContent, content, { recursive: true });
	const file = join(content, 'news/tin-so-1/index.vi.md');
	writeFileSync(file, readFileSync(file, 'utf8').replace(/^summary: .*$/m, 'summary: "   "'));
	const failed = await runDeploy(['--target', target], { CONTENT_DIR: content });
	writeFileSync(join(tmp, 'deploy-failed.log'), failed.output);

	expect(failed.code).toBe(1);
	expect(failed.output).toContain('news/tin-so-1/index.vi.md');
	expect(failed.output).toMatch(/summary/);
	expect(failed.output).toContain('đang để trống');
	expect(failed.output).toMatch(
		/THẤT BẠI \(failed\): build không thành công \(the build failed, exit 1\)/,
	);
	expect(failed.output).toContain(
		`trang đang chạy giữ nguyên (current is unchanged): releases/${live}`,
	);
	expect(current(target)).toBe(live);
	expect(treeHash(join(target, 'current/client'))).toEqual(before);
	// Nothing half-written is left: no release folder, no build output in the project.
	expect(releases(target)).toEqual([live]);
	const leftovers = existsSync(join(root, 'dist')) ? readdirSync(join(root, 'dist')) : [];
	expect(leftovers.filter((n) => n.startsWith('.deploy-'))).toEqual([]);
	// The build was given the target's cache folder, kept for the next deploy.
	expect(existsSync(join(target, 'cache'))).toBe(true);
});

test('a deploy builds on the live release: incremental, the files of a full build, the live release untouched', async () => {
	const target = join(work, 'incremental');
	// Astro's caches of the fixture build, so that the deploy's builds are warm ones.
	cpSync(join(tmp, 'cache-ops-site'), join(target, 'cache'), { recursive: true });
	// One clock and one content folder for every build here, as on a server within a day: every
	// page reads the day, and the legal documents' fingerprint the PDFs' paths.
	const env = {
		CONTENT_DIR: join(work, 'incremental-content'),
		BUILD_NOW: new Date().toISOString(),
	};
	cpSync(fixtureContent, env.CONTENT_DIR, { recursive: true });

	// A release made before build states, with other stylesheets and scripts: the next build starts
	// from nothing, and its release holds these, carried in for readers mid-page.
	const old = restyledCopy(dist, join(work, 'dist-inc-old'), 'old');
	rmSync(join(old, 'build-state.json'));
	const zero = await runDeploy(['--target', target, '--from', old]);
	expect(zero.code, zero.output).toBe(0);
	expect(zero.output).toContain('build (--from): not recorded (a build made before');
	const first = await runDeploy(['--target', target], env);
	expect(first.code, first.output).toBe(0);
	expect(first.output).toMatch(/holds no build-state\.json .*: every page is rendered/);
	expect(first.output).toContain('deploy: build: full (no previous build to start from)');
	const live = join(target, 'releases', current(target));
	expect(JSON.parse(readFileSync(join(live, 'release.json'), 'utf8')).build).toBe('full');
	const liveFiles = treeHash(join(live, 'client'));
	expect(Object.keys(liveFiles).filter((f) => f.includes('.old.'))).not.toEqual([]);

	// One article's title edited.
	const article = join(env.CONTENT_DIR, 'news/tin-so-7/index.vi.md');
	writeFileSync(article, readFileSync(article, 'utf8').replace(/^title: "/m, 'title: "Đã sửa: '));
	const second = await runDeploy(['--target', target], env);
	writeFileSync(join(tmp, 'deploy-incremental.log'), second.output);
	expect(second.code, second.output).toBe(0);
	const said = second.output.match(
		/deploy: build: incremental \((\d+) changed page\(s\) and (\d+) always rendered of (\d+), 0 removed\)/,
	);
	expect(said, second.output).not.toBeNull();
	const [changed, always, pages] = said!.slice(1).map(Number) as [number, number, number];
	expect(changed).toBeGreaterThan(0);
	expect(changed + always).toBeLessThan(pages);
	const made = join(target, 'releases', current(target));
	expect(JSON.parse(readFileSync(join(made, 'release.json'), 'utf8')).build).toBe('incremental');

	// The live release's files, now hard links shared with the new one, are as they were.
	expect(treeHash(join(live, 'client'))).toEqual(liveFiles);
	const livePages = Object.keys(liveFiles).filter((f) => f.endsWith('.html'));
	const shared = livePages.filter(
		(f) =>
			existsSync(join(made, 'client', f)) &&
			statSync(join(made, 'client', f)).ino === statSync(join(live, 'client', f)).ino,
	);
	expect(shared.length).toBeGreaterThan(livePages.length / 2);
	// Nothing the deploy made for the build is left beside the releases.
	expect(releases(target).filter((n) => n.startsWith('.'))).toEqual([]);

	// What the release's build made is what a full build of the same content makes, byte for byte,
	// but for the search index, by design: the base of the last full indexing and a delta
	// (src/lib/search/delta.ts; tests/browser/search-delta.test.ts). The stylesheets of the
	// releases before it are carried, not its own.
	const full = build('ops-incremental-full', env.CONTENT_DIR, env, { cache: 'ops-site' });
	expect(full.status, full.output.slice(-2000)).toBe(0);
	const own = new Set(buildFiles(made));
	const notIndex = (files: Record<string, string>) =>
		Object.fromEntries(Object.entries(files).filter(([f]) => !f.startsWith('pagefind/')));
	const ownFiles = treeHash(join(made, 'client'));
	for (const f of Object.keys(ownFiles)) if (!own.has(f)) delete ownFiles[f];
	expect(notIndex(ownFiles)).toEqual(notIndex(treeHash(full.outDir)));
	expect(
		Object.keys(ownFiles).filter((f) => f.startsWith('pagefind/delta/')).length,
	).toBeGreaterThan(0);
	const notInIndex = (files: string[]) => files.filter((f) => !f.startsWith('pagefind/'));
	expect(notInIndex(JSON.parse(readFileSync(join(made, 'assets.json'), 'utf8')))).toEqual(
		notInIndex(ownAssets(full.outDir)),
	);
	console.log(
		`incremental deploy: ${changed} changed and ${always} always-rendered page(s) of ${pages}; ${second.output.match(/timing: .*/)?.[0]}`,
	);
});

describe('the lock', () => {
	test('serialises two deploys: the second waits for the first to finish', async () => {
		const target = join(work, 'lock');
		let inHook!: () => void;
		const hookStarted = new Promise<void>((r) => (inHook = r));
		// The first holds the lock through a slow --after-switch command.
		const first = runDeploy(
			['--target', target, '--from', dist, '--after-switch', 'sleep 2'],
			{},
			(o) => {
				if (o.includes('after switch:')) inHook();
			},
		);
		await hookStarted;
		const second = runDeploy(['--target', target, '--from', dist]);
		const impatient = await runDeploy(['--target', target, '--from', dist, '--no-wait']);
		const [one, two] = await Promise.all([first, second]);
		expect(one.code, one.output).toBe(0);
		expect(two.code, two.output).toBe(0);
		expect(two.output).toMatch(/waiting for another deploy: pid \d+/);
		expect(two.endedAt).toBeGreaterThan(one.endedAt);
		expect(impatient.code).toBe(1);
		expect(impatient.output).toContain('another deploy is running');
		expect(releases(target)).toHaveLength(2);
		expect(existsSync(join(target, 'deploy.lock'))).toBe(false);
	});

	test('a lock left by a dead deploy is taken over with a message, and its half-written release removed', async () => {
		const target = join(work, 'lock');
		const dead = spawnSync('true').pid;
		writeFileSync(
			join(target, 'deploy.lock'),
			JSON.stringify({ pid: dead, startedAt: '2026-12-01T00:00:00.000Z' }),
		);
		// What a deploy killed half-way leaves beside its lock: a half-written release.
		const half = join(target, 'releases', '.tmp-20261201T000000Z-dead000');
		mkdirSync(join(half, 'client'), { recursive: true });
		const run = await runDeploy(['--target', target, '--from', dist, '--no-wait']);
		expect(run.code, run.output).toBe(0);
		expect(run.output).toContain(`stale lock of dead pid ${dead} taken over`);
		expect(run.output).toContain(`removing what an interrupted deploy left: ${half}`);
		expect(existsSync(half)).toBe(false);
		expect(existsSync(join(target, 'deploy.lock'))).toBe(false);
	});
});

describe('readers during switches, through nginx', () => {
	let nginx: Nginx;
	const target = join(work, 'readers');
	let variants: string[] = [];

	beforeAll(async () => {
		variants = Array.from({ length: 7 }, (_, i) =>
			restyledCopy(dist, join(work, `dist-r${i}`), `r${i}`),
		);
		const first = await runDeploy(['--target', target, '--from', variants[0]!, '--keep', '3']);
		expect(first.code, first.output).toBe(0);
		nginx = await startNginx({
			dir: join(work, 'nginx-readers'),
			port: await freePort(),
			root: join(target, 'current/client'),
			proxyPort: await freePort(),
		});
	});
	afterAll(() => nginx?.stop());

	test('never get a 404 for a stylesheet or script of the page they got', async () => {
		const pages = ['/', '/en/', '/tin-tuc/', '/lay-y-kien/dang-lay-y-kien/', '/tim-kiem/'];
		const problems: string[] = [];
		const seenCss = new Set<string>();
		let fetched = 0;
		let deploying = true;
		const reader = (async () => {
			while (deploying)
				for (const page of pages) {
					const html = await (await fetch(`${nginx.url}${page}`)).text();
					const assets = pageAssets(html);
					if (assets.length === 0) problems.push(`${page}: no assets found in the page`);
					for (const asset of assets) {
						const r = await fetch(`${nginx.url}${asset}`);
						await r.arrayBuffer();
						fetched++;
						if (asset.endsWith('.css')) seenCss.add(asset);
						if (r.status !== 200) problems.push(`${page} → ${asset}: ${r.status}`);
					}
				}
		})();
		for (const variant of variants.slice(1)) {
			const run = await runDeploy(['--target', target, '--from', variant, '--keep', '3']);
			expect(run.code, run.output).toBe(0);
		}
		deploying = false;
		await reader;
		console.log(
			`readers: ${fetched} stylesheets/scripts fetched during 6 switches, ${seenCss.size} distinct stylesheets, ${problems.length} failures`,
		);
		expect(problems).toEqual([]);
		// The loop really read across releases, not one release over and over.
		expect(seenCss.size).toBeGreaterThanOrEqual(6);

		// The check can fail: the first release's stylesheet is gone once that release is pruned…
		const [cssFirst] = pageAssets(readFileSync(join(variants[0]!, 'client/index.html'), 'utf8'));
		expect((await fetch(`${nginx.url}${cssFirst}`)).status).toBe(404);
		// …while the previous release's, which the live release does not make, is still served.
		const [cssPrevious] = pageAssets(readFileSync(join(variants[5]!, 'client/index.html'), 'utf8'));
		expect(ownCss(join(target, readlinkSync(join(target, 'current'))))).not.toContain(
			cssPrevious!.slice(1),
		);
		expect((await fetch(`${nginx.url}${cssPrevious}`)).status).toBe(200);
	});
});
