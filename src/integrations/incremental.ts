import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { incrementalShared } from '../lib/incremental/shared.ts';
import { linkOrCopy, listFiles } from '../lib/deploy/files.ts';
import {
	pageFolder,
	previousVariable,
	stateFile,
	stateVersion,
	type BuildOutcome,
	type BuildState,
} from '../lib/incremental/state.ts';
import { dropImagesExcept, imageFile, imageReferences } from './unused-originals.ts';

/**
 * Incremental builds (src/lib/incremental/state.ts). With `BUILD_PREVIOUS=<a previous build's
 * output folder>`, the routes render only the pages whose inputs changed (src/data/incremental.ts)
 * and this integration completes the output with the previous build's other files, as hard links:
 * the result is the folder a full build would have written (tests/build/incremental.test.ts
 * compares them byte for byte). Without it, or when something every page reads changed, the build
 * is a full one and says why.
 *
 * Two integrations: `begin` (before the search index, which reads the completed output) puts the
 * previous files in place and removes unused images; `end` (last) writes `build-state.json`.
 * Files written after `begin` (share cards, release.json) are in folders the build owns, so a
 * hard link to the previous build's file is never written through.
 */

/** Environment variables that reach pages (site address, preview mode, CMS settings). */
const pageSettings = /^(SITE_|PREVIEW_|PUBLIC_|CMS_|DECAP_)/;

/**
 * Hash of what makes the pages besides the content: code, public files, config, settings, and what
 * integrations generate from the content for the bundle (`generated`).
 */
function codeHash(
	roots: string[],
	files: string[],
	generated: Record<string, string> = {},
): string {
	const h = createHash('sha256');
	const add = (path: string) => {
		h.update(path).update('\0');
		h.update(readFileSync(path)).update('\0');
	};
	for (const root of roots.filter(existsSync)) for (const f of listFiles(root)) add(join(root, f));
	for (const f of files.filter(existsSync)) add(f);
	for (const [k, v] of Object.entries(process.env).sort(([a], [b]) => a.localeCompare(b)))
		if (pageSettings.test(k)) h.update(`${k}=${v}\0`);
	for (const [k, v] of Object.entries(generated).sort()) h.update(`generated ${k}=${v}\0`);
	return h.digest('base64url');
}

/** The previous build's state, or undefined (with why) when `BUILD_PREVIOUS` is unset or unusable. */
function readPrevious(dir: string | undefined): { state?: BuildState; why?: string } {
	if (!dir) return {};
	const file = join(dir, stateFile);
	if (!existsSync(file) || !existsSync(join(dir, 'client')))
		return { why: `${previousVariable}=${dir} holds no ${stateFile} and client/` };
	try {
		const state = JSON.parse(readFileSync(file, 'utf8')) as BuildState;
		if (state.version !== stateVersion) return { why: `${file} is of another version` };
		return { state };
	} catch (error) {
		return { why: `${file} could not be read: ${(error as Error).message}` };
	}
}

const folderOf = (file: string) => (file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '');

export function incremental(): { begin: AstroIntegration; end: AstroIntegration } {
	const shared = incrementalShared();
	let roots: string[] = [];
	let files: string[] = [];
	let previousDir: string | undefined;
	let images: Record<string, string[]> = {};
	// What the log line says, kept in the state for `npm run deploy` (src/lib/deploy/deploy.ts).
	let outcome: BuildOutcome | undefined;
	const begin: AstroIntegration = {
		name: 'incremental',
		hooks: {
			'astro:config:done': ({ config }) => {
				const root = fileURLToPath(config.root);
				roots = [fileURLToPath(config.srcDir), fileURLToPath(config.publicDir)];
				files = ['astro.config.mjs', 'package-lock.json'].map((f) => join(root, f));
			},
			'astro:build:start': ({ logger }) => {
				const started = performance.now();
				shared.code = codeHash(roots, files, shared.generated);
				const dir = process.env[previousVariable]?.trim() || undefined;
				const { state, why } = readPrevious(dir);
				if (why) logger.warn(`${why}: every page is rendered`);
				shared.previous = state;
				previousDir = state ? dir : undefined;
				logger.info(`code hashed in ${(performance.now() - started).toFixed(0)} ms`);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const client = fileURLToPath(dir);
				const plan = shared.plan;
				if (!plan) throw new Error('incremental: no route computed the render plan');
				const started = performance.now();
				const fresh = listFiles(client);
				images = await imageReferences(client, fresh);
				const pages = Object.keys(plan.state.views).length;
				if (plan.mode === 'full') {
					const used = new Set(Object.values(images).flat());
					const dropped = await dropImagesExcept(client, used);
					outcome = { mode: 'full', reason: plan.reason, pages };
					logger.info(
						`full build (${plan.reason}): ${pages} pages; ${dropped.length} unused original image(s) removed`,
					);
					return;
				}
				const previous = shared.previous!;
				const previousClient = join(previousDir!, 'client');
				const freshSet = new Set(fresh);
				// Folders whose files this build wrote afresh or removed: nothing of the previous build's
				// in them is kept (a page's share card and PDFs go with it).
				const owned = new Set([...plan.render, ...plan.removed].map(pageFolder));
				const keep = listFiles(previousClient).filter(
					(f) =>
						!freshSet.has(f) &&
						!owned.has(folderOf(f)) &&
						// The search index's base stays; its delta is written again (src/lib/search/delta.ts).
						!f.startsWith('pagefind/delta/') &&
						f !== 'pagefind/delta.json',
				);
				const keptSet = new Set(keep);
				for (const [file, refs] of Object.entries(previous.images))
					if (keptSet.has(file)) images[file] = refs;
				const used = new Set(Object.values(images).flat());
				let linked = 0;
				const made = new Set<string>();
				for (const f of keep) {
					if (f.startsWith('_astro/') && imageFile.test(f) && !used.has(f.slice(7))) continue;
					linkOrCopy(join(previousClient, f), join(client, f), made);
					linked++;
				}
				const dropped = await dropImagesExcept(client, used);
				const s = ((performance.now() - started) / 1000).toFixed(1);
				outcome = {
					mode: 'incremental',
					changed: plan.changed.length,
					always: plan.render.size - plan.changed.length,
					removed: plan.removed.length,
					pages,
				};
				logger.info(
					`incremental build: ${outcome.changed} changed page(s) and ${outcome.always} always rendered of ${pages}, ${outcome.removed} removed; ${linked} files kept from the previous build, ${dropped.length} unused image(s) removed, in ${s} s`,
				);
			},
		},
	};
	const end: AstroIntegration = {
		name: 'incremental-state',
		hooks: {
			'astro:build:done': ({ dir }) => {
				const plan = shared.plan!;
				const state: BuildState = {
					...plan.state,
					images,
					search: shared.search,
					...(outcome && { build: outcome }),
				};
				const out = join(fileURLToPath(dir), '..', stateFile);
				writeFileSync(out, `${JSON.stringify(state)}\n`);
			},
		},
	};
	return { begin, end };
}
