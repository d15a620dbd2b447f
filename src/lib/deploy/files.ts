/**
 * Walking a built site on disk. Erasable TypeScript with `.ts` import specifiers throughout this
 * folder, so `scripts/deploy.mjs` runs it with Node's own type stripping (no tsx, no build step).
 */
import { copyFileSync, linkSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

/** Every file under `dir`, as paths relative to it with forward slashes, sorted. */
export function listFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile())
		.map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
		.sort();
}

/** The URL path a built HTML file is served at: `en/news/x/index.html` → `/en/news/x/`. */
export function pageUrl(file: string): string {
	return `/${file}`.replace(/(^|\/)index\.html$/, '$1');
}

/**
 * Put `from` at `to` as a hard link (no extra space), or a copy where a link is impossible
 * (another file system, or one without hard links): the same bytes either way. `to` must not
 * exist: a file is never written over, since it may be a link shared with a live release.
 *
 * `made` holds the folders already made by earlier calls of one walk: tens of thousands of files
 * sit in a few thousand folders, and asking for each file's folder again cost seconds.
 */
export function linkOrCopy(
	from: string,
	to: string,
	made: Set<string> = new Set(),
): 'linked' | 'copied' {
	const folder = dirname(to);
	if (!made.has(folder)) {
		mkdirSync(folder, { recursive: true });
		made.add(folder);
	}
	try {
		linkSync(from, to);
		return 'linked';
	} catch {
		copyFileSync(from, to);
		return 'copied';
	}
}
