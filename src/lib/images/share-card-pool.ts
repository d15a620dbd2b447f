import { access, copyFile, mkdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { shareCardFile, type ShareCard } from './share-card.ts';
import type { CardDone, CardJob } from './share-card-worker.ts';

/**
 * Draws a build's share cards in a pool of threads, beside the build rather than inside its route
 * loop, and puts each beside its page. Satori lays a card out in plain JavaScript and sharp
 * rasterises its SVG (most of a card's ~55 ms, measured here), so one thread draws one card at a
 * time: a thread per core draws as many at once. Only cards missing from the cache are drawn (the
 * cache and key `astro dev` uses); the others are copied from it.
 */

/** A card and where the build serves it: `/tin-tuc/x/share.jpg`. */
export interface PlacedCard {
	path: string;
	card: ShareCard;
}

/** What a run did. */
export interface PoolReport {
	cards: number;
	/** Cards drawn (the rest came from the cache). */
	drawn: number;
	/** Threads that drew at the end (fewer may have drawn while the pages were rendered). */
	threads: number;
	/** From the start to the last card drawn (0 when none was drawn). */
	drawMs: number;
	/** How long `finish` took: waiting for the last cards, then copying them all into place. */
	finishMs: number;
}

/** Cards being drawn: more threads can join, and `finish` places every card once all are drawn. */
export interface CardRun {
	/** Draw on `threads` threads from now on (never fewer than already draw, never more than needed). */
	grow(threads: number): void;
	/** Wait for the drawing, then copy every card to its path under `outDir`. */
	finish(outDir: string): Promise<PoolReport>;
}

/** Start drawing the cards of `placed` missing from `cacheDir`, on `threads` worker threads. */
export function startShareCards(
	placed: readonly PlacedCard[],
	options: { cacheDir: string; threads: number },
): CardRun {
	const started = performance.now();
	const workers: Worker[] = [];
	const loops: Promise<void>[] = [];
	let failure: Error | undefined;
	let next = 0;
	let lastDrawn: number | undefined;
	const prepared = prepare(placed, options.cacheDir);
	// Each thread takes the next card until none is left or one has failed.
	const loop = async (worker: Worker) => {
		const { jobs } = await prepared;
		while (next < jobs.length && !failure) {
			const id = next++;
			const [file, { path, card }] = jobs[id]!;
			const done = await run(worker, { id, card, file }).catch((e: Error) => ({
				id,
				error: e.message,
			}));
			if (done.error) failure ??= new Error(`share card ${path} ("${card.title}"): ${done.error}`);
			lastDrawn = performance.now();
		}
	};
	// Threads asked for; started once the missing cards are known, never more than cards left.
	let wanted = options.threads;
	let jobs: [string, PlacedCard][] | undefined;
	const grow = () => {
		const target = Math.min(wanted, workers.length + jobs!.length - next);
		while (workers.length < target) {
			const worker = new Worker(new URL('./share-card-worker.ts', import.meta.url));
			workers.push(worker);
			loops.push(loop(worker));
		}
	};
	// A failure while reading the keys (an unreadable cover) is thrown by `finish`, not reported as
	// unhandled before it is called.
	const ready = prepared.then((p) => {
		jobs = p.jobs;
		grow();
	});
	ready.catch(() => undefined);
	return {
		grow: (threads) => {
			wanted = Math.max(wanted, threads);
			if (jobs) grow();
		},
		finish: async (outDir) => {
			const asked = performance.now();
			const { files, jobs } = await prepared;
			await ready;
			try {
				// Every thread started so far; none starts after this call.
				await Promise.all(loops);
			} finally {
				await Promise.all(workers.map((w) => w.terminate()));
			}
			if (failure) throw failure;
			const drawMs = (lastDrawn ?? started) - started;
			await inBatches(placed, async ({ path }, i) => {
				const target = join(outDir, path);
				await mkdir(dirname(target), { recursive: true });
				await copyFile(files[i]!, target);
			});
			const finishMs = performance.now() - asked;
			return {
				cards: placed.length,
				drawn: jobs.length,
				threads: workers.length,
				drawMs,
				finishMs,
			};
		},
	};
}

/** Draw the missing cards on every core and place them all: `startShareCards` then `finish`. */
export function drawShareCards(
	placed: readonly PlacedCard[],
	options: { cacheDir: string; outDir: string; threads?: number },
): Promise<PoolReport> {
	const threads = options.threads ?? availableParallelism();
	return startShareCards(placed, { cacheDir: options.cacheDir, threads }).finish(options.outDir);
}

/**
 * Each card's cache file, and the cards to draw: one per distinct missing file, so two pages with
 * the same card share one drawing and no two threads ever write the same file.
 */
async function prepare(placed: readonly PlacedCard[], cacheDir: string) {
	// A few at a time: keys read each cover whole, and thousands of covers at once would all be held.
	const files = await inBatches(placed, ({ card }) => shareCardFile(card, cacheDir));
	const found = await inBatches(files, (file) =>
		access(file).then(
			() => true,
			() => false,
		),
	);
	const missing = new Map<string, PlacedCard>();
	for (const [i, file] of files.entries()) if (!found[i]) missing.set(file, placed[i]!);
	return { files, jobs: [...missing] };
}

/** `fn` over every item, 16 at a time, results in order. */
async function inBatches<T, R>(items: readonly T[], fn: (item: T, i: number) => Promise<R>) {
	const results: R[] = [];
	for (let i = 0; i < items.length; i += 16)
		results.push(...(await Promise.all(items.slice(i, i + 16).map((x, j) => fn(x, i + j)))));
	return results;
}

/** Send one job to a worker and wait for its answer (or for the worker to die). */
function run(worker: Worker, job: CardJob): Promise<CardDone> {
	return new Promise((resolve, reject) => {
		const onMessage = (done: CardDone) => {
			worker.off('error', onError);
			resolve(done);
		};
		const onError = (error: Error) => {
			worker.off('message', onMessage);
			reject(error);
		};
		worker.once('message', onMessage);
		worker.once('error', onError);
		worker.postMessage(job);
	});
}
