/**
 * Where builds keep what they can reuse (Astro's content store and optimised images, the image
 * check's list, share cards). Tests give each content tree its own folder via ASTRO_CACHE_DIR.
 * Read by astro.config.mjs and by the share cards (src/integrations/share-cards.ts), so both agree.
 */
export const cacheDir = process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro';
