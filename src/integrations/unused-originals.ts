import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * With an adapter (the feedback endpoint runs on Node), Astro also copies every original content
 * image into `_astro/`, for an on-demand image endpoint this site never uses: a 20-megapixel phone
 * photo would be published next to its resized versions. After the build, delete each image in
 * `_astro/` that no page, stylesheet, script, feed or index refers to.
 */

const imageFile = /\.(jpe?g|png|gif|webp|avif|tiff?)$/i;
const textFile = /\.(html|css|js|mjs|xml|json|txt|webmanifest|svg)$/i;

/** Names of the `_astro/` files that `text` refers to. */
export function referencedAssets(text: string): Set<string> {
	return new Set([...text.matchAll(/\/_astro\/([^"'\s)?#,<>\\]+)/g)].map((m) => m[1]!));
}

/** The images of `_astro/` in `dir` that nothing in `dir` refers to; deleted unless `dryRun`. */
export async function dropUnusedOriginals(dir: string, { dryRun = false } = {}): Promise<string[]> {
	const assets = join(dir, '_astro');
	const images = (await readdir(assets).catch(() => [] as string[])).filter((f) =>
		imageFile.test(f),
	);
	if (images.length === 0) return [];
	const used = new Set<string>();
	const files = (await readdir(dir, { recursive: true })).filter((f) => textFile.test(f));
	for (let i = 0; i < files.length; i += 32)
		for (const text of await Promise.all(
			files.slice(i, i + 32).map((f) => readFile(join(dir, f), 'utf8')),
		))
			for (const name of referencedAssets(text)) used.add(name);
	const unused = images.filter((f) => !used.has(f));
	if (!dryRun) await Promise.all(unused.map((f) => rm(join(assets, f))));
	return unused;
}

export function unusedOriginals(): AstroIntegration {
	return {
		name: 'unused-originals',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const dropped = await dropUnusedOriginals(fileURLToPath(dir));
				if (dropped.length > 0)
					logger.info(`removed ${dropped.length} original image(s) no page uses`);
			},
		},
	};
}
