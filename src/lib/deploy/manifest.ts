/**
 * Which pages a deploy changed: a manifest of every built page's content hash, kept beside a
 * release (`pages.json`, outside `client/` so it is never served) or in a CI build cache, and
 * compared with the next build's. Every byte counts, hashed asset names included: a page whose
 * stylesheet changed is a changed page for a reader's cache.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles, pageUrl } from './files.ts';

/** URL path → SHA-256 (hex) of the page's HTML. */
export type PageManifest = Record<string, string>;

/** The manifest of a built static site (`dist/client` or a release's `client/`). */
export function pageManifest(clientDir: string): PageManifest {
	const manifest: PageManifest = {};
	for (const file of listFiles(clientDir).filter((f) => f.endsWith('.html')))
		manifest[pageUrl(file)] = createHash('sha256')
			.update(readFileSync(join(clientDir, file)))
			.digest('hex');
	return manifest;
}

/** What changed between two manifests, as URL paths, sorted. */
export interface PageChanges {
	added: string[];
	changed: string[];
	removed: string[];
}

/** Compare two manifests; `before` undefined (the first deploy) makes every page added. */
export function comparePages(before: PageManifest | undefined, after: PageManifest): PageChanges {
	const old = before ?? {};
	const added = Object.keys(after).filter((p) => !(p in old));
	const changed = Object.keys(after).filter((p) => p in old && old[p] !== after[p]);
	const removed = Object.keys(old).filter((p) => !(p in after));
	return { added: added.sort(), changed: changed.sort(), removed: removed.sort() };
}

/** A page's address on the public site: `siteUrl` may carry a base path (`https://x.gov.vn/sgd`). */
export function pageAddress(siteUrl: string, path: string): string {
	return `${siteUrl.replace(/\/+$/, '')}${path}`;
}

/** The lines a deploy prints: one address per line, marked new (+), changed (~) or gone (-). */
export function formatChanges(changes: PageChanges, siteUrl: string, limit = 200): string[] {
	const lines = [
		...changes.added.map((p) => `+ ${pageAddress(siteUrl, p)}`),
		...changes.changed.map((p) => `~ ${pageAddress(siteUrl, p)}`),
		...changes.removed.map((p) => `- ${pageAddress(siteUrl, p)}`),
	];
	const total = lines.length;
	if (total > limit) return [...lines.slice(0, limit), `… ${total - limit} more`];
	return lines;
}
