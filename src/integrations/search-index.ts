import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { prepareForIndex } from '../lib/search/html.ts';

/**
 * Writes the Pagefind search index into `<dist>/pagefind/` at the end of every `astro build`
 * (the site's and the tests' builds alike), with Pagefind's Node API. Pagefind makes one index per
 * `<html lang>`, so an English search never returns a Vietnamese page. Only pages with
 * `data-pagefind-body` (articles) are indexed; each is handed over with the unmarked keys of its
 * đ-words added (`src/lib/search/html.ts`), while the file on disk stays as built.
 */

/** What one indexing run did. */
export interface SearchIndexReport {
	/** Pages indexed, by Pagefind language. */
	languages: Record<string, number>;
	ms: number;
}

/** URL of a built file: `en/news/x/index.html` → `/en/news/x/`. */
export function pageUrl(relativePath: string): string {
	return `/${relativePath.split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');
}

/**
 * Index every page under `dir` and write the bundle to `dir/pagefind` (or `outputPath`).
 * `fold: false` leaves the đ keys and the syllable pairs out, `pairs: false` the pairs only (the
 * benchmark compares them).
 */
export async function writeSearchIndex(
	dir: string,
	options: { fold?: boolean; pairs?: boolean; outputPath?: string } = {},
): Promise<SearchIndexReport> {
	const outputPath = options.outputPath ?? join(dir, 'pagefind');
	const started = performance.now();
	const { index, errors } = await pagefind.createIndex({});
	if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
	const files = (await readdir(dir, { recursive: true }))
		.filter((f) => f.endsWith('.html') && !f.startsWith(`pagefind${sep}`))
		.sort();
	// Pages are read a few at a time but added one by one, in a fixed order: Pagefind numbers pages
	// as they arrive, and the same site must give the same index files (caches, deploy diffs).
	// Pagefind is a process of its own: while it takes in one batch, this thread prepares the next
	// (on two cores the two overlap instead of taking turns).
	const prepare = (batch: string[]) =>
		Promise.all(
			batch.map(async (file) => {
				const html = await readFile(join(dir, file), 'utf8');
				if (!html.includes('data-pagefind-body')) return undefined;
				return options.fold === false
					? html
					: prepareForIndex(html, { pairs: options.pairs !== false });
			}),
		);
	const add = async (batch: string[], pages: (string | undefined)[]) => {
		for (const [j, content] of pages.entries()) {
			if (content === undefined) continue;
			const added = await index.addHTMLFile({ url: pageUrl(batch[j]!), content });
			if (added.errors.length > 0)
				throw new Error(`Pagefind could not index ${batch[j]}: ${added.errors.join('; ')}`);
		}
	};
	let adding: Promise<void> = Promise.resolve();
	for (let i = 0; i < files.length; i += 16) {
		const batch = files.slice(i, i + 16);
		const pages = await prepare(batch);
		await adding; // at most one batch waits for Pagefind while the next is prepared
		adding = add(batch, pages);
		adding.catch(() => {}); // awaited above or below; the catch only keeps Node from calling it unhandled meanwhile
	}
	await adding;
	const written = await index.writeFiles({ outputPath });
	if (written.errors.length > 0)
		throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
	await pagefind.close();
	const entry = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
		languages: Record<string, { page_count: number }>;
	};
	const languages = Object.fromEntries(
		Object.entries(entry.languages).map(([l, v]) => [l, v.page_count]),
	);
	return { languages, ms: performance.now() - started };
}

/** The Astro integration: index the build output once it is written. */
export function searchIndex(): AstroIntegration {
	return {
		name: 'search-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const report = await writeSearchIndex(root);
				const counts = Object.entries(report.languages)
					.map(([l, n]) => `${l} ${n}`)
					.join(', ');
				logger.info(
					`${relative(process.cwd(), join(root, 'pagefind')) || 'pagefind'}: ${counts} pages in ${(report.ms / 1000).toFixed(1)} s`,
				);
			},
		},
	};
}
