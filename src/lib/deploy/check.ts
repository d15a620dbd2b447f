/**
 * The checks a release passes before `current` points at it: the pages a server needs exist
 * (the home page and each language's not-found page), and every internal link, image, stylesheet,
 * script and share image referenced from any page resolves to a file of the release. The build
 * already refuses bad content; this catches what reaches the disk wrong (a partial copy, a step
 * that wrote nothing, a full disk).
 *
 * The same rule as the build-output test (tests/build/links.test.ts), without its anchors and
 * external-link report, as a function a deploy can call.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { listFiles, pageUrl } from './files.ts';

/** Files every release must have: nginx's `index` and `error_page` targets. */
export const requiredFiles = ['index.html', '404.html', 'en/404.html'] as const;

/** Every URL a page refers to: links, images (src and srcset), stylesheets, scripts, share images. */
export function referencedUrls(doc: HTMLElement): string[] {
	const urls: string[] = [];
	for (const el of doc.querySelectorAll('a[href], link[href]')) urls.push(el.getAttribute('href')!);
	for (const el of doc.querySelectorAll('img[src], script[src], source[src]'))
		urls.push(el.getAttribute('src')!);
	for (const el of doc.querySelectorAll('img[srcset], source[srcset]'))
		for (const part of el.getAttribute('srcset')!.split(','))
			urls.push(part.trim().split(/\s+/)[0]!);
	for (const el of doc.querySelectorAll('meta[property="og:image"], meta[name="twitter:image"]'))
		urls.push(el.getAttribute('content')!);
	return urls.filter(Boolean);
}

/**
 * The file a site-internal URL path is served from (`/a/` → `a/index.html`), or undefined.
 * `files` holds the release's files relative to `client/`.
 */
export function resolvePath(path: string, files: ReadonlySet<string>): string | undefined {
	const rel = path.replace(/^\/+/, '');
	const candidates =
		rel === '' || rel.endsWith('/') ? [`${rel}index.html`] : [rel, `${rel}/index.html`];
	return candidates.find((c) => files.has(c));
}

/** Why a reference is broken, or undefined when it resolves or leaves the site. */
export function brokenReference(
	from: string,
	ref: string,
	files: ReadonlySet<string>,
	origin: string,
): string | undefined {
	if (/^(mailto|tel|data|javascript):/i.test(ref)) return undefined;
	let url: URL;
	try {
		url = new URL(ref, `${origin}${from}`);
	} catch {
		return 'not a valid address';
	}
	if (url.origin !== origin) return undefined;
	let path: string;
	try {
		path = decodeURIComponent(url.pathname);
	} catch {
		return 'badly encoded';
	}
	return resolvePath(path, files) ? undefined : 'no such file in the release';
}

/** Every problem of a release's static site, as lines naming the page and the reference. */
export function checkRelease(clientDir: string, siteUrl: string): string[] {
	const list = listFiles(clientDir);
	const files = new Set(list);
	const problems = requiredFiles
		.filter((f) => !files.has(f))
		.map((f) => `${f}: missing (every release needs it: the home page and the not-found pages)`);
	const origin = new URL(siteUrl).origin;
	// The admin is Decap's own page (its scripts load chunks by themselves), not part of the site's links.
	for (const file of list.filter((f) => f.endsWith('.html') && !f.startsWith('admin/'))) {
		const from = pageUrl(file);
		const doc = parse(readFileSync(join(clientDir, file), 'utf8'));
		for (const ref of new Set(referencedUrls(doc))) {
			const why = brokenReference(from, ref, files, origin);
			if (why) problems.push(`${file} → ${ref}: ${why}`);
		}
	}
	return problems;
}
