import type { APIRoute } from 'astro';

/** Crawlers may read everything public; the CMS is not for them. */
export const GET: APIRoute = ({ site }) =>
	new Response(
		`User-agent: *\nAllow: /\nDisallow: /admin/\n\nSitemap: ${new URL('/sitemap.xml', site).href}\n`,
		{
			headers: { 'Content-Type': 'text/plain; charset=utf-8' },
		},
	);
