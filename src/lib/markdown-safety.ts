import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HastVisitorContext } from 'satteri';
import { cacheDir } from './cache-dir';

/**
 * What a Markdown body may contain beyond Markdown, checked as it is rendered. A body is written by
 * editors and arrives through pull requests, so raw HTML could run script on a government site or
 * load things from other hosts. The rule: Markdown, plus a few harmless inline tags without
 * attributes; links to web, mail and phone addresses or within the site; images that sit beside
 * the text, each with its alt text. Anything else stops the build, naming the file, what was
 * found and what to write instead, so nothing an editor wrote is silently dropped.
 */

export { allowedTags, imageProblem } from './markdown-rules';
import { allowedTags, imageProblem } from './markdown-rules';

/** Link schemes a reader can follow safely. */
const safeLink = /^(https?:|mailto:|tel:|#|\/|\.{0,2}\/?[^:]*$)/i;

/** What is wrong with one piece of raw HTML, or undefined if it is allowed. */
export function rawHtmlProblem(html: string): string | undefined {
	// Comments are inert, but one could hide a tag: look inside them too.
	for (const [, closing, name, attributes] of html.matchAll(/<(\/?)([a-zA-Z][\w:-]*)([^>]*)>?/g)) {
		const tag = name!.toLowerCase();
		if (!allowedTags.has(tag))
			return (
				`thẻ HTML <${tag}> không được dùng trong bài; hãy viết bằng Markdown hoặc đặt liên kết tới nội dung đó ` +
				`(HTML tag <${tag}> is not allowed in an article body; write it in Markdown, or link to it)`
			);
		if (closing) continue;
		const attrs = [
			...attributes!.matchAll(/([^\s=/]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?/g),
		].map((m) => m[1]!.toLowerCase());
		const extra = attrs.filter((a) => !(tag === 'abbr' && a === 'title'));
		if (extra.length > 0)
			return (
				`thẻ <${tag}> không được có thuộc tính ${extra.join(', ')}; hãy xoá các thuộc tính đó ` +
				`(<${tag}> may not carry the attribute(s) ${extra.join(', ')}; remove them)`
			);
	}
	return undefined;
}

/** What is wrong with a link address, or undefined. */
export function linkProblem(href: string): string | undefined {
	const compact = href.replace(/[\s\u0000-\u001f]/g, '');
	if (safeLink.test(compact)) return undefined;
	return (
		`liên kết "${href.slice(0, 60)}" không được phép; chỉ dùng địa chỉ https://, mailto: hoặc tel: ` +
		`(link "${href.slice(0, 60)}" is not allowed; use an https://, mailto: or tel: address)`
	);
}

type HastNode = Parameters<HastVisitorContext['setProperty']>[0];
type Props = Record<string, unknown>;

/**
 * Problems found while rendering, by absolute file path, kept in the build cache. Astro's loader
 * logs a render error and carries on with an empty body (and may not render the file again while
 * it is unchanged); the catalog (src/data/catalog.ts) turns every body that did not render into a
 * build failure and reads the reason here. A file, not a variable: pages may be rendered apart
 * from the Markdown pipeline.
 */
const problemsFile = join(cacheDir, 'render-problems.json');

export function readRenderProblems(): Record<string, string> {
	try {
		return JSON.parse(readFileSync(problemsFile, 'utf8')) as Record<string, string>;
	} catch {
		return {};
	}
}

function recordRenderProblem(path: string, message: string) {
	mkdirSync(cacheDir, { recursive: true });
	writeFileSync(problemsFile, JSON.stringify({ ...readRenderProblems(), [path]: message }));
}

function fail(ctx: HastVisitorContext, message: string): never {
	const path = ctx.fileURL ? fileURLToPath(ctx.fileURL) : undefined;
	if (path) recordRenderProblem(path, message);
	throw new Error(`${path ? relative(process.cwd(), path) : 'Markdown'}: ${message}`);
}

export const markdownSafety = {
	name: 'markdown-safety',
	raw(node: HastNode, ctx: HastVisitorContext) {
		const problem = rawHtmlProblem((node as { value: string }).value);
		if (problem) fail(ctx, problem);
	},
	element: [
		{
			filter: ['a'],
			visit(node: HastNode, ctx: HastVisitorContext) {
				const href = ((node as { properties?: Props }).properties?.href ?? '') as string;
				const problem = linkProblem(String(href));
				if (problem) fail(ctx, problem);
			},
		},
		{
			filter: ['img'],
			visit(node: HastNode, ctx: HastVisitorContext) {
				const props = (node as { properties?: Props }).properties ?? {};
				const problem = imageProblem(String(props.src ?? ''), String(props.alt ?? ''));
				if (problem) fail(ctx, problem);
			},
		},
	],
	// Text pasted from some editors arrives decomposed (NFD); pages, feeds and search want NFC.
	text(node: HastNode, ctx: HastVisitorContext) {
		const value = (node as { value: string }).value;
		const composed = value.normalize('NFC');
		if (composed !== value) ctx.replaceNode(node, { type: 'text', value: composed });
	},
};
