import type { APIRoute } from 'astro';
import { loadCatalog } from '~/data/catalog';
import { buildRoutes } from '~/data/routes';
import { placedShareCards } from '~/data/share-cards';

/**
 * Build only: the list of share cards (path and what each shows), written with the pages for the
 * share-cards integration, which reads it, removes it and draws the cards (the route table needs
 * `astro:content`, which only the build's own routes can read).
 */
export const GET: APIRoute = async ({ site }) =>
	new Response(JSON.stringify(placedShareCards(buildRoutes(await loadCatalog()), site!.host)), {
		headers: { 'Content-Type': 'application/json' },
	});
