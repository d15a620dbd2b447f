import { parentPort } from 'node:worker_threads';
import { prepareForIndex } from './html.ts';

/**
 * The thread that prepares pages for Pagefind (`prepareForIndex`) while the build's own thread
 * hands the ones before to Pagefind (src/integrations/search-index.ts). Run by Node itself, not
 * Vite: its imports are relative and end in `.ts`.
 */

/** Pages to prepare, as built. */
export interface PrepareJob {
	pages: string[];
}

/** The pages prepared, in order, or the reason they could not be. */
export interface PrepareDone {
	prepared?: (string | undefined)[];
	error?: string;
}

parentPort?.on('message', ({ pages }: PrepareJob) => {
	try {
		parentPort!.postMessage({ prepared: pages.map(prepareForIndex) } satisfies PrepareDone);
	} catch (error) {
		parentPort!.postMessage({
			error: error instanceof Error ? (error.stack ?? error.message) : String(error),
		} satisfies PrepareDone);
	}
});
