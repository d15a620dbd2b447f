/**
 * The site's public address as the build was told it (`SITE_URL`), or undefined. Without it the
 * build still needs an origin for canonical URLs, feeds and the sitemap (astro.config.mjs takes
 * the Department's domain), but what a reader copies or shares is the address they are on.
 */
export const configuredSiteUrl: string | undefined = process.env.SITE_URL?.trim() || undefined;

/**
 * The address a build without SITE_URL uses (the sample Department's domain): astro.config.mjs
 * reads it, and tests that talk to a built site as its reverse proxy would use its host.
 */
export const defaultSiteUrl = 'https://hanam.edu.vn';
