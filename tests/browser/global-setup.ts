import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildOnce, fixtureContent, root } from '../build/builds';
import { incrementalBuildsOnce } from '../build/incremental';

/**
 * The browser tests search the real site (`content/`) as built: the same build the build-output
 * tests read, made once per run by whichever global setup comes first (`buildOnce`).
 */
export default function setup(project: TestProject) {
	const site = buildOnce('site', () => join(root, 'content'));
	if (site.status !== 0) throw new Error(`The site build failed:\n${site.output.slice(-3000)}`);
	project.provide('siteDist', site.outDir);
	// The fixture site: content with known edge cases, such as urgent notices with fixed dates.
	const fixture = buildOnce('fixture', () => fixtureContent);
	if (fixture.status !== 0)
		throw new Error(`The fixture build failed:\n${fixture.output.slice(-3000)}`);
	project.provide('fixtureDist', fixture.outDir);
	project.provide('fixtureServer', fixture.serverEntry);
	// Incremental builds and full ones of the same content (tests/browser/search-delta.test.ts).
	const incremental = incrementalBuildsOnce();
	for (const [name, r] of Object.entries(incremental))
		if (r.status !== 0) throw new Error(`The ${name} build failed:\n${r.output.slice(-3000)}`);
	project.provide(
		'incrementalDists',
		Object.fromEntries(Object.entries(incremental).map(([name, r]) => [name, r.outDir])),
	);
}

declare module 'vitest' {
	export interface ProvidedContext {
		/** Folder of the built real site, with its Pagefind index. */
		siteDist: string;
		/** Folder of the built fixture site (tests/fixtures/content). */
		fixtureDist: string;
		/** The fixture build's on-demand server (the consultation feedback endpoint with the static pages). */
		fixtureServer: string;
		/** Static output of each incremental comparison build, by name (tests/build/incremental.ts). */
		incrementalDists: Record<string, string>;
	}
}
