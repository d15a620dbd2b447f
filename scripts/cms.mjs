#!/usr/bin/env node
/**
 * npm run cms — edit content through the CMS on this machine, without risking your working copy.
 *
 * decap-server's git mode checks branches out in the tree it serves and commits with `git add .`
 * (anything untracked is swept into a draft commit), so it never runs on the working copy: this
 * command keeps a dedicated clone in `.cms/repo` (made on first run, fast-forwarded from your
 * working copy's main on later runs), serves it with decap-server (scripts/cms-server.mjs) bound
 * to 127.0.0.1, and runs
 * `astro dev` on that clone's content. Open http://localhost:4321/admin/.
 *
 * Published entries land on main of `.cms/repo`. Bring them back into your working copy with
 *   git pull .cms/repo main
 * and review them like any other commit.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const repo = join(root, '.cms/repo');
const port = process.env.CMS_PORT ?? '8081';

function git(args, cwd = repo) {
	const run = spawnSync('git', args, { cwd, encoding: 'utf8' });
	if (run.status !== 0) throw new Error(`git ${args.join(' ')} failed:\n${run.stderr}`);
	return run.stdout.trim();
}

if (!existsSync(repo)) {
	console.log('Making the CMS workspace (a clone of this repository) in .cms/repo …');
	git(['clone', '--branch', 'main', root, repo], root);
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

const bin = (name) => join(root, 'node_modules/.bin', name);
const children = [
	spawn(process.execPath, [join(root, 'scripts/cms-server.mjs')], {
		stdio: 'inherit',
		env: { ...process.env, GIT_REPO_DIRECTORY: repo, BIND_HOST: '127.0.0.1', PORT: port },
	}),
	spawn(bin('astro'), ['dev', '--host', '127.0.0.1'], {
		stdio: 'inherit',
		cwd: root,
		env: {
			...process.env,
			CONTENT_DIR: join(repo, 'content'),
			CMS_BACKEND: 'proxy',
			CMS_PROXY_URL: `http://127.0.0.1:${port}/api/v1`,
		},
	}),
];
console.log(
	`\nCMS: http://127.0.0.1:4321/admin/ (content from .cms/repo). Published work: git pull .cms/repo main\n`,
);
const stop = () => children.forEach((c) => c.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const c of children)
	c.on('exit', (code) => {
		if (code) {
			stop();
			process.exitCode = code;
		}
	});
