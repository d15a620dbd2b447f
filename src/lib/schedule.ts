/**
 * Scheduled publishing and embargo. An article with `publishAt` (a date-time with its offset,
 * Vietnam time) is built as if it did not exist until that instant: no page, listing, feed,
 * sitemap entry, search index entry, share card, related link, home section or urgent-notice
 * link. "Now" is the build's clock (`buildNow`), read once per build, so every page of one build
 * agrees on what is live. A scheduled CI job asks `dueItems` whether anything became due since the
 * live site was built, and rebuilds only then (`npm run publish:due`).
 *
 * A preview build (`SITE_PREVIEW=1`, for reviewers of CMS drafts) shows scheduled items as readers
 * will see them, marked, and is never indexed; drafts stay out of every build.
 *
 * Pure apart from `buildNow` (the machine's clock, and `process.env` by default) and `isPreview`'s
 * default argument.
 */

/** The variable that fixes the build's clock (tests, a rebuild "as of" a time). */
export const buildNowVariable = 'BUILD_NOW';
/** The variable that makes a preview build. */
export const previewVariable = 'SITE_PREVIEW';

/** A date-time with a time of day and an offset (`Z`, `+07:00`, `+0700`). */
const dateTimeWithOffset =
	/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

/** Parses an instant written with its offset; undefined for anything else (no guessing a zone). */
export function parseInstant(text: string): Date | undefined {
	const s = text.trim();
	if (!dateTimeWithOffset.test(s)) return undefined;
	const t = new Date(s.replace(' ', 'T'));
	return Number.isNaN(t.getTime()) ? undefined : t;
}

/** The machine's clock as first read by this build. */
let machineNow: Date | undefined;

/**
 * The machine's clock, read once per build: every page of a build then agrees on what is live,
 * open or expired, even if an instant passes while the pages render. Under `astro dev` (and in
 * unit tests) time moves on between requests, as it does for readers.
 */
function machineClock(): Date {
	if (import.meta.env?.DEV) return new Date();
	machineNow ??= new Date();
	return new Date(machineNow.getTime());
}

/**
 * The build's "now": `BUILD_NOW` when set (an ISO date-time with offset, e.g.
 * `2026-12-01T09:00:00+07:00`), else the machine's clock as first read by this build. A malformed
 * value stops the build rather than publishing by the wrong clock.
 */
export function buildNow(env: Record<string, string | undefined> = process.env): Date {
	const given = env[buildNowVariable];
	if (given === undefined || given.trim() === '') return machineClock();
	const t = parseInstant(given);
	if (!t)
		throw new Error(
			`${buildNowVariable}="${given}" không hợp lệ: cần ngày giờ có múi giờ, ví dụ 2026-12-01T09:00:00+07:00. (${buildNowVariable} must be an ISO date-time with an offset.)`,
		);
	return t;
}

/** True in a preview build (`SITE_PREVIEW=1`): noindex, no sitemap, scheduled items shown. */
export function isPreview(env: Record<string, string | undefined> = process.env): boolean {
	const v = env[previewVariable]?.trim().toLowerCase();
	return v === '1' || v === 'true' || v === 'yes';
}

/** The publishing facts of an article's Vietnamese file. */
export interface Scheduled {
	draft?: boolean | undefined;
	publishAt?: Date | undefined;
}

/** True when an item with this `publishAt` is due at `now` (no `publishAt`: always). */
export function isDue(publishAt: Date | undefined, now: Date): boolean {
	return !publishAt || publishAt.getTime() <= now.getTime();
}

/** True when the item is scheduled for later than `now`. */
export function isScheduled(data: Scheduled, now: Date): boolean {
	return !isDue(data.publishAt, now);
}

/**
 * Whether a build publishes the item: never a draft; a scheduled item once due, or at once in a
 * preview (a reviewer sees the embargoed release as readers will).
 */
export function isLive(data: Scheduled, now: Date, preview = false): boolean {
	if (data.draft) return false;
	return preview || isDue(data.publishAt, now);
}

/** An item that a scheduled job may find due. */
export interface DueCandidate {
	/** `<kind>/<folder>`. */
	key: string;
	draft?: boolean | undefined;
	publishAt?: Date | undefined;
}

/**
 * Items that became due in `(since, now]`: published by a build at `now` but not by the build at
 * `since`. Drafts never are. Sorted by time, then key.
 */
export function dueItems<T extends DueCandidate>(
	items: readonly T[],
	since: Date,
	now: Date,
): (T & { publishAt: Date })[] {
	return items
		.filter(
			(i): i is T & { publishAt: Date } =>
				!i.draft &&
				i.publishAt !== undefined &&
				i.publishAt.getTime() > since.getTime() &&
				i.publishAt.getTime() <= now.getTime(),
		)
		.sort((a, b) => a.publishAt.getTime() - b.publishAt.getTime() || (a.key < b.key ? -1 : 1));
}

/**
 * What every build writes at the root of its static output as `release.json`: when it was built
 * and from which commit, nothing else (a future embargo time must not be readable there).
 */
export interface Release {
	builtAt: string;
	commit: string | null;
}

/** The release record of a build at `now` from `commit` (a short sha, or null outside git). */
export function releaseRecord(now: Date, commit: string | null | undefined): Release {
	const sha = commit?.trim();
	return { builtAt: now.toISOString(), commit: sha && /^[0-9a-f]{4,40}$/i.test(sha) ? sha : null };
}

/** The build time in a `release.json` text; throws a message naming what was wrong. */
export function builtAtOf(json: string, source: string): Date {
	let parsed: unknown;
	try {
		parsed = JSON.parse(json);
	} catch {
		throw new Error(`${source} is not JSON`);
	}
	const builtAt =
		typeof parsed === 'object' && parsed !== null
			? new Map(Object.entries(parsed)).get('builtAt')
			: undefined;
	const t = typeof builtAt === 'string' ? parseInstant(builtAt) : undefined;
	if (!t) throw new Error(`${source} has no valid "builtAt" (an ISO date-time with offset)`);
	return t;
}

/**
 * The problem with `publishAt` as written in the file, or undefined if it is a date-time with an
 * offset. YAML turns an unquoted `2026-12-10T09:00:00` into UTC (16:00 in Vietnam) and a bare date
 * into UTC midnight, so the schema alone cannot tell them from a value with `Z`: the text decides.
 */
export function publishAtTextProblem(text: string): string | undefined {
	const value = text.trim().replace(/^(["'])(.*)\1$/, '$2');
	if (value === '' || value === 'null' || value === '~') return undefined;
	if (parseInstant(value)) return undefined;
	const example = /^\d{4}-\d{2}-\d{2}$/.test(value)
		? `${value}T09:00:00+07:00`
		: /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(value)
			? `${value.replace(' ', 'T')}+07:00`
			: '2026-12-10T09:00:00+07:00';
	return `"publishAt" (Hẹn giờ đăng) phải có ngày, giờ và múi giờ, ví dụ ${example} cho giờ Việt Nam; "${value}" thiếu giờ hoặc múi giờ. (publishAt must be a date-time with an offset such as +07:00.)`;
}
