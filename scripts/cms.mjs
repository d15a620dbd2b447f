#!/usr/bin/env node
/**
 * npm run cms — edit content through the CMS on this machine, without risking your working copy.
 *
 * decap-server's git mode checks branches out and commits with `git add .` in the tree it serves
 * (anything untracked is swept into a draft commit), so it never runs on the working copy: this
 * command keeps a dedicated clone in `.cms/repo` (made on first run, fast-forwarded from your
 * working copy's main on later runs) and serves it with decap-server (scripts/cms-server.mjs)
 * bound to 127.0.0.1.
 *
 * The admin and a preview of the site are a static build (`astro build`) served on 127.0.0.1:4321:
 * no dev server, so no file watcher and no hot-reload client, and nothing decap-server does in
 * `.cms/repo` (a checkout on every open, save and publish) can reload /admin under an editor. The
 * build reads the content of `.cms/site`, a detached worktree of the clone's main that
 * decap-server never touches. When a publish moves main, that worktree follows it and the site is
 * rebuilt in the background into a fresh folder, then served; an open /admin is left alone.
 * Images optimised by earlier builds are kept in `.cms/cache`, so a rebuild takes seconds.
 *
 * Published entries land on main of `.cms/repo`. Bring them back into your working copy with
 *   git pull .cms/repo main
 * and review them like any other commit.
 *
 * Environment: CMS_PORT (decap-server, 8081), CMS_SITE_PORT (admin and site, 4321); for tests,
 * CMS_WORKSPACE (instead of .cms) and CMS_SOURCE (the repository cloned, instead of this one).
 */
