/**
 * `npm run deploy`: build (incrementally on the current release when it can, build.ts), place the
 * files in a new release folder, check them, carry the other kept releases' hashed files over,
 * switch `current`, prune, print what changed. Until the switch nothing outside the new folder is
 * touched, so any failure before it leaves the live site as it was; the half-written folder is
 * removed. The new folder's files may be hard links to the live release's (an incremental build,
 * shared and carried files): they are only ever replaced by new names, never written into.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { carryAssets, ownAssets, writeAssets } from './assets.ts';
import { describeOutcome } from '../incremental/state.ts';
import { linkNodeModules, makeFiles, readOutcome, removeLeftovers } from './build.ts';
import { checkRelease } from './check.ts';
import { shareUnchanged } from './share.ts';
import { acquireLock } from './lock.ts';
import { DeployError, seconds, type DeployOptions } from './options.ts';
import { comparePages, formatChanges, pageManifest, type PageManifest } from './manifest.ts';
import {
	currentRelease,
	listReleases,
	releaseName,
	releasesToPrune,
	switchCurrent,
	type ReleaseInfo,
} from './releases.ts';

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

/** Check the release, then write its manifest, asset list and release.json. */
function checkAndDescribe(o: DeployOptions, staging: string, info: Omit<ReleaseInfo, 'pages'>) {
	const started = performance.now();
	const problems = checkRelease(join(staging, 'client'), o.siteUrl);
	const checkMs = performance.now() - started;
	if (problems.length)
		throw new DeployError(
			`kiểm tra bản phát hành thấy ${problems.length} lỗi (the release's checks found ${problems.length} problem(s)):\n  ${problems.slice(0, 50).join('\n  ')}`,
		);
	const manifest = pageManifest(join(staging, 'client'));
	const json = (value: unknown) => `${JSON.stringify(value, null, '\t')}\n`;
	writeFileSync(join(staging, 'pages.json'), json(manifest));
	writeAssets(staging, ownAssets(join(staging, 'client')));
	const full: ReleaseInfo = { ...info, pages: Object.keys(manifest).length };
	writeFileSync(join(staging, 'release.json'), json(full));
	return { manifest, checkMs };
}

async function deployLocked(o: DeployOptions, releases: string): Promise<string> {
	const now = o.now ?? (() => new Date());
	removeLeftovers(o, releases);
	const commit = gitCommit(o.project);
	const name = freshName(o.target, releaseName(now(), commit));
	const staging = join(releases, `.tmp-${name}`);
	const before = currentRelease(o.target);
	o.say(`release ${name} (current: ${before ?? 'none'})`);
	try {
		mkdirSync(staging, { recursive: true });
		const buildMs = await makeFiles(o, name, staging, before && join(releases, before));
		// From the build's own record, not guessed: it alone knows whether it could start from the
		// release before (same code, settings, registers and day) or rendered everything, and why.
		const outcome = readOutcome(staging);
		o.say(
			`build${o.from ? ' (--from)' : ''}: ${outcome ? describeOutcome(outcome) : 'not recorded (a build made before incremental builds)'}`,
		);
		linkNodeModules(o.project, staging);
		if (before) {
			const shared = shareUnchanged(join(releases, before, 'client'), join(staging, 'client'));
			o.say(
				`${shared.files} unchanged file(s) (${(shared.bytes / 2 ** 20).toFixed(1)} MiB) shared with releases/${before} as hard links`,
			);
		}
		const { manifest, checkMs } = checkAndDescribe(o, staging, {
			name,
			commit,
			builtAt: now().toISOString(),
			buildSeconds: buildMs === null ? null : Number(seconds(buildMs)),
			build: outcome?.mode ?? null,
			siteUrl: o.siteUrl,
		});

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
		reportChanges(o, before ? readManifest(join(releases, before)) : undefined, manifest);
		o.say(
			`timing: build ${buildMs === null ? '— (--from)' : `${seconds(buildMs)} s`}, checks ${seconds(checkMs)} s, switch ${switchMs.toFixed(1)} ms`,
		);
		runHook(o);
		return name;
	} catch (error) {
		rmSync(staging, { recursive: true, force: true });
		if (error instanceof DeployError)
			error.message += `\ntrang đang chạy giữ nguyên (current is unchanged): ${before ? `releases/${before}` : 'none'}; bản dở ${name} đã xoá (removed)`;
		throw error;
	}
}

/** Print the addresses of the pages this release added, changed or removed. */
function reportChanges(o: DeployOptions, before: PageManifest | undefined, after: PageManifest) {
	const changes = comparePages(before, after);
	o.say(
		`pages: ${changes.added.length} new, ${changes.changed.length} changed, ${changes.removed.length} removed`,
	);
	for (const line of formatChanges(changes, o.siteUrl)) o.say(`  ${line}`);
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
