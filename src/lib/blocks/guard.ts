import { existsSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HastVisitorContext } from 'satteri';
import { allowedTags, imageProblem } from '../markdown-safety';
import { blockSpecs, calloutKinds, isBlockName } from './syntax';

/**
 * The MDX guard: MDX is code, and a body arrives through a pull request, so an `import`, an
 * `export`, a `{…}` or an unknown component would run at build time on the machine that holds the
 * deploy secrets. A body that uses blocks (`syntax.ts`) may contain Markdown, the blocks of the
 * table with literal string attributes, and the inline tags Markdown bodies may use. Anything else
 * stops the build naming the file and line, before the compiled module can exist, let alone run.
 * These node types only occur in MDX, so the plugin does nothing to a Markdown body.
 */

type Node = { type: string; position?: { start: { line: number } } };
type JsxNode = Node & {
	name: string | null;
	attributes: { type: string; name?: string; value?: unknown }[];
	children: (Node & { name?: string | null; value?: string })[];
};

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

const noCode = (what: string) =>
	`${what} không được dùng trong bài; chỉ dùng các khối chèn từ thanh công cụ (${what} is not allowed in an article body: only the blocks the CMS inserts, with plain text attributes)`;

/** A gallery photo without a description (alt="" or only spaces). */
const altMissing = (src: string) =>
	`ảnh "${src}" trong bộ ảnh chưa có mô tả; hãy điền ô Mô tả ảnh (photo "${src}" of the gallery has no alt text; describe it)`;

/** What is wrong with one JSX element, or undefined. */
export function elementProblem(
	node: JsxNode,
	parentName: string | undefined,
	/** Whether a file beside the body exists. */
	beside: (name: string) => boolean = () => true,
): string | undefined {
	const { name } = node;
	if (!name) return noCode('<>…</>');
	const literal = node.attributes.filter((a) => a.type === 'mdxJsxAttribute');
	if (literal.length !== node.attributes.length || literal.some((a) => typeof a.value !== 'string'))
		return noCode(`<${name} {…}>`);
	const names = literal.map((a) => a.name!);
	if (!isBlockName(name)) {
		if (!allowedTags.has(name)) return noCode(`<${name}>`);
		const extra = names.filter((a) => !(name === 'abbr' && a === 'title'));
		return extra.length
			? `<${name}> không được có thuộc tính ${extra.join(', ')} (<${name}> may not carry ${extra.join(', ')})`
			: undefined;
	}
	const spec = blockSpecs[name];
	const allowed: Record<string, boolean> = spec.attributes;
	const unknown = names.filter((a) => !Object.hasOwn(allowed, a));
	if (unknown.length)
		return `<${name}> không có thuộc tính ${unknown.join(', ')} (<${name}> has no attribute ${unknown.join(', ')})`;
	const value = (a: string) => literal.find((x) => x.name === a)?.value as string | undefined;
	const missing = Object.keys(allowed).filter((a) => allowed[a] && !value(a)?.trim());
	// A photo without a description gets the message the editor can act on (the field to fill).
	if (name === 'Photo' && missing.includes('alt') && value('src')?.trim())
		return altMissing(value('src')!);
	if (missing.length)
		return `<${name}> thiếu ${missing.join(', ')} (<${name}> needs ${missing.join(', ')})`;
	if ((name === 'Photo') !== (parentName === 'Gallery'))
		return name === 'Photo'
			? '<Photo> chỉ nằm trong <Gallery> (<Photo> belongs inside a <Gallery>)'
			: `<${name}> không nằm trong khối khác (<${name}> cannot sit inside another block)`;
	if (name === 'Photo') {
		const src = value('src')!;
		const problem = imageProblem(src, value('alt')!);
		if (problem || beside(src)) return problem;
		return `ảnh "${src}" không có cạnh bài viết; hãy tải ảnh lên trong khối Bộ ảnh (photo "${src}" is not beside the article; upload it in the gallery block)`;
	}
	if (name === 'Callout' && !(calloutKinds as readonly string[]).includes(value('kind')!))
		return `<Callout kind> phải là ${calloutKinds.join(' hoặc ')} (kind must be ${calloutKinds.join(' or ')})`;
	if (name === 'RelatedArticle' && !/^\/[^/]/.test(value('href')!))
		return `<RelatedArticle href> là địa chỉ một bài trên trang, ví dụ /tin-tuc/ten-bai/ (href is the site address of an item, such as /tin-tuc/ten-bai/)`;
	if (name === 'Gallery') {
		const photos = node.children.filter((c) => c.type !== 'text' || c.value?.trim());
		if (!photos.length || photos.some((c) => !('name' in c) || c.name !== 'Photo'))
			return '<Gallery> chỉ chứa các <Photo>, ít nhất một (<Gallery> holds one or more <Photo> and nothing else)';
	}
	return undefined;
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
	mdxFlowExpression: (node: Node, ctx: HastVisitorContext) => fail(ctx, node, noCode('{…}')),
	mdxTextExpression: (node: Node, ctx: HastVisitorContext) => fail(ctx, node, noCode('{…}')),
	mdxJsxFlowElement: { filter: [] as string[], visit: checkElement },
	mdxJsxTextElement: { filter: [] as string[], visit: checkElement },
};
