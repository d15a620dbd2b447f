/**
 * Making a release's files: `astro build` of the checked-out project, or a build made already
 * (`--from`), moved into the half-written release folder.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, readdirSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { DeployError, seconds, type DeployOptions } from './options.ts';

/** Run `astro build` into `outDir`, its messages going straight to this process's terminal. */
export function runBuild(
	project: string,
	outDir: string,
	env: NodeJS.ProcessEnv,
): Promise<number | null> {
	return new Promise((resolve, reject) => {
		const child = spawn(
			process.execPath,
			[join(project, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir],
			// Inherited output: the build's own message (file, field, fix) reaches the terminal or CI
			// log as the build wrote it, nothing paraphrased or cut.
			{ cwd: project, env, stdio: ['ignore', 'inherit', 'inherit'] },
		);
		child.on('error', reject);
		child.on('exit', (code) => resolve(code));
	});
}

/** Move a folder, copying when it crosses file systems (the project and target may differ). */
function move(from: string, to: string): void {
	try {
		renameSync(from, to);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
		cpSync(from, to, { recursive: true });
		rmSync(from, { recursive: true, force: true });
	}
}

/**
 * Put a build's `client/` and `server/` into the release folder: moved when the build was made for
 * this deploy, copied when it came `--from` a folder that stays (CI's artefact, a test's build).
 */
export function placeBuild(dist: string, releaseDir: string, keepSource: boolean): void {
	for (const part of ['client', 'server']) {
		const from = join(dist, part);
		if (!existsSync(from))
			throw new DeployError(`${from}: không có (missing; a build has client/ and server/)`);
		if (keepSource) cpSync(from, join(releaseDir, part), { recursive: true });
		else move(from, join(releaseDir, part));
	}
}

/**
 * The feedback server (`server/entry.mjs`) imports packages (send, devalue, unstorage…) that the
 * build leaves in node_modules rather than bundling. Node looks for them in the `node_modules` of
 * every folder above the file, so a link at the release's top makes the release's server run
 * from anywhere, with the packages of the checkout that deploys.
 */
export function linkNodeModules(project: string, releaseDir: string): void {
	symlinkSync(join(project, 'node_modules'), join(releaseDir, 'node_modules'), 'dir');
}

/**
 * Remove what a deploy killed half-way left (a `.tmp-` release, a build in `dist/.deploy-*`): under
 * the lock no other deploy is writing them.
 */
export function removeLeftovers(o: DeployOptions, releases: string): void {
	const dist = join(o.project, 'dist');
	const found = [
		...readdirSync(releases)
			.filter((n) => n.startsWith('.tmp-'))
			.map((n) => join(releases, n)),
		...(existsSync(dist) ? readdirSync(dist) : [])
			.filter((n) => n.startsWith('.deploy-'))
			.map((n) => join(dist, n)),
	];
	for (const path of found) {
		o.say(`removing what an interrupted deploy left: ${path}`);
		rmSync(path, { recursive: true, force: true });
	}
}

/** Build into the half-written release (or copy `--from`); returns the build's milliseconds. */
export async function makeFiles(
	o: DeployOptions,
	name: string,
	staging: string,
): Promise<number | null> {
	if (o.from) {
		placeBuild(o.from, staging, true);
		return null;
	}
	// outDir inside the project (Astro refuses others); dist/ is not in git.
	const outDir = join(o.project, 'dist', `.deploy-${name}`);
	const started = performance.now();
	const code = await runBuild(o.project, outDir, {
		...o.env,
		ASTRO_CACHE_DIR: join(o.target, 'cache'),
		ASTRO_TELEMETRY_DISABLED: '1',
	});
	const ms = performance.now() - started;
	try {
		if (code !== 0)
			throw new DeployError(
				`build không thành công (the build failed, exit ${code}) sau ${seconds(ms)} s; xem thông báo của nó ở trên (its messages are above)`,
			);
		placeBuild(outDir, staging, false);
	} finally {
		rmSync(outDir, { recursive: true, force: true });
	}
	return ms;
}
