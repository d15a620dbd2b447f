import { access, copyFile, mkdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import sharp from 'sharp';
import { shareCardFile, type ShareCard } from './share-card.ts';
import type { CardDone, CardJob } from './share-card-worker.ts';

/**
 * Draws a build's share cards after its pages are written, in a pool of threads, and puts each
 * beside its page. Satori lays a card out in plain JavaScript on the thread that calls it, so one
 * thread draws one card at a time whatever else it awaits: a thread per core draws as many at once.
 * Only cards missing from the cache are drawn (the same cache and key `astro dev` uses); the others
 * are copied from it.
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
	threads: number;
	ms: number;
}

/**
 * Write every card into `outDir` at its path, drawing those not in `cacheDir` on `threads` threads
 * (default: one per core, never more than there are cards to draw).
 */
export async function drawShareCards(
	placed: readonly PlacedCard[],
	options: { cacheDir: string; outDir: string; threads?: number },
): Promise<PoolReport> {
	const started = performance.now();
	// A few at a time: keys read each cover whole, and thousands of covers at once would all be held.
	const files = await inBatches(placed, ({ card }) => shareCardFile(card, options.cacheDir));
	// One cache file per distinct card: two pages with the same card share one drawing, and no two
	// threads ever write the same file.
	const missing = new Map<string, PlacedCard>();
	const found = await inBatches(files, exists);
	for (const [i, file] of files.entries()) if (!found[i]) missing.set(file, placed[i]!);
	const threads = Math.min(options.threads ?? availableParallelism(), missing.size);
	if (missing.size > 0) await drawInPool([...missing], threads);
	await inBatches(placed, async ({ path }, i) => {
		const target = join(options.outDir, path);
		await mkdir(dirname(target), { recursive: true });
		await copyFile(files[i]!, target);
	});
	return { cards: placed.length, drawn: missing.size, threads, ms: performance.now() - started };
}

/** `fn` over every item, 16 at a time, results in order. */
async function inBatches<T, R>(items: readonly T[], fn: (item: T, i: number) => Promise<R>) {
	const results: R[] = [];
	for (let i = 0; i < items.length; i += 16)
		results.push(...(await Promise.all(items.slice(i, i + 16).map((x, j) => fn(x, i + j)))));
	return results;
}

const exists = (file: string) =>
	access(file).then(
		() => true,
		() => false,
	);

/** Draw each [cache file, card] on `threads` worker threads; fails naming the first card that failed. */
async function drawInPool(jobs: [string, PlacedCard][], threads: number): Promise<void> {
	// libvips threads are shared by the whole process: with a thread per core drawing already, each
	// image gets one, or sharp would start a core's worth per image and oversubscribe the machine.
	const concurrency = sharp.concurrency();
	sharp.concurrency(1);
	const workers = Array.from(
		{ length: threads },
		() => new Worker(new URL('./share-card-worker.ts', import.meta.url)),
	);
	try {
		let next = 0;
		await Promise.all(
			workers.map(async (worker) => {
				while (next < jobs.length) {
					const id = next++;
					const [file, { path, card }] = jobs[id]!;
					const done = await run(worker, { id, card, file });
					if (done.error) throw new Error(`share card ${path} ("${card.title}"): ${done.error}`);
				}
			}),
		);
	} finally {
		await Promise.all(workers.map((w) => w.terminate()));
		sharp.concurrency(concurrency);
	}
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
