// @ts-check
import { defineConfig } from 'astro/config';
import { defaultLocale, localeCodes, locales } from './src/i18n/locales.ts';
import { decap } from './src/integrations/decap.ts';
import { notFoundPages } from './src/integrations/not-found-pages.ts';
import { searchIndex } from './src/integrations/search-index.ts';

/**
 * The public address of the site, used for canonical URLs, feeds, the sitemap and share cards.
 * Set SITE_URL when building for a real host.
 */
const site = process.env.SITE_URL ?? 'https://example.edu.vn';

export default defineConfig({
  site,
  // Tests build several content trees; each gets its own content and image cache.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  // Links end in "/" and pages are written as folder/index.html, which every static host serves.
  build: { format: 'directory' },
  // Locales come from the one table in src/i18n/locales.ts; pages are generated from it by the
  // catch-all route, so Astro only needs to know the list and that Vietnamese has no prefix.
  i18n: {
    locales: localeCodes,
    defaultLocale,
    routing: { prefixDefaultLocale: false },
  },
  markdown: {
    // Shiki's inline styles would need 'unsafe-inline' under a CSP; an education site has no code.
    syntaxHighlight: false,
  },
  integrations: [notFoundPages(localeCodes.map((l) => locales[l].prefix)), decap(), searchIndex()],
  devToolbar: { enabled: false },
});
