/**
 * `npm run deploy`: build, place the files in a new release folder, check them, carry the other
 * kept releases' hashed files over, switch `current`, prune, print what changed. Until the switch
 * nothing outside the new folder is touched, so any failure before it leaves the live site as it
 * was; the half-written folder is removed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { carryAssets, ownAssets, writeAssets } from './assets.ts';
import { linkNodeModules, placeBuild, runBuild } from './build.ts';
import { checkRelease } from './check.ts';
import { acquireLock } from './lock.ts';
import { comparePages, formatChanges, pageManifest, type PageManifest } from './manifest.ts';
import {
	currentRelease,
	listReleases,
	releaseName,
	releasesToPrune,
	switchCurrent,
	type ReleaseInfo,
} from './releases.ts';

/** What a deploy is told. */
export interface DeployOptions {
	/** The checked-out project that is built (and whose node_modules the server uses). */
	project: string;
	target: string;
	keep: number;
	wait: boolean;
	/** A build made already (a folder with client/ and server/): deploy it without building. */
	from?: string | undefined;
	/** A shell command run after the switch (e.g. restart the feedback server). */
	afterSwitch?: string | undefined;
	siteUrl: string;
	env: NodeJS.ProcessEnv;
	say: (line: string) => void;
	now?: () => Date;
}

/** Raised for a deploy that stops before the switch: the message says why; nothing live changed. */
export class DeployError extends Error {
	name = 'DeployError';
}

const seconds = (ms: number) => (ms / 1000).toFixed(1);

function gitCommit(project: string): string {
	const run = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: project, encoding: 'utf8' });
	return run.status === 0 ? run.stdout.trim() : 'nogit';
}

/** A name not taken yet: two deploys of one commit within a second get `-2`, `-3`… */
function freshName(target: string, base: string): string {
	let name = base;
	for (let n = 2; existsSync(join(target, 'releases', name)); n++) name = `${base}-${n}`;
	return name;
}

const readManifest = (releaseDir: string): PageManifest | undefined => {
	const file = join(releaseDir, 'pages.json');
	return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as PageManifest) : undefined;
};

/** Build (or take `from`), check, switch; returns the new release's name. */
export async function deploy(o: DeployOptions): Promise<string> {
	const releases = join(o.target, 'releases');
	mkdirSync(releases, { recursive: true });
	const release = await acquireLock(join(o.target, 'deploy.lock'), { wait: o.wait, say: o.say });
	try {
		return await deployLocked(o, releases);
	} finally {
		release();
	}
}

async function deployLocked(o: DeployOptions, releases: string): Promise<string> {
	const now = o.now ?? (() => new Date());
	const commit = gitCommit(o.project);
	const name = freshName(o.target, releaseName(now(), commit));
	const staging = join(releases, `.tmp-${name}`);
	const before = currentRelease(o.target);
	o.say(`release ${name} (current: ${before ?? 'none'})`);
	let buildMs: number | null = null;
	try {
		mkdirSync(staging, { recursive: true });
		if (o.from) placeBuild(o.from, staging, true);
		else {
			// outDir inside the project (Astro refuses others); dist/ is not in git.
			const outDir = join(o.project, 'dist', `.deploy-${name}`);
			const started = performance.now();
			const code = await runBuild(o.project, outDir, {
				...o.env,
				ASTRO_CACHE_DIR: join(o.target, 'cache'),
				ASTRO_TELEMETRY_DISABLED: '1',
			});
			buildMs = performance.now() - started;
			if (code !== 0) {
				rmSync(outDir, { recursive: true, force: true });
				throw new DeployError(
					`the build failed (exit ${code}) after ${seconds(buildMs)} s; its messages are above`,
				);
			}
			placeBuild(outDir, staging, false);
			rmSync(outDir, { recursive: true, force: true });
		}
		linkNodeModules(o.project, staging);

		const checkStarted = performance.now();
		const problems = checkRelease(join(staging, 'client'), o.siteUrl);
		const checkMs = performance.now() - checkStarted;
		if (problems.length)
			throw new DeployError(
				`the release's checks found ${problems.length} problem(s):\n  ${problems.slice(0, 50).join('\n  ')}`,
			);
		const manifest = pageManifest(join(staging, 'client'));
		writeFileSync(join(staging, 'pages.json'), `${JSON.stringify(manifest, null, '\t')}\n`);
		writeAssets(staging, ownAssets(join(staging, 'client')));
		const info: ReleaseInfo = {
			name,
			commit,
			builtAt: now().toISOString(),
			buildSeconds: buildMs === null ? null : Number(seconds(buildMs)),
			pages: Object.keys(manifest).length,
			siteUrl: o.siteUrl,
		};
		writeFileSync(join(staging, 'release.json'), `${JSON.stringify(info, null, '\t')}\n`);

		// Which releases stay once this one is current: their hashed files stay reachable from it.
		const all = [...listReleases(o.target), name];
		const pruned = releasesToPrune(all, o.keep, name);
		const kept = all.filter((n) => n !== name && !pruned.includes(n));
		const carried = carryAssets(
			kept.map((n) => join(releases, n)),
			staging,
		);
		renameSync(staging, join(releases, name));

		const switchStarted = performance.now();
		switchCurrent(o.target, name);
		const switchMs = performance.now() - switchStarted;
		o.say(`current → releases/${name} (was ${before ?? 'none'})`);

		for (const old of pruned) rmSync(join(releases, old), { recursive: true, force: true });
		if (pruned.length) o.say(`pruned: ${pruned.join(', ')} (keeping ${o.keep})`);
		o.say(
			`carried over ${carried.linked + carried.copied} hashed file(s) of ${kept.length} kept release(s) (${carried.copied} copied)`,
		);

		const changes = comparePages(
			before ? readManifest(join(releases, before)) : undefined,
			manifest,
		);
		o.say(
			`pages: ${changes.added.length} new, ${changes.changed.length} changed, ${changes.removed.length} removed`,
		);
		for (const line of formatChanges(changes, o.siteUrl)) o.say(`  ${line}`);
		o.say(
			`timing: build ${buildMs === null ? '— (--from)' : `${seconds(buildMs)} s`}, checks ${seconds(checkMs)} s, switch ${switchMs.toFixed(1)} ms`,
		);
		runHook(o);
		return name;
	} catch (error) {
		rmSync(staging, { recursive: true, force: true });
		if (error instanceof DeployError)
			error.message += `\ncurrent is unchanged: ${before ? `releases/${before}` : 'none'} (the live site was not touched; ${name} removed)`;
		throw error;
	}
}

/** The `--after-switch` command, through the shell; a failure is reported, the switch stands. */
export function runHook(o: Pick<DeployOptions, 'afterSwitch' | 'project' | 'env' | 'say'>): void {
	if (!o.afterSwitch) return;
	o.say(`after switch: ${o.afterSwitch}`);
	const run = spawnSync(o.afterSwitch, {
		shell: true,
		cwd: o.project,
		env: o.env,
		stdio: 'inherit',
	});
	if (run.status !== 0)
		throw new Error(
			`the --after-switch command exited with ${run.status}; the new release IS live (current was switched)`,
		);
}
