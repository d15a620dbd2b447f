/**
 * A gallery photo's link to its full-size image, filled in once Astro has made the images: the
 * largest entry of the fallback `<img>`'s srcset (a JPEG or PNG that every browser opens). The
 * link is made while the MDX is compiled (transform.ts), before any image URL exists.
 */
export function fullSizeLinks(html: string): string {
	if (!html.includes('data-full-size')) return html;
	return html.replace(
		/<a\b([^>]*\bdata-full-size[^>]*)>([\s\S]*?)<\/a>/g,
		(whole, attrs: string, inner: string) => {
			const href = largest(inner);
			if (!href) return whole;
			const rest = attrs.replace(/\sdata-full-size(="")?/, '');
			return `<a href="${href}"${rest}>${inner}</a>`;
		},
	);
}

/** The URL of the widest entry of the last srcset in a piece of HTML (the fallback image). */
function largest(html: string): string | undefined {
	const srcsets = [...html.matchAll(/\ssrcset="([^"]+)"/g)];
	const last = srcsets.at(-1)?.[1];
	if (!last) return undefined;
	const entries = last.split(',').map((part) => {
		const [url = '', size = ''] = part.trim().split(/\s+/);
		return { url, width: Number.parseInt(size, 10) || 0 };
	});
	return entries.sort((a, b) => b.width - a.width)[0]?.url;
}
