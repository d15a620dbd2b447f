/**
 * Making a release's files: `astro build` of the checked-out project, or a build made already
 * (`--from`), moved into the half-written release folder.
 *
 * The build is incremental when the current release holds its build's `build-state.json`: it gets
 * that release as `BUILD_PREVIOUS`, renders only the pages whose inputs changed and hard-links the
 * release's other files into its output (src/integrations/incremental.ts). The new release then
 * shares inodes with the live one, so nothing here or after writes into a file once placed: files
 * are moved, linked or made under new names, never written over.
 */
import { spawn } from 'node:child_process';
import {
	cpSync,
	existsSync,
	linkSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	symlinkSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import {
	previousVariable,
	stateFile,
	type BuildOutcome,
	type BuildState,
} from '../incremental/state.ts';
import { buildFiles } from './assets.ts';
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
 * Put a build's `client/`, `server/` and `build-state.json` into the release folder: moved when the
 * build was made for this deploy, copied when it came `--from` a folder that stays (CI's artefact,
 * a test's build). A build without a state (made before incremental builds) is taken as it is; the
 * next deploy then builds in full.
 */
export function placeBuild(dist: string, releaseDir: string, keepSource: boolean): void {
	for (const part of ['client', 'server']) {
		const from = join(dist, part);
		if (!existsSync(from))
			throw new DeployError(`${from}: không có (missing; a build has client/ and server/)`);
		if (keepSource) cpSync(from, join(releaseDir, part), { recursive: true });
		else move(from, join(releaseDir, part));
	}
	const state = join(dist, stateFile);
	if (!existsSync(state)) return;
	if (keepSource) cpSync(state, join(releaseDir, stateFile));
	else move(state, join(releaseDir, stateFile));
}

/** How the build of a release went, from its `build-state.json`; undefined when it has none. */
export function readOutcome(releaseDir: string): BuildOutcome | undefined {
	try {
		return (JSON.parse(readFileSync(join(releaseDir, stateFile), 'utf8')) as BuildState).build;
	} catch {
		return undefined;
	}
}

/**
 * What the build gets as `BUILD_PREVIOUS`: the release's build as the build made it, in `view`.
 * The release's `client/` also holds hashed files carried in from other releases (assets.ts); a
 * build started from it would keep those as its own, list them in `assets.json` and carry them on
 * forever, and its output would differ from a full build's. So `view` holds hard links to the
 * files the release's build made and to its state: no bytes copied, and removing `view` leaves the
 * release as it was. Returns why not when the release cannot be built on (the build is then full).
 */
export function previousBuild(releaseDir: string, view: string): string | undefined {
	const name = `releases/${basename(releaseDir)}`;
	if (!existsSync(join(releaseDir, stateFile)))
		return `${name} holds no ${stateFile} (built before incremental builds)`;
	const made = new Set<string>();
	const link = (from: string, to: string) => {
		const folder = dirname(to);
		if (!made.has(folder)) mkdirSync(folder, { recursive: true });
		made.add(folder);
		linkSync(from, to);
	};
	try {
		for (const file of buildFiles(releaseDir))
			link(join(releaseDir, 'client', file), join(view, 'client', file));
		link(join(releaseDir, stateFile), join(view, stateFile));
		return undefined;
	} catch (error) {
		rmSync(view, { recursive: true, force: true });
		return `${name}: its files cannot be linked (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
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

/**
 * Build into the half-written release (or copy `--from`), incrementally on `previous` (the current
 * release's folder) when it can; returns the build's milliseconds.
 */
export async function makeFiles(
	o: DeployOptions,
	name: string,
	staging: string,
	previous: string | undefined,
): Promise<number | null> {
	if (o.from) {
		placeBuild(o.from, staging, true);
		return null;
	}
	// outDir inside the project (Astro refuses others); dist/ is not in git.
	const outDir = join(o.project, 'dist', `.deploy-${name}`);
	// Beside the half-written release (same file system, so links work); `.tmp-`: removed with the
	// leftovers of a deploy killed half-way.
	const view = join(dirname(staging), `.tmp-previous-${name}`);
	const why = previous ? previousBuild(previous, view) : undefined;
	if (why) o.say(`${why}: every page is rendered`);
	let code: number | null;
	let ms: number;
	try {
		const started = performance.now();
		code = await runBuild(o.project, outDir, {
			...o.env,
			// Set by the deploy alone: the operator's environment names no previous build.
			[previousVariable]: previous && !why ? view : undefined,
			ASTRO_CACHE_DIR: join(o.target, 'cache'),
			ASTRO_TELEMETRY_DISABLED: '1',
		});
		ms = performance.now() - started;
	} finally {
		rmSync(view, { recursive: true, force: true });
	}
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
