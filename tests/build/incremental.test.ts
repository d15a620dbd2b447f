import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, test } from 'vitest';
import { listFiles } from '~/lib/deploy/files';
import { stateFile, type BuildState } from '~/lib/incremental/state';
import { readResults } from './builds';
import { outputOf, publications } from './incremental';

/**
 * Publishing one item renders only the pages whose inputs changed and takes the rest from the
 * build before (src/integrations/incremental.ts). The result must be what a full build makes:
 * every file of `client/`, byte for byte, after each of five publications in a row, but for the
 * search index, by design: an incremental build keeps the base index of the last full indexing
 * and adds a delta (src/lib/search/delta.ts); tests/browser/search-delta.test.ts checks that
 * readers find the same pages in both.
 */
const byDesign = (file: string) => file.startsWith('pagefind/');
const results = readResults();

/** Every file of a build's static output with the SHA-256 of its bytes. */
function files(dir: string): Map<string, string> {
	return new Map(
		listFiles(dir).map((f) => [
			f,
			createHash('sha256')
				.update(readFileSync(join(dir, f)))
				.digest('hex'),
		]),
	);
}

/** The `[incremental]` line of a build's log, without its time stamp. */
const said = (output: string) =>
	stripVTControlCharacters(output)
		.split('\n')
		.find((l) => /\[incremental\] (full|incremental) build/.test(l))
		?.replace(/^.*\[incremental\]\s*/, '');

/** A build's `build-state.json`. */
const stateOf = (r: (typeof results)[string]) =>
	JSON.parse(readFileSync(join(outputOf(r), stateFile), 'utf8')) as BuildState;

test('the first build is a full one and says why, in its log and its state', () => {
	const base = results['incremental-base']!;
	expect(base.status, base.output.slice(-2000)).toBe(0);
	expect(said(base.output)).toMatch(/^full build \(no previous build to start from\)/);
	expect(stateOf(base).build).toEqual({
		mode: 'full',
		reason: 'no previous build to start from',
		pages: Object.keys(stateOf(base).views).length,
	});
});

describe.each(publications)('publishing $what', ({ name }) => {
	const inc = results[`incremental-inc-${name}`]!;
	const full = results[`incremental-full-${name}`]!;

	test('both builds succeed; the incremental one renders part of the site', () => {
		expect(inc.status, inc.output.slice(-2000)).toBe(0);
		expect(full.status, full.output.slice(-2000)).toBe(0);
		const line = said(inc.output)!;
		expect(line).toMatch(/^incremental build: \d+ changed page/);
		const state = stateOf(inc);
		const [, changed, always, total, removed] = line.match(
			/(\d+) changed.* (\d+) always rendered of (\d+), (\d+) removed/,
		)!;
		expect(Number(total)).toBe(Object.keys(state.views).length);
		expect(Number(changed) + Number(always)).toBeLessThan(Number(total));
		// The state says what the log says (`npm run deploy` prints it from there).
		expect(state.build).toEqual({
			mode: 'incremental',
			changed: Number(changed),
			always: Number(always),
			removed: Number(removed),
			pages: Number(total),
		});
	});

	test('gives the same files, byte for byte, as a full build (the search index aside)', () => {
		const a = files(inc.outDir);
		const b = files(full.outDir);
		const differing = [...new Set([...a.keys(), ...b.keys()])].filter(
			(f) => !byDesign(f) && a.get(f) !== b.get(f),
		);
		expect(differing).toEqual([]);
		expect(a.size).toBeGreaterThan(100);
	});

	test('keeps the base search index of the last full indexing and adds a delta', () => {
		const base = files(results['incremental-base']!.outDir);
		const a = files(inc.outDir);
		const baseIndex = (m: Map<string, string>) =>
			[...m].filter(
				([f]) => byDesign(f) && !f.startsWith('pagefind/delta/') && f !== 'pagefind/delta.json',
			);
		expect(baseIndex(a)).toEqual(baseIndex(base));
		expect(
			[...a.keys()].filter((f) => f.startsWith('pagefind/delta/fragment/')).length,
		).toBeGreaterThan(0);
	});

	test('remembers the same fingerprints and images as a full build', () => {
		// All but the record of how each build went (incremental, full) and the search index's
		// (a delta's, by design).
		const fingerprints = (r: typeof inc) => ({
			...stateOf(r),
			build: undefined,
			search: undefined,
		});
		expect(fingerprints(inc)).toEqual(fingerprints(full));
		expect(stateOf(full).build?.mode).toBe('full');
		expect(Object.keys(stateOf(full).search?.base ?? {}).length).toBeGreaterThan(0);
	});
});
