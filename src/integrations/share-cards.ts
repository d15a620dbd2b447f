import { readFile, rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import sharp from 'sharp';
import { cacheDir } from '../lib/cache-dir.ts';
import { receiveShareCards } from '../lib/images/share-card-handoff.ts';
import { startShareCards, type CardRun, type PlacedCard } from '../lib/images/share-card-pool.ts';

/** Where the build writes the list of cards (removed once read). */
const listPath = 'share-cards.json';

/**
 * Share cards (src/data/share-cards.ts), drawn outside Astro's route loop. Drawn there, one route
 * at a time, they took most of a cold build. Now the build's routes only list them (a route of this
 * integration: the route table needs `astro:content`), and the cards not in the cache are drawn in
 * worker threads (src/lib/images/share-card-pool.ts): one thread per core but one while Astro
 * renders the pages on its own thread, every core once the pages are written; then every card is
 * copied beside its page. `astro dev` draws each card when asked instead.
 *
 * Two integrations: `begin` listed first (the list is gone before the others read the output),
 * `end` before the search index: Pagefind's process, which holds every page of a language until it
 * writes, does not grow while the card threads hold theirs (at 5,000 articles per language the
 * two at once were 1.7–1.8× the bare site's memory; one after the other, 1.0–1.3×).
 */
export function shareCards(): { begin: AstroIntegration; end: AstroIntegration } {
	const cores = availableParallelism();
	let cards: CardRun | undefined;
	let libvipsThreads: number | undefined;
	const start = (placed: PlacedCard[], threads: number) => {
		cards ??= startShareCards(placed, { cacheDir: join(cacheDir, 'share-cards'), threads });
	};
	const begin: AstroIntegration = {
		name: 'share-cards-list',
		hooks: {
			'astro:config:setup': ({ command, injectRoute }) => {
				if (command === 'build') {
					injectRoute({
						pattern: `/${listPath}`,
						entrypoint: new URL('./share-card-routes/list.ts', import.meta.url),
						prerender: true,
					});
					receiveShareCards((placed) => start(placed, Math.max(1, cores - 1)));
				} else
					injectRoute({
						pattern: '/[...article]/share.jpg',
						entrypoint: new URL('./share-card-routes/card.ts', import.meta.url),
						prerender: true,
					});
			},
			'astro:build:done': async ({ dir }) => {
				receiveShareCards(undefined);
				const list = fileURLToPath(new URL(listPath, dir));
				if (!cards) start(JSON.parse(await readFile(list, 'utf8')) as PlacedCard[], cores);
				await rm(list);
				// Astro's own images are done: from here one libvips thread per card (libvips threads are
				// the process's, shared by every worker), so the threads drawing cards are all the load.
				libvipsThreads = sharp.concurrency();
				sharp.concurrency(1);
				cards!.grow(cores);
			},
		},
	};
	const end: AstroIntegration = {
		name: 'share-cards',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				try {
					const report = await cards!.finish(fileURLToPath(dir));
					const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
					// The wait last: the benchmark reads a line's closing duration as its cost to the build.
					const drawn =
						report.drawn === 0
							? 'all cached'
							: `${report.cards - report.drawn} cached; ${report.drawn} drawn on ${report.threads} thread${report.threads === 1 ? '' : 's'}, ${s(report.drawMs)} beside the build`;
					logger.info(`${report.cards} cards (${drawn}), waited for in ${s(report.finishMs)}`);
				} finally {
					if (libvipsThreads !== undefined) sharp.concurrency(libvipsThreads);
					cards = undefined;
				}
			},
		},
	};
	return { begin, end };
}
