import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildOnce, fixtureContent, root } from '../build/builds';

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
}

declare module 'vitest' {
	export interface ProvidedContext {
		/** Folder of the built real site, with its Pagefind index. */
		siteDist: string;
		/** Folder of the built fixture site (tests/fixtures/content). */
		fixtureDist: string;
		/** The fixture build's on-demand server (the consultation feedback endpoint with the static pages). */
		fixtureServer: string;
	}
}
