import { readFile } from 'node:fs/promises';
import { isAbsolute } from 'node:path';
import mdx from '@astrojs/mdx';
import type { AstroIntegration } from 'astro';
import { hasBlocks } from '../lib/blocks/syntax';

/**
 * MDX for the article bodies that use blocks (src/lib/content/loader.ts marks them). Astro imports
 * such an entry's module from its `.md` path; this points that import at a `.md.mdx` id whose text
 * is the file's, so @astrojs/mdx compiles it, with the site's Markdown settings and plugins, the
 * MDX guard (src/lib/blocks/guard.ts) first among them. Images resolve beside the file, as in
 * Markdown.
 *
 * Which imports are redirected is decided by the file's text (`hasBlocks`), not by its folder: a
 * content store kept from an earlier build may name an entry by the path it had then (another
 * content folder, as the deploy tests do), and that entry must still compile as MDX.
 */
export function mdxBlocks(): AstroIntegration[] {
	// Read each time (a few files per build): in `astro dev` an editor may add a block to a file.
	const usesBlocks = (path: string) =>
		readFile(path, 'utf8').then(
			(text) => hasBlocks(text),
			() => false,
		);
	return [
		mdx(),
		{
			name: 'mdx-blocks',
			hooks: {
				'astro:config:setup': ({ updateConfig }) => {
					updateConfig({
						vite: {
							plugins: [
								{
									name: 'mdx-blocks',
									enforce: 'pre',
									async resolveId(id) {
										const [path = '', query] = id.split('?');
										if (path.endsWith('.md.mdx') && (await usesBlocks(path.slice(0, -4))))
											return id;
										// The entry's module and its asset-propagation wrapper (Astro's flags).
										if (
											path.endsWith('.md') &&
											isAbsolute(path) &&
											!path.includes('/node_modules/') &&
											(!query || query === 'astroPropagatedAssets') &&
											(await usesBlocks(path))
										)
											return `${path}.mdx${query ? `?${query}` : ''}`;
										return undefined;
									},
									load(id) {
										const [path = ''] = id.split('?');
										if (path.endsWith('.md.mdx') && isAbsolute(path))
											return readFile(path.slice(0, -4), 'utf8');
										return undefined;
									},
								},
							],
						},
					});
				},
			},
		},
	];
}
