/**
 * Walking a built site on disk. Erasable TypeScript with `.ts` import specifiers throughout this
 * folder, so `scripts/deploy.mjs` runs it with Node's own type stripping (no tsx, no build step).
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

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
