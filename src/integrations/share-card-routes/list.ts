import type { APIRoute } from 'astro';
import { loadCatalog } from '~/data/catalog';
import { renderPlan, renders } from '~/data/incremental';
import { placedShareCards } from '~/data/share-cards';
import { handOverShareCards } from '~/lib/images/share-card-handoff';

/**
 * Build only: the list of share cards (path and what each shows), handed to the share-cards
 * integration, which starts drawing them while the pages are rendered, and written as a file it
 * reads if the hand-over did not reach it (the route table needs `astro:content`, which only the
 * build's own routes can read). The integration removes the file.
 */
export const GET: APIRoute = async ({ site }) => {
	// The cards of the pages this build renders (all, or those whose inputs changed).
	const { views, plan } = renderPlan(await loadCatalog());
	const placed = placedShareCards(
		views.filter((v) => renders(plan, v.path)),
		site!.host,
	);
	handOverShareCards(placed);
	return new Response(JSON.stringify(placed), {
		headers: { 'Content-Type': 'application/json' },
	});
};
