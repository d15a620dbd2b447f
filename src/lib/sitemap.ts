import { locales, type Locale } from '~/i18n/locales';

/** What the sitemap needs of a page. */
export interface SitemapEntry {
	path: string;
	alternates: Partial<Record<Locale, string>>;
}

const escape = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A sitemap (sitemaps.org 0.9) whose entries list their language alternates as
 * `xhtml:link rel="alternate"` — only the real translations each page has, as Google asks
 * (every version lists every version, itself included).
 */
export function buildSitemap(entries: readonly SitemapEntry[], site: URL | string): string {
	const urls = entries.map((e) => {
		const alts = Object.entries(e.alternates) as [Locale, string][];
		const links =
			alts.length > 1
				? alts
						.map(
							([l, p]) =>
								`\n    <xhtml:link rel="alternate" hreflang="${locales[l].lang}" href="${escape(new URL(p, site).href)}"/>`,
						)
						.join('')
				: '';
		return `  <url>\n    <loc>${escape(new URL(e.path, site).href)}</loc>${links}\n  </url>`;
	});
	return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
}
