import { parentPort } from 'node:worker_threads';
import { drawShareCardTo, type ShareCard } from './share-card.ts';

/**
 * One thread of the share-card pool (`share-card-pool.ts`): draws the cards it is sent into the
 * cache, one at a time, and answers with the job's id (and the error, if drawing failed). Run by
 * Node itself, not Vite: its imports are relative and end in `.ts`.
 */

/** A card to draw into a cache file. */
export interface CardJob {
	id: number;
	card: ShareCard;
	file: string;
}

/** A job done, or the reason it could not be. */
export interface CardDone {
	id: number;
	error?: string;
}

parentPort?.on('message', async ({ id, card, file }: CardJob) => {
	try {
		await drawShareCardTo(card, file);
		parentPort!.postMessage({ id } satisfies CardDone);
	} catch (error) {
		parentPort!.postMessage({
			id,
			error: error instanceof Error ? error.message : String(error),
		} satisfies CardDone);
	}
});
