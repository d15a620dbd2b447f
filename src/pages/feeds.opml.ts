import type { APIRoute } from 'astro';
import { loadCatalog } from '~/data/catalog';
import { feedInfos } from '~/data/feeds';
import { feedList } from '~/data/feed-list';
import { renderPlan } from '~/data/incremental';

/** `/feeds.opml`: every feed of the site, in every language, for a feed reader to import. */
export const GET: APIRoute = async ({ site }) => {
	const feeds = feedInfos(renderPlan(await loadCatalog()).views);
	return new Response(feedList(feeds, site!), {
		headers: { 'Content-Type': 'text/x-opml; charset=utf-8' },
	});
};
