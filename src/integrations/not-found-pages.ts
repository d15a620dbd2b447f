import { rename, rmdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Astro writes the root 404 page as `404.html` but a locale's as `en/404/index.html` in the
 * directory build format. Hosts look for `<dir>/404.html`, so move each locale's page there.
 */
export function notFoundPages(prefixes: readonly string[]): AstroIntegration {
	return {
		name: 'not-found-pages',
		hooks: {
			'astro:build:done': async ({ dir }) => {
				for (const prefix of prefixes.filter(Boolean)) {
					const folder = fileURLToPath(new URL(`${prefix}/404/`, dir));
					await rename(`${folder}index.html`, fileURLToPath(new URL(`${prefix}/404.html`, dir)));
					await rmdir(folder);
				}
			},
		},
	};
}
