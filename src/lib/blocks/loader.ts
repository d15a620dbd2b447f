import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { hasBlocks } from './syntax';

/**
 * Astro's glob loader for article files, deciding per file how its body is rendered: a body
 * without blocks through the Markdown pipeline, as every file was before (rendered once, kept in
 * the content store); a body with blocks by @astrojs/mdx, as a module of its own (`mdx.ts`).
 *
 * Why per file and not by extension: Decap CMS reads and writes one extension per collection, so
 * an article cannot become `.mdx` when an editor inserts a block; and compiling every body as MDX
 * doubled a build's time per article (2,000 articles: 20 s as Markdown, 41 s as MDX). So files
 * stay `.md`, and those with blocks are compiled as MDX.
 */
export function articleGlob(options: Parameters<typeof glob>[0]): Loader {
	const inner = glob(options);
	return {
		...inner,
		load(context: LoaderContext) {
			const ctx = context as GlobContext;
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
			// A marked entry is stored to be rendered by its module, as Astro stores an `.mdx` file.
			const store: LoaderContext['store'] = {
				...ctx.store,
				set(entry) {
					if (!(entry.rendered?.metadata as Record<string, unknown> | undefined)?.[marker])
						return ctx.store.set(entry);
					const { rendered: _, assetImports: __, ...rest } = entry;
					return ctx.store.set({ ...rest, deferredRender: true });
				},
			};
			return inner.load({ ...ctx, entryTypes, store } as LoaderContext);
		},
	};
}

const marker = 'compileAsMdx';

/**
 * What the glob loader reads of its context beyond the public type: the renderers by extension
 * (astro/dist/content/loaders/glob.js). Checked by the build tests, which render both kinds.
 */
type RenderFunction = (entry: { body?: string }) => Promise<unknown>;
type GlobContext = LoaderContext & {
	entryTypes: Map<string, { getRenderFunction?: (config: unknown) => Promise<RenderFunction> }>;
};
