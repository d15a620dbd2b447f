import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * With an adapter (the feedback endpoint runs on Node), Astro also copies every original content
 * image into `_astro/`, for an on-demand image endpoint this site never uses: a 20-megapixel phone
 * photo would be published next to its resized versions. After the build, delete each image in
 * `_astro/` that no page, stylesheet, script, feed or index refers to
 * (src/integrations/incremental.ts, which knows which pages an incremental build kept).
 */

export const imageFile = /\.(jpe?g|png|gif|webp|avif|tiff?)$/i;
export const textFile = /\.(html|css|js|mjs|xml|json|txt|webmanifest|svg)$/i;

/** Names of the `_astro/` files that `text` refers to. */
export function referencedAssets(text: string): Set<string> {
	return new Set([...text.matchAll(/\/_astro\/([^"'\s)?#,<>\\]+)/g)].map((m) => m[1]!));
}

/** The images of `_astro/` that each text file under `dir` refers to (files naming none left out). */
export async function imageReferences(
	dir: string,
	files?: readonly string[],
): Promise<Record<string, string[]>> {
	const texts = (files ?? (await readdir(dir, { recursive: true }))).filter((f) =>
		textFile.test(f),
	);
	const found: Record<string, string[]> = {};
	for (let i = 0; i < texts.length; i += 32) {
		const batch = texts.slice(i, i + 32);
		const read = await Promise.all(batch.map((f) => readFile(join(dir, f), 'utf8')));
		for (const [j, text] of read.entries()) {
			const images = [...referencedAssets(text)].filter((name) => imageFile.test(name));
			if (images.length > 0) found[batch[j]!] = images.sort();
		}
	}
	return found;
}

/** Delete the images of `dir/_astro/` not in `used`; returns their names. */
export async function dropImagesExcept(dir: string, used: ReadonlySet<string>): Promise<string[]> {
	const images = (await readdir(join(dir, '_astro')).catch(() => [] as string[])).filter((f) =>
		imageFile.test(f),
	);
	const unused = images.filter((f) => !used.has(f));
	await Promise.all(unused.map((f) => rm(join(dir, '_astro', f))));
	return unused;
}
