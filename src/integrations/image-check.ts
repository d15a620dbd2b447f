import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { assertImagesDecode } from '~/lib/images/check';

/** Fails the build, before any page is made, if an image in the content tree does not decode. */
export function imageCheck(): AstroIntegration {
	let root = '';
	let cacheFile = '';
	return {
		name: 'image-check',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
				cacheFile = fileURLToPath(new URL('image-check.json', config.cacheDir));
			},
			'astro:build:start': async ({ logger }) => {
				const started = performance.now();
				const contentDir = resolve(root, process.env.CONTENT_DIR ?? 'content');
				await assertImagesDecode(contentDir, cacheFile, (file) => relative(root, file));
				logger.info(`images decode (${((performance.now() - started) / 1000).toFixed(1)} s)`);
			},
		},
	};
}
