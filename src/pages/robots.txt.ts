import type { APIRoute } from 'astro';
import { isPreview } from '~/lib/schedule';

/**
 * Crawlers may read everything public; the CMS is not for them. A preview build (SITE_PREVIEW=1,
 * for reviewers) is for no crawler at all, and has no sitemap to name.
 */
export const GET: APIRoute = ({ site }) =>
	new Response(
		isPreview()
			? 'User-agent: *\nDisallow: /\n'
			: `User-agent: *\nAllow: /\nDisallow: /admin/\n\nSitemap: ${new URL('/sitemap.xml', site).href}\n`,
		{
			headers: { 'Content-Type': 'text/plain; charset=utf-8' },
		},
	);
