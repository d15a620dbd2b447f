/**
 * Release folders and the `current` link: `<target>/releases/<UTC stamp>-<short commit>/` with
 * `client/` (the static site nginx serves), `server/` (the feedback server), `release.json`,
 * `pages.json`, `assets.json` and the build's `build-state.json` (what the next deploy's build
 * starts from); `<target>/current` → `releases/<name>`.
 */
import { existsSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { basename, join } from 'node:path';

/** What a release records about itself (`release.json`). */
export interface ReleaseInfo {
	name: string;
	commit: string;
	builtAt: string;
	/** Seconds the build took; null when deployed `--from` an existing build. */
	buildSeconds: number | null;
	/** Which path the build took (its own record); null for a build that kept none (older `--from`). */
	build: 'full' | 'incremental' | null;
	pages: number;
	siteUrl: string;
}

/**
 * A release's folder name: the UTC time to the second, then the short commit. Names sort in time
 * order as plain strings, which is what listing, pruning and rollback rely on.
 */
export function releaseName(at: Date, commit: string): string {
	const stamp = at
		.toISOString()
		.replace(/[-:]/g, '')
		.replace(/\.\d+Z$/, 'Z');
	return `${stamp}-${commit.slice(0, 7) || 'nogit'}`;
}

const namePattern = /^\d{8}T\d{6}Z-[\w-]+$/;

/** Release names in `<target>/releases`, oldest first (half-written `.tmp-` folders excluded). */
export function listReleases(target: string): string[] {
	const dir = join(target, 'releases');
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((n) => namePattern.test(n))
		.sort();
}

/** The release `current` points at, or undefined before the first deploy. */
export function currentRelease(target: string): string | undefined {
	const link = join(target, 'current');
	try {
		return basename(readlinkSync(link));
	} catch {
		return undefined;
	}
}

/**
 * Releases to delete so that `keep` remain: the oldest go first; `current` (for a deploy, the
 * release being switched to) is never deleted, even when a rollback made it the oldest.
 */
export function releasesToPrune(
	names: readonly string[],
	keep: number,
	current: string | undefined,
): string[] {
	const sorted = [...names].sort();
	const excess = sorted.length - Math.max(1, keep);
	if (excess <= 0) return [];
	return sorted.filter((n) => n !== current).slice(0, excess);
}

/** The release before `current` in time, the one `--rollback` returns to. */
export function previousRelease(
	names: readonly string[],
	current: string | undefined,
): string | undefined {
	const sorted = [...names].sort();
	const at = current === undefined ? -1 : sorted.indexOf(current);
	return at > 0 ? sorted[at - 1] : undefined;
}

/**
 * Point `<target>/current` at a release atomically: a new symlink under a temporary name, then
 * rename(2) over `current`, so every path lookup sees either the old release or the new, never
 * a missing link (a remove-then-create would leave a moment without one). The link is relative,
 * so the target folder can be moved or mounted elsewhere.
 */
export function switchCurrent(target: string, name: string): void {
	const temp = join(target, `.current-${process.pid}-${Date.now()}`);
	rmSync(temp, { force: true });
	symlinkSync(join('releases', name), temp);
	renameSync(temp, join(target, 'current'));
}
