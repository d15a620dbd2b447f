/**
 * Files a release has in common with the one before it are stored once: every file of the new
 * `client/` whose bytes equal the same path in the previous release becomes a hard link to it
 * (what `rsync --link-dest` does for backups). Five kept releases of a site whose images weigh a
 * gigabyte then take about one gigabyte, and an unchanged page keeps its modification time, so
 * nginx's ETag and Last-Modified stay the same and readers revalidating get 304.
 * Releases are never modified after they are made, so sharing inodes is safe: a file is replaced by
 * renaming a link over it, never written into. An incremental build has linked most files already
 * (build.ts); those count as shared.
 */
import { linkSync, readFileSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from './files.ts';

/** How much the new release shares with the previous one. */
export interface ShareResult {
	files: number;
	bytes: number;
}

/** Replace each file of `newClient` identical to its namesake in `oldClient` by a link to it. */
export function shareUnchanged(oldClient: string, newClient: string): ShareResult {
	const result: ShareResult = { files: 0, bytes: 0 };
	for (const file of listFiles(newClient)) {
		const fresh = join(newClient, file);
		const old = join(oldClient, file);
		let a, b;
		try {
			a = statSync(fresh);
			b = statSync(old);
		} catch {
			continue;
		}
		if (!b.isFile()) continue;
		if (a.ino === b.ino && a.dev === b.dev) {
			result.files++;
			result.bytes += a.size;
			continue;
		}
		if (a.size !== b.size) continue;
		if (!readFileSync(fresh).equals(readFileSync(old))) continue;
		// Link under a temporary name, then rename over: the path always holds the file.
		const temp = `${fresh}.share-tmp`;
		try {
			linkSync(old, temp);
		} catch {
			// Another file system: keep the copy.
			continue;
		}
		renameSync(temp, fresh);
		result.files++;
		result.bytes += a.size;
	}
	return result;
}
