// @ts-check
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import node from '@astrojs/node';
import { markdownPictures } from './src/lib/images/pictures.ts';
import { markdownSafety } from './src/lib/markdown-safety.ts';
import { mdxGuard } from './src/lib/blocks/guard.ts';
import { mdxBlocks as mdxBlockTransforms } from './src/lib/blocks/transform.ts';
import { defaultLocale, localeCodes, locales } from './src/i18n/locales.ts';
import { cacheDir } from './src/lib/cache-dir.ts';
import { defaultSiteUrl } from './src/config/site.ts';
import { decap } from './src/integrations/decap.ts';
import { feedbackWindows } from './src/integrations/feedback-windows.ts';
import { hangul } from './src/integrations/hangul.ts';
import { imageCheck } from './src/integrations/image-check.ts';
import { mdxBlocks } from './src/integrations/mdx-blocks.ts';
import { incremental as incrementalIntegrations } from './src/integrations/incremental.ts';
import { notFoundPages } from './src/integrations/not-found-pages.ts';
import { release } from './src/integrations/release.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { shareCards as shareCardsIntegrations } from './src/integrations/share-cards.ts';

/**
 * The public address of the site, used for canonical URLs, feeds, the sitemap and share cards.
 * Set SITE_URL when building for another host (README: Make it yours).
 */
const site = process.env.SITE_URL ?? defaultSiteUrl;
const shareCards = shareCardsIntegrations();
const incremental = incrementalIntegrations();

export default defineConfig({
	site,
	// Every page is static except the consultation feedback endpoint (src/pages/api/feedback.ts),
	// which runs on Node: `node dist/server/entry.mjs` serves both (README: deploying).
	adapter: node({ mode: 'standalone' }),
	// Behind the reverse proxy (README: consultation responses), requests for the site's own host
	// carry the reader's address in X-Forwarded-For; Astro trusts that header only for the hosts
	// listed here, and the feedback rate limit counts per address.
	// (No protocol in the pattern: Astro checks the host against the proxy's plain-http connection.)
	security: { allowedDomains: [{ hostname: new URL(site).hostname }] },
	// Tests build several content trees; each gets its own content and image cache.
	cacheDir,
	// Links end in "/" and pages are written as folder/index.html, which every static host serves.
	// Stylesheets always as files: the Content-Security-Policy (src/lib/csp.ts) allows no inline style.
	build: { format: 'directory', inlineStylesheets: 'never' },
	// Locales come from the one table in src/i18n/locales.ts; pages are generated from it by the
	// catch-all route, so Astro only needs to know the list and that Vietnamese has no prefix.
	i18n: {
		locales: localeCodes,
		defaultLocale,
		routing: { prefixDefaultLocale: false },
	},
	image: {
		service: {
			entrypoint: 'astro/assets/services/sharp',
			// AVIF at effort 2 encodes about 7× faster than sharp's default 4 for files about 10 % larger:
			// every content image is encoded in two modern formats at three widths on every cold build.
			config: { avif: { effort: 2 } },
		},
	},
	markdown: {
		// Shiki's inline styles would need 'unsafe-inline' under a CSP; an education site has no code.
		syntaxHighlight: false,
		// Raw HTML, links and images checked (src/lib/markdown-safety.ts); body images as AVIF and
		// WebP at the column's widths (src/lib/images/pictures.ts).
		// A body with blocks is MDX (src/lib/blocks/): the guard refuses anything but the blocks, then
		// the blocks' photos and numbers are made; the same plugins run first for both.
		processor: satteri({
			hastPlugins: [markdownSafety, mdxGuard, mdxBlockTransforms, markdownPictures],
		}),
	},
	integrations: [
		// First: it removes the list of share cards before the others read the output.
		shareCards.begin,
		imageCheck(),
		// The article bodies that use blocks, compiled by @astrojs/mdx.
		...mdxBlocks(),
		// The Hangul subset for Korean pages, made before anything is bundled.
		hangul(),
		notFoundPages(localeCodes.map((l) => locales[l].prefix)),
		decap(),
		// With BUILD_PREVIOUS: completes an incremental build with the previous build's other files,
		// before the search index reads them; always: removes the images no page uses.
		incremental.begin,
		release(),
		feedbackWindows(),
		// The share cards, drawn meanwhile, all beside their pages; then the search index, which
		// reads the completed output: Pagefind's process grows after the card threads have ended.
		shareCards.end,
		searchIndex(),
		incremental.end,
	],
	devToolbar: { enabled: false },
	// Scripts always as files, never inlined however small: a strict Content-Security-Policy allows
	// scripts from the site's own origin only, and a file is cached across pages.
	vite: { build: { assetsInlineLimit: 0 } },
});
