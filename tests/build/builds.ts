import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The builds the build-output tests read. Astro keeps one content cache per project, so builds run
 * one after another in the global setup (never in parallel test files), each into its own folder.
 */

export const root = resolve(import.meta.dirname, '../..');
export const tmp = join(root, 'tests/.tmp');
export const fixtureContent = join(root, 'tests/fixtures/content');
/**
 * The `publishAt` of the fixture content's scheduled items (tests/fixtures/content/news/tin-hen-gio,
 * consultations/hen-gio-lay-y-kien and press/thong-cao-cam-dang): far enough ahead that the fixture build, by the real clock, is
 * always before it; the `scheduled-due` build sets BUILD_NOW to it.
 */
export const fixturePublishAt = '2099-12-10T09:00:00+07:00';

/** Outcome of one build. */
export interface BuildResult {
	name: string;
	status: number | null;
	output: string;
	ms: number;
	/** The static site: Astro's `client` folder (the node adapter puts the server beside it). */
	outDir: string;
	/** The on-demand server (consultation feedback), run with `node`. */
	serverEntry: string;
}

/** Run `astro build` on a content folder with the Node that runs the tests. */
export function build(
	name: string,
	contentDir: string,
	env: Record<string, string> = {},
	options: { cache?: string } = {},
): BuildResult {
	const base = join(tmp, `${name}-dist`);
	rmSync(base, { recursive: true, force: true });
	const started = performance.now();
	const run = spawnSync(
		process.execPath,
		[join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', base],
		{
			cwd: root,
			env: {
				...process.env,
				...env,
				CONTENT_DIR: contentDir,
				// Builds that must share caches (an incremental build and the one before it) name one.
				ASTRO_CACHE_DIR: join(tmp, `cache-${options.cache ?? name}`),
				ASTRO_TELEMETRY_DISABLED: '1',
				FORCE_COLOR: '0',
			},
			encoding: 'utf8',
			maxBuffer: 64 * 1024 * 1024,
		},
	);
	return {
		name,
		status: run.status,
		output: `${run.stdout}\n${run.stderr}`,
		ms: performance.now() - started,
		outDir: join(base, 'client'),
		serverEntry: join(base, 'server', 'entry.mjs'),
	};
}

/**
 * A build made at most once per test run, whichever project's global setup asks for it first:
 * the build and browser projects both read the real site. Vitest runs every project's global setup
 * in its main process, so a map kept on `globalThis` is shared by them.
 */
export function buildOnce(name: string, contentDir: () => string): BuildResult {
	const made = ((globalThis as { __newsroomBuilds?: Map<string, BuildResult> }).__newsroomBuilds ??=
		new Map());
	if (!made.has(name)) {
		const result = build(name, contentDir());
		console.log(`build ${name}: exit ${result.status} in ${(result.ms / 1000).toFixed(1)} s`);
		made.set(name, result);
	}
	return made.get(name)!;
}

/** Where the global setup leaves its results. */
export const resultsFile = join(tmp, 'builds.json');

/** Results of the global setup's builds, by name. */
export function readResults(): Record<string, BuildResult> {
	return JSON.parse(readFileSync(resultsFile, 'utf8')) as Record<string, BuildResult>;
}
