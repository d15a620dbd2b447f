import { defineMiddleware } from 'astro:middleware';
import { fullSizeLinks } from './lib/blocks/full-size';
import { pictureSources } from './lib/images/pictures';

/**
 * Finishes every HTML page as it is rendered (in `astro dev` and in the static build alike):
 * Markdown body images become `<picture>` with an AVIF source (see src/lib/images/pictures.ts), and
 * gallery photos link to their full-size image (src/lib/blocks/full-size.ts).
 */
export const onRequest = defineMiddleware(async (_context, next) => {
	const response = await next();
	if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
	const html = await response.text();
	return new Response(pictureSources(fullSizeLinks(html)), {
		status: response.status,
		statusText: response.statusText,
		headers: response.headers,
	});
});
