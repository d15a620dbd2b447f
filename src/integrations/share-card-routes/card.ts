import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCatalog } from '~/data/catalog';
import { buildRoutes } from '~/data/routes';
import { placedShareCards } from '~/data/share-cards';
import { cacheDir } from '~/lib/cache-dir';
import { cachedShareCard, type ShareCard } from '~/lib/images/share-card';
import { routeParam } from '~/lib/paths';

/**
 * `astro dev` only: each share card drawn when asked (from the same cache as the build's). The
 * build draws them all after the pages instead (src/integrations/share-cards.ts).
 */
export const getStaticPaths = (async () => {
	// The host is the configured site's, as in the build; the route only needs the paths here.
	const views = buildRoutes(await loadCatalog());
	return placedShareCards(views, '').map(({ path, card }) => ({
		params: { article: routeParam(path.replace(/share\.jpg$/, '')) },
		props: { card },
	}));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: ShareCard }> = async ({ props: { card }, site }) => {
	const jpeg = await cachedShareCard({ ...card, host: site!.host }, join(cacheDir, 'share-cards'));
	return new Response(new Uint8Array(jpeg), { headers: { 'Content-Type': 'image/jpeg' } });
};
