/**
 * Hashed files outlive their release for a while. A reader who got a page of the old release just
 * before the switch asks for its stylesheet, scripts and search index just after: those names
 * (`/_astro/x.Hash.css`, Pagefind's `pagefind/fragment/…`, `index/…`, `*.pf_meta`) exist only
 * in the old release. So each release also holds the hashed files of the other kept releases,
 * as hard links (no extra space; a copy where links are impossible), and they go when the
 * releases that made them are pruned. `assets.json` lists a release's own files, so carried files
 * are never carried further.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { linkOrCopy, listFiles } from './files.ts';

/** Folders of the static site whose file names change with their content. */
export const hashedFolders = ['_astro/', 'pagefind/'] as const;

/** A release's own files in the hashed folders, relative to `client/`. */
export function ownAssets(clientDir: string): string[] {
	return listFiles(clientDir).filter((f) => hashedFolders.some((d) => f.startsWith(d)));
}

/** Where a release keeps the list of its own hashed files. */
export const assetsFile = (releaseDir: string) => join(releaseDir, 'assets.json');

export function writeAssets(releaseDir: string, files: string[]): void {
	writeFileSync(assetsFile(releaseDir), `${JSON.stringify(files, null, '\t')}\n`);
}

/** A release's own hashed files; a release made before the list existed counts all it has. */
export function readAssets(releaseDir: string): string[] {
	const file = assetsFile(releaseDir);
	if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as string[];
	return ownAssets(join(releaseDir, 'client'));
}

/**
 * The files of a release's `client/` that its build made, relative to `client/`: all but the
 * hashed files carried in from other releases (those in a hashed folder missing from its list).
 */
export function buildFiles(releaseDir: string): string[] {
	const own = new Set(readAssets(releaseDir));
	return listFiles(join(releaseDir, 'client')).filter(
		(f) => own.has(f) || !hashedFolders.some((d) => f.startsWith(d)),
	);
}

/** How a carry went. */
export interface CarryResult {
	linked: number;
	copied: number;
}

/**
 * Put into `toRelease/client` every own hashed file of `fromReleases` that it lacks. Files it
 * already has are left alone: an unhashed name (`pagefind/pagefind.js`) is the new release's.
 * Only new names are made, never a file written over: `toRelease` may be live (a rollback) and its
 * files hard links shared with other releases.
 */
export function carryAssets(fromReleases: readonly string[], toRelease: string): CarryResult {
	const result: CarryResult = { linked: 0, copied: 0 };
	const toClient = join(toRelease, 'client');
	const made = new Set<string>();
	for (const from of fromReleases)
		for (const file of readAssets(from)) {
			const source = join(from, 'client', file);
			const dest = join(toClient, file);
			if (existsSync(dest) || !existsSync(source)) continue;
			result[linkOrCopy(source, dest, made)]++;
		}
	return result;
}
