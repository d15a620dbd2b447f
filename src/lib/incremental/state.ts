import { createHash } from 'node:crypto';
import type { SearchState } from '../search/delta.ts';

/**
 * Incremental builds (README: "Publishing one item"): what a build remembers of itself so that the
 * next one can render only the pages whose inputs changed and take the rest from the build before.
 *
 * Every page of the route table gets a fingerprint: a hash of everything its template reads
 * (`src/data/incremental.ts`). Pages whose fingerprint is `always` are rendered by every build
 * (the home pages, registers, search: few and cheap, and they read most of the catalog). What
 * every page reads (the code, the settings, the registers, the clock's day) is the build's
 * `global` part: when any of it changes, the next build renders everything.
 *
 * The state is written beside the static output (`dist/build-state.json`, outside `client/`, never
 * served) and read back through `BUILD_PREVIOUS`, the previous build's output folder.
 */

export const stateVersion = 1;
export const stateFile = 'build-state.json';
/** Names the previous build's output folder (holding `client/` and `build-state.json`). */
export const previousVariable = 'BUILD_PREVIOUS';

/** A page fingerprint, or `always` for pages every build renders. */
export type Fingerprint = string;
export const always = 'always';

export interface BuildState {
	version: typeof stateVersion;
	/** Hash of the code, public files and the settings that reach pages (environment). */
	code: string;
	/** What every page reads, by part, so a full build can say which part changed. */
	global: Record<string, string>;
	/** Route path → fingerprint. */
	views: Record<string, Fingerprint>;
	/** Text files of the output (pages, feeds) → the `_astro/` images they name (when any). */
	images: Record<string, string[]>;
	/** The search index: its base and what the delta holds since (src/lib/search/delta.ts). */
	search?: SearchState;
	/**
	 * What this build rendered, as its log line says it, so that `npm run deploy` can say which path
	 * the build took without reading the log. Absent from states written before it existed; never
	 * read when planning the next build.
	 */
	build?: BuildOutcome;
}

/** How a build went: every page rendered (and why), or only the changed ones. */
export type BuildOutcome =
	| { mode: 'full'; reason: string; pages: number }
	| {
			mode: 'incremental';
			/** Pages changed or new since the previous build. */
			changed: number;
			/** Pages every build renders (`always`). */
			always: number;
			/** Pages of the previous build that no longer exist. */
			removed: number;
			pages: number;
	  };

/** The outcome in words, as the build's log and the deploy print it. */
export function describeOutcome(outcome: BuildOutcome): string {
	return outcome.mode === 'full'
		? `full (${outcome.reason})`
		: `incremental (${outcome.changed} changed page(s) and ${outcome.always} always rendered of ${outcome.pages}, ${outcome.removed} removed)`;
}

/** What a build knows of itself before it renders: code, global parts and page fingerprints. */
export type PlannedState = Omit<BuildState, 'images' | 'search' | 'build'>;

/** What the next build renders. */
export type RenderPlan =
	| { mode: 'full'; reason: string; state: PlannedState }
	| {
			mode: 'incremental';
			/** Paths to render: changed, new, and every `always` page. */
			render: Set<string>;
			/** Those that changed or are new (the rest are `always` pages). */
			changed: string[];
			/** Paths of the previous build that no longer exist. */
			removed: string[];
			state: PlannedState;
	  };

/** A short, stable hash of any JSON-able value (Dates as ISO strings, key order as built). */
export function hashOf(...values: unknown[]): string {
	const h = createHash('sha256');
	for (const v of values) h.update(typeof v === 'string' ? v : JSON.stringify(v)).update('\u0000');
	return h.digest('base64url').slice(0, 22);
}

/** Names of the global parts, as a reader of the build log reads them. */
const partNames: Record<string, string> = {
	code: 'the code, public files or build settings',
	time: 'the day, or the state of a consultation or urgent notice (by the clock)',
	pages: 'the static pages',
	topics: 'the topics',
	units: 'the units',
	identity: 'the Department settings',
	alerts: 'the urgent notices',
	spokespeople: 'the spokespeople',
	documents: 'the legal documents',
};

/**
 * Decide between rendering everything and rendering what changed, from the previous build's state
 * (`undefined` when there is none) and this build's fingerprints.
 */
export function planRender(previous: BuildState | undefined, next: PlannedState): RenderPlan {
	const full = (reason: string): RenderPlan => ({ mode: 'full', reason, state: next });
	if (!previous) return full('no previous build to start from');
	if (previous.version !== stateVersion) return full('the previous build kept another format');
	if (previous.code !== next.code) return full(`${partNames.code} changed`);
	const parts = [...new Set([...Object.keys(previous.global), ...Object.keys(next.global)])];
	const changedParts = parts.filter((p) => previous.global[p] !== next.global[p]);
	if (changedParts.length > 0)
		return full(`${changedParts.map((p) => partNames[p] ?? p).join(', ')} changed`);
	const render = new Set<string>();
	const changed: string[] = [];
	for (const [path, fp] of Object.entries(next.views)) {
		if (fp === always) render.add(path);
		else if (previous.views[path] !== fp) {
			render.add(path);
			changed.push(path);
		}
	}
	const removed = Object.keys(previous.views).filter((p) => !(p in next.views));
	return { mode: 'incremental', render, changed, removed, state: next };
}

/** The folder of a page's files, relative to the output: `/tin-tuc/x/` → `tin-tuc/x`, `/en/404.html` → `en`. */
export function pageFolder(path: string): string {
	const trimmed = path.replace(/^\/+/, '');
	const folder = trimmed.endsWith('/') ? trimmed.slice(0, -1) : trimmed.replace(/\/?[^/]*$/, '');
	return folder;
}
