import { existsSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HastVisitorContext } from 'satteri';
import { braces, elementProblem, noCode, type JsxNode } from './rules';

/**
 * The MDX guard: MDX is code, and a body arrives through a pull request, so an `import`, an
 * `export`, a `{…}` or an unknown component would run at build time on the machine that holds the
 * deploy secrets. A body that uses blocks (`syntax.ts`) may contain Markdown, the blocks of the
 * table with literal string attributes, and the inline tags Markdown bodies may use. Anything else
 * stops the build naming the file and line, before the compiled module can exist, let alone run.
 * These node types only occur in MDX, so the plugin does nothing to a Markdown body.
 */

type Node = { type: string; position?: { start: { line: number } } };

/** `content/news/x/index.vi.md:12`, as an editor finds it in the repository. */
function where(ctx: HastVisitorContext, node: Node): string {
	const file = ctx.fileURL ? fileURLToPath(ctx.fileURL).replace(/\.mdx$/, '') : 'MDX';
	const line = node.position?.start.line;
	return `${relative(process.cwd(), file)}${line ? `:${line}` : ''}`;
}

/** Stops the build with the file, line and what to do. */
export function fail(ctx: HastVisitorContext, node: Node, message: string): never {
	throw new Error(`${where(ctx, node)}: ${message}`);
}

function checkElement(node: JsxNode, ctx: HastVisitorContext) {
	const parent = ctx.parent(node as never) as { name?: string | null } | undefined;
	const file = ctx.fileURL && fileURLToPath(ctx.fileURL);
	const beside = (name: string) => !file || existsSync(resolve(dirname(file), decodeURI(name)));
	const problem = elementProblem(node, parent?.name ?? undefined, beside);
	if (problem) fail(ctx, node, problem);
}

export const mdxGuard = {
	name: 'mdx-guard',
	options: { position: true },
	mdxjsEsm: (node: Node, ctx: HastVisitorContext) => fail(ctx, node, noCode('import/export')),
	mdxFlowExpression: (node: Node, ctx: HastVisitorContext) => fail(ctx, node, braces),
	mdxTextExpression: (node: Node, ctx: HastVisitorContext) => fail(ctx, node, braces),
	mdxJsxFlowElement: { filter: [] as string[], visit: checkElement },
	mdxJsxTextElement: { filter: [] as string[], visit: checkElement },
};
