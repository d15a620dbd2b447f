import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cacheDir } from '../lib/cache-dir.ts';
import { drawShareCards, type PlacedCard } from '../lib/images/share-card-pool.ts';

/** Where the build writes the list of cards for the end of the build (removed once read). */
const listPath = 'share-cards.json';

/**
 * Share cards (src/data/share-cards.ts), drawn outside Astro's route loop. Astro renders one route
 * at a time, and satori's layout is JavaScript on that one thread: drawn there, cards took most of
 * a cold build. So the build writes only their list (a route of this integration, since the route
 * table needs `astro:content`), and at the end of the build the cards not in the cache are drawn in
 * a thread per core and every card is copied beside its page (src/lib/images/share-card-pool.ts).
 * `astro dev` draws each card when asked instead. Listed first among the integrations, so the
 * cards exist and the list is gone before the others read the output.
 */
export function shareCards(): AstroIntegration {
	return {
		name: 'share-cards',
		hooks: {
			'astro:config:setup': ({ command, injectRoute }) => {
				if (command === 'build')
					injectRoute({
						pattern: `/${listPath}`,
						entrypoint: new URL('./share-card-routes/list.ts', import.meta.url),
						prerender: true,
					});
				else
					injectRoute({
						pattern: '/[...article]/share.jpg',
						entrypoint: new URL('./share-card-routes/card.ts', import.meta.url),
						prerender: true,
					});
			},
			'astro:build:done': async ({ dir, logger }) => {
				const list = fileURLToPath(new URL(listPath, dir));
				const placed = JSON.parse(await readFile(list, 'utf8')) as PlacedCard[];
				await rm(list);
				const report = await drawShareCards(placed, {
					cacheDir: join(cacheDir, 'share-cards'),
					outDir: fileURLToPath(dir),
				});
				logger.info(
					`${report.cards} cards (${report.drawn} drawn on ${report.threads} threads, ${report.cards - report.drawn} from the cache) in ${(report.ms / 1000).toFixed(1)} s`,
				);
			},
		},
	};
}
