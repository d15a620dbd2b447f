import type { SearchState } from '../search/delta.ts';
import type { BuildState, RenderPlan } from './state.ts';

/**
 * What the incremental integration (src/integrations/incremental.ts) and the routes
 * (src/data/incremental.ts) share in one build. The routes run from Astro's bundle of the pages and
 * the integration from the config, two copies of every module; an object kept under a global
 * symbol is what both see (like the share cards' hand-over).
 */
export interface IncrementalShared {
	/** Hash of the code and settings; unset outside `astro build` (no incremental rendering). */
	code?: string;
	/**
	 * Keys of what integrations generate from the content for the bundle to import (the Hangul
	 * subset, src/integrations/hangul.ts), set before the build starts: part of the code's hash.
	 */
	generated?: Record<string, string>;
	/** The previous build's state, when `BUILD_PREVIOUS` names one. */
	previous?: BuildState;
	/** Set by the first route that asks. */
	plan?: RenderPlan;
	/** Set by the search index integration once it has written the index. */
	search?: SearchState;
}

const sharedKey = Symbol.for('newsroom.incremental');

export function incrementalShared(): IncrementalShared {
	const g = globalThis as { [sharedKey]?: IncrementalShared };
	return (g[sharedKey] ??= {});
}
