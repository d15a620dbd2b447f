import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { hasBlocks } from '../blocks/syntax';
import { cacheDir } from '../cache-dir';
import {
	bodiesDir,
	bodyFileKey,
	bodyFileName,
	pruneBodies,
	storedBodyFile,
	writeBody,
} from './bodies';

/**
 * Astro's glob loader for article files, with two changes to what it stores.
 *
 * **How a body is rendered, per file**: a body without blocks through the Markdown pipeline; a
 * body with blocks by @astrojs/mdx, as a module of its own (`src/integrations/mdx-blocks.ts`).
 * Why per file and not by extension: Decap CMS reads and writes one extension per collection, so
 * an article cannot become `.mdx` when an editor inserts a block; and compiling every body as MDX
 * doubled a build's time per article (2,000 articles: 20 s as Markdown, 41 s as MDX). So files
 * stay `.md`, and those with blocks are compiled as MDX.
 *
 * **Where a rendered body is kept**: in a file of its own beside the store (`bodies.ts`), not in the
 * store, which the build bundles whole; the raw Markdown is not kept either (only the bodies with
 * blocks keep it: the checks and the incremental build read their blocks).
 */
export function articleGlob(options: Parameters<typeof glob>[0]): Loader {
	const inner = glob(options);
	return {
		...inner,
		async load(context: LoaderContext) {
			const ctx = context as GlobContext;
			// The same folder `src/data/body.ts` reads them from when the pages render.
			const dir = bodiesDir(cacheDir, ctx.collection);
			const markdown = ctx.entryTypes.get('.md')!;
			const entryTypes = new Map(ctx.entryTypes);
			// The Markdown renderer, except for bodies with blocks, which it marks instead of rendering.
			entryTypes.set('.md', {
				...markdown,
				async getRenderFunction(config: unknown) {
					const render = await markdown.getRenderFunction!(config);
					return async (entry: { body?: string }) =>
						hasBlocks(entry.body) ? { html: '', metadata: { [marker]: true } } : render(entry);
				},
			});
			// An entry the store keeps but whose body file is gone (a cache folder copied in part) is
			// forgotten, so that the glob loader reads and renders its file again.
			for (const [id, entry] of ctx.store.entries()) {
				const name = storedBodyFile(entry);
				if (name !== undefined && !existsIn(dir, name)) ctx.store.delete(id);
			}
			const store: LoaderContext['store'] = {
				...ctx.store,
				set(entry) {
					const metadata = entry.rendered?.metadata as Record<string, unknown> | undefined;
					// A marked entry is stored to be rendered by its module, as Astro stores an `.mdx` file.
					if (metadata?.[marker]) {
						const { rendered: _, assetImports: __, ...rest } = entry;
						return ctx.store.set({ ...rest, deferredRender: true });
					}
					// Not rendered (the renderer failed): kept whole, for the build to report the body.
					if (!entry.rendered || !entry.digest) return ctx.store.set(entry);
					const { body: _, ...rest } = entry;
					const name = bodyFileName(entry.id, String(entry.digest));
					writeBody(dir, name, entry.rendered.html);
					// The front matter's copy in the metadata is dropped too: the pages read `data`.
					const { frontmatter: ___, ...kept } = metadata ?? {};
					return ctx.store.set({
						...rest,
						rendered: { html: '', metadata: { ...kept, [bodyFileKey]: name } },
					});
				},
			};
			await inner.load({ ...ctx, entryTypes, store } as LoaderContext);
			const named = new Set<string>();
			for (const entry of ctx.store.values()) {
				const name = storedBodyFile(entry);
				if (name !== undefined) named.add(name);
			}
			pruneBodies(dir, named);
		},
	};
}

const marker = 'compileAsMdx';

const existsIn = (dir: string, name: string) => existsSync(join(dir, name));

/**
 * What the glob loader reads of its context beyond the public type: the renderers by extension
 * (astro/dist/content/loaders/glob.js). Checked by the build tests, which render both kinds.
 */
type RenderFunction = (entry: { body?: string }) => Promise<unknown>;
type GlobContext = LoaderContext & {
	entryTypes: Map<string, { getRenderFunction?: (config: unknown) => Promise<RenderFunction> }>;
};
