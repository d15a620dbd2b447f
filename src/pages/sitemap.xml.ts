import type { APIRoute } from 'astro';
import { loadCatalog } from '~/data/catalog';
import { renderPlan } from '~/data/incremental';
import { buildSitemap } from '~/lib/sitemap';

/** sitemap.xml with hreflang alternates that point only at real translations. */
export const GET: APIRoute = async ({ site }) => {
	const views = renderPlan(await loadCatalog()).views.filter((v) => v.type !== 'notFound');
	const xml = buildSitemap(views, site!);
	return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
