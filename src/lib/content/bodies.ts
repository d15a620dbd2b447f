import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Rendered Markdown bodies kept beside Astro's content store instead of inside it.
 *
 * Astro's glob loader keeps each file's raw body and its HTML in the content store, and the build
 * bundles the whole store into its server code as one JSON string: with 10,000 articles that is
 * 73 MB for Vite to bundle and for Node to hold, on every build, a one-line publication included.
 * The article loader (`loader.ts`) writes each body's HTML to a file of its own under
 * `<cacheDir>/bodies/<collection>/`, named by the entry's id and digest, and stores the entry
 * without it; the page reads it back when it renders (`src/data/body.ts`). The store keeps
 * everything else (data, the images the body uses, its headings), so `render()` works as before.
 *
 * The files live in the cache folder with the store itself and are renewed with it: an entry whose
 * file is missing is rendered again, and files no entry names are removed after each sync.
 */

/** The part of a stored entry's `rendered.metadata` that names its body file. */
export const bodyFileKey = 'bodyFile';

/** The body file a stored entry names, if it has one. */
export function storedBodyFile(entry: { rendered?: { metadata?: object } }): string | undefined {
	const name = (entry.rendered?.metadata as Record<string, unknown> | undefined)?.[bodyFileKey];
	return typeof name === 'string' ? name : undefined;
}

/** The folder of one collection's bodies. */
export const bodiesDir = (cacheDir: string, collection: string) =>
	join(cacheDir, 'bodies', collection);

/**
 * File name of a body: the same file read again gives the same name; another file, or the same
 * text under another id (relative image paths resolve per file), another one.
 */
export function bodyFileName(id: string, digest: string): string {
	const hash = createHash('sha256').update(id).update('\0').update(digest);
	return `${hash.digest('base64url').slice(0, 32)}.html`;
}

export function writeBody(dir: string, name: string, html: string): void {
	mkdirSync(dir, { recursive: true });
	writeFileSync(join(dir, name), html);
}

/** The HTML of a stored body, or a clear error naming the entry when its file is gone. */
export function readBody(dir: string, name: string, entry: string): string {
	const file = join(dir, name);
	if (!existsSync(file))
		throw new Error(
			`The rendered body of ${entry} is missing (${file}): the content cache was changed during the build; build again.`,
		);
	return readFileSync(file, 'utf8');
}

/** Remove the body files of `dir` that no entry names any more. Returns how many. */
export function pruneBodies(dir: string, keep: ReadonlySet<string>): number {
	if (!existsSync(dir)) return 0;
	let removed = 0;
	for (const name of readdirSync(dir))
		if (!keep.has(name)) {
			rmSync(join(dir, name), { force: true });
			removed++;
		}
	return removed;
}
