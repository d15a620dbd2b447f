import { allowedTags, imageProblem } from '../markdown-rules';
import { attributesOf, blockSpecs, calloutKinds, hasBlocks, isBlockName } from './syntax';

/**
 * What a block may be, as one pure function shared by the build's MDX guard (`guard.ts`, on the
 * parsed MDX) and the CMS (`bodyProblems`, on the text before it is saved), so an editor is told
 * at "Lưu" what the build would otherwise refuse later, in the same words.
 */

/** An MDX JSX element as the guard sees it. */
export type JsxNode = {
	type: string;
	position?: { start: { line: number } };
	name: string | null;
	attributes: { type: string; name?: string; value?: unknown }[];
	children: { type: string; name?: string | null; value?: string }[];
};

export const noCode = (what: string) =>
	`${what} không được dùng trong bài; chỉ dùng các khối chèn từ thanh công cụ (${what} is not allowed in an article body: only the blocks the CMS inserts, with plain text attributes)`;

/**
 * A `{…}` in a body with blocks: MDX reads braces as code, so an editor's literal brace is refused
 * like an expression, with what to write instead.
 */
export const braces =
	'dấu ngoặc nhọn { } không dùng được trong bài có khối chèn (trang đọc chúng là mã); hãy dùng ngoặc đơn ( ) hoặc ngoặc vuông [ ] ({…} is not allowed in an article body with blocks: MDX reads braces as code; use ( ) or [ ])';

/** A gallery photo without a description (alt="" or only spaces). */
export const altMissing = (src: string) =>
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

/** A block tag of a body's text as the node the guard would see (its literal attributes). */
function tagNode(name: string, tag: string): JsxNode {
	const attributes = Object.entries(attributesOf(tag)).map(([n, value]) => ({
		type: 'mdxJsxAttribute',
		name: n,
		value,
	}));
	return { type: 'mdxJsxFlowElement', name, attributes, children: [] };
}

/**
 * What the build would refuse in the blocks of a body, read from its text as the CMS saves it:
 * each problem with its line. Files beside the article are not looked at (the CMS uploads them
 * there); the build checks them.
 */
export function bodyProblems(body: string): { line: number; message: string }[] {
	const problems: { line: number; message: string }[] = [];
	let fenced = false;
	let gallery: { node: JsxNode; line: number } | undefined;
	const mdx = hasBlocks(body);
	for (const [index, text] of body.split('\n').entries()) {
		if (/^\s*(```|~~~)/.test(text)) fenced = !fenced;
		if (fenced) continue;
		const line = index + 1;
		// Braces outside inline code and tags: only a body with blocks is compiled as MDX.
		if (mdx && /[{}]/.test(text.replace(/`[^`]*`/g, '').replace(/<[^>]*>/g, '')))
			problems.push({ line, message: braces });
		for (const [tag, name] of text.matchAll(
			/<(Gallery|Photo|DocumentCard|Callout|FiguresTable|RelatedArticle)\b[^>]*>/g,
		)) {
			const node = tagNode(name!, tag);
			if (name === 'Gallery') {
				gallery = { node, line };
				continue;
			}
			if (name === 'Photo' && gallery) gallery.node.children.push(node);
			const message = elementProblem(node, name === 'Photo' && gallery ? 'Gallery' : undefined);
			if (message) problems.push({ line, message });
		}
		if (gallery && /<\/Gallery>/.test(text)) {
			const message = elementProblem(gallery.node, undefined);
			if (message) problems.push({ line: gallery.line, message });
			gallery = undefined;
		}
	}
	return problems;
}