import { execFile, spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import express from 'express';

const started = performance.now();
const root = resolve(fileURLToPath(import.meta.url), '../..');
const workspace = resolve(process.env.CMS_WORKSPACE ?? join(root, '.cms'));
const source = resolve(process.env.CMS_SOURCE ?? root);
const repo = join(workspace, 'repo');
const site = join(workspace, 'site');
const builds = join(workspace, 'builds');
const port = process.env.CMS_PORT ?? '8081';
const sitePort = Number(process.env.CMS_SITE_PORT ?? 4321);
const proxyUrl = `http://127.0.0.1:${port}/api/v1`;

function git(args, cwd = repo) {
	const run = spawnSync('git', args, { cwd, encoding: 'utf8' });
	if (run.status !== 0) throw new Error(`git ${args.join(' ')} failed:\n${run.stderr}`);
	return run.stdout.trim();
}
const gitAsync = async (args, cwd = repo) =>
	(await promisify(execFile)('git', args, { cwd, encoding: 'utf8' })).stdout.trim();

if (!existsSync(repo)) {
	console.log('Making the CMS workspace (a clone of this repository) in .cms/repo …');
	git(['clone', '--branch', 'main', source, repo], root);
	// Publishing merges a draft branch: make that one merge commit on main, easy to review or revert.
	git(['config', 'merge.ff', 'false']);
	// Commits made through the CMS need an author; keep the user's if git has one.
	if (!spawnSync('git', ['config', 'user.email'], { cwd: repo }).stdout.length) {
		git(['config', 'user.email', 'cms@localhost']);
		git(['config', 'user.name', 'Decap CMS (local)']);
	}
} else if (git(['status', '--porcelain']) === '' && git(['branch', '--show-current']) === 'main') {
	const pulled = spawnSync('git', ['pull', '--ff-only', 'origin', 'main'], {
		cwd: repo,
		encoding: 'utf8',
	});
	if (pulled.status !== 0)
		console.warn('Could not fast-forward .cms/repo from your main; using it as it is.');
}

// The content the site is built from: main of the clone, in a worktree decap-server never checks
// out in (detached, so main stays free for decap-server to check out in .cms/repo).
if (!existsSync(join(site, '.git'))) {
	rmSync(site, { recursive: true, force: true });
	git(['worktree', 'prune']);
	git(['worktree', 'add', '--detach', site, 'main']);
}

const children = new Set();
let stopping = false;
let http;
let poll;
function stop() {
	stopping = true;
	clearInterval(poll);
	for (const c of children) c.kill('SIGTERM');
	http?.close();
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

/** Build the site from main's commit `sha` into a new folder; resolves to its `client` folder. */
async function buildSite(sha) {
	await gitAsync(['checkout', '--quiet', '--detach', '--force', sha], site);
	const outDir = join(builds, `${Date.now()}-${sha.slice(0, 8)}`);
	const child = spawn(
		process.execPath,
		[join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir],
		{
			cwd: root,
			stdio: ['ignore', 'pipe', 'pipe'],
			env: {
				...process.env,
				CONTENT_DIR: join(site, 'content'),
				ASTRO_CACHE_DIR: join(workspace, 'cache'),
				ASTRO_TELEMETRY_DISABLED: '1',
				CMS_BACKEND: 'proxy',
				CMS_PROXY_URL: proxyUrl,
			},
		},
	);
	children.add(child);
	let output = '';
	child.stdout.on('data', (d) => (output += d));
	child.stderr.on('data', (d) => (output += d));
	const code = await new Promise((done) => child.on('exit', done));
	children.delete(child);
	if (code !== 0) throw new Error(`astro build failed (exit ${code}):\n${output.slice(-4000)}`);
	return join(outDir, 'client');
}

/** Served folder; the previous one is kept so a page already open can still load its files. */
let current;
function serve(dir) {
	const previous = current;
	current = { dir, files: express.static(dir, { maxAge: 0 }) };
	for (const name of existsSync(builds) ? readdirSync(builds) : []) {
		const path = join(builds, name);
		if (![dir, previous?.dir].some((d) => d?.startsWith(`${path}/`)))
			rmSync(path, { recursive: true, force: true });
	}
}

const app = express();
app.use((req, res, next) => current.files(req, res, next));
// Unknown paths get the site's 404 page of their locale, as on a static host.
app.use((req, res) => {
	const locale = join(current.dir, req.path.split('/')[1] ?? '', '404.html');
	res.status(404).sendFile(existsSync(locale) ? locale : join(current.dir, '404.html'));
});

const server = spawn(process.execPath, [join(root, 'scripts/cms-server.mjs')], {
	stdio: 'inherit',
	env: { ...process.env, GIT_REPO_DIRECTORY: repo, BIND_HOST: '127.0.0.1', PORT: port },
});
children.add(server);
server.on('exit', (code) => {
	if (!stopping) {
		console.error(`The CMS git server stopped (exit ${code}).`);
		stop();
		process.exitCode = code || 1;
	}
});

let built = git(['rev-parse', 'main']);
try {
	serve(await buildSite(built));
} catch (e) {
	console.error(String(e instanceof Error ? e.message : e));
	stop();
	process.exit(1);
}
if (stopping) process.exit(process.exitCode ?? 0);
http = app.listen(sitePort, '127.0.0.1', () =>
	console.log(
		`\nCMS: http://127.0.0.1:${sitePort}/admin/ (content from .cms/repo, ready in ${((performance.now() - started) / 1000).toFixed(1)} s). Published work: git pull .cms/repo main\n`,
	),
);
http.on('error', (e) => {
	console.error(`Cannot serve the CMS on 127.0.0.1:${sitePort}: ${e.message}`);
	stop();
	process.exitCode = 1;
});

// After a publish (main of the clone moves), rebuild the preview site in the background.
let rebuilding = false;
let failed;
poll = setInterval(async () => {
	if (rebuilding || stopping) return;
	rebuilding = true;
	let main;
	try {
		main = await gitAsync(['rev-parse', 'main']);
		if (main !== built && main !== failed) {
			const t = performance.now();
			serve(await buildSite(main));
			built = main;
			console.log(
				`Site rebuilt for main ${main.slice(0, 8)} in ${((performance.now() - t) / 1000).toFixed(1)} s.`,
			);
		}
	} catch (e) {
		// Tried once per commit of main; the admin and the last good build stay served.
		failed = main;
		if (!stopping)
			console.warn(`Could not rebuild the site: ${e instanceof Error ? e.message : e}`);
	} finally {
		rebuilding = false;
	}
}, 2000);
