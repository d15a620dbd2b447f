import { createReadStream } from 'node:fs';
import { copyFile, mkdir, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Serves Decap CMS from the project's own copy (the pinned npm package), never from a CDN: in
 * `astro dev` from node_modules, in the build copied to `dist/admin/decap/`. Only what the
 * browser loads is shipped: the main bundle, its lazy chunks and the two WebAssembly files
 * (`cms.js`/`*.cms.js` are a duplicate build; source maps stay out).
 */

/** URL folder the admin page loads Decap from. */
export const decapBase = '/admin/decap/';

const dist = dirname(createRequire(import.meta.url).resolve('decap-cms/dist/decap-cms.js'));

/** The files of the Decap bundle set that the browser may request. */
export async function decapFiles(): Promise<string[]> {
	const names = await readdir(dist);
	return names.filter(
		(n) =>
			n === 'decap-cms.js' ||
			/^\d+\.decap-cms\.js$/.test(n) ||
			n.endsWith('.wasm') ||
			n === 'decap-cms.js.LICENSE.txt',
	);
}

const types: Record<string, string> = {
	'.js': 'text/javascript',
	'.wasm': 'application/wasm',
	'.txt': 'text/plain',
};

export function decap(): AstroIntegration {
	return {
		name: 'decap-cms',
		hooks: {
			'astro:server:setup': async ({ server }) => {
				const allowed = new Set(await decapFiles());
				server.middlewares.use(decapBase, (req, res, next) => {
					const name = (req.url ?? '').split('?')[0]!.replace(/^\//, '');
					if (!allowed.has(name)) return next();
					res.setHeader('Content-Type', types[extname(name)] ?? 'application/octet-stream');
					createReadStream(join(dist, name)).pipe(res);
				});
			},
			'astro:build:done': async ({ dir }) => {
				const target = fileURLToPath(new URL(`.${decapBase}`, dir));
				await mkdir(target, { recursive: true });
				await Promise.all(
					(await decapFiles()).map((n) => copyFile(join(dist, n), join(target, n))),
				);
			},
		},
	};
}
