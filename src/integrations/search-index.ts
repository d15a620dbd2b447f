import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { defaultLocale, localeCodes, locales } from '../i18n/locales.ts';
import { linkOrCopy, listFiles } from '../lib/deploy/files.ts';
import { incrementalShared } from '../lib/incremental/shared.ts';
import {
	deltaLimit,
	planSearch,
	referenceSample,
	type SearchDelta,
	type SearchState,
} from '../lib/search/delta.ts';
import type { PrepareDone, PrepareJob } from '../lib/search/prepare-worker.ts';
import { releaseMemory } from '../lib/release-memory.ts';

/**
 * Writes the Pagefind search index into `<dist>/pagefind/` at the end of every `astro build`
 * (the site's and the tests' builds alike), with Pagefind's Node API. Pagefind makes one index per
 * `<html lang>`, so an English search never returns a Vietnamese page. Only pages with
 * `data-pagefind-body` (articles) are indexed; each is handed over with the unmarked keys of its
 * đ-words added (`src/lib/search/html.ts`), while the file on disk stays as built.
 *
 * An incremental build (src/integrations/incremental.ts) indexes only what changed since the last
 * full indexing, into a delta beside the base index (src/lib/search/delta.ts).
 *
 * It runs after the share cards are drawn (astro.config.mjs), once the build's garbage is given
 * back to the system (src/lib/release-memory.ts): Pagefind's process peaks at about 230 KB per
 * page of a language, and beside the build's own process at its largest it was the build's peak.
 */

/** What one indexing run did. */
export interface SearchIndexReport {
	/** Pages indexed, by Pagefind language. */
	languages: Record<string, number>;
	/** The groups (locales) whose bundle came from the cache. */
	cached: string[];
	ms: number;
}

/** URL of a built file: `en/news/x/index.html` → `/en/news/x/`. */
export function pageUrl(relativePath: string): string {
	return `/${relativePath.split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');
}

/** The built file of a page URL: `/en/news/x/` → `en/news/x/index.html`. */
export const pageFile = (url: string) =>
	`${url.replace(/^\//, '')}${url.endsWith('/') ? 'index.html' : ''}`.split('/').join(sep);

/**
 * The group of a page for indexing: its locale, by the first folder of its URL (`/en/…` → `en`,
 * unprefixed → the default locale). Pagefind makes one index per `<html lang>`, and each locale's
 * pages carry its language, so each group holds whole languages.
 */
export function indexGroup(url: string): string {
	const first = url.split('/')[1] ?? '';
	return (
		localeCodes.find((l) => l !== defaultLocale && locales[l].prefix === first) ?? defaultLocale
	);
}

/** Pagefind's `pagefind-entry.json`: the bundle's version and its languages. */
export interface PagefindEntry {
	version: string;
	languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
	include_characters?: string[];
}

/**
 * Index every page under `dir` (or only `files`, relative to it) and write the bundle to
 * `dir/pagefind` (or `outputPath`). `fold: false` hands Pagefind the pages as built, without the
 * unmarked keys (the search benchmark compares both).
 *
 * One language at a time, each by a Pagefind process of its own that ends before the next starts:
 * Pagefind holds everything it is given until it writes, so indexing both languages at once held
 * twice the memory (2,000 articles per language: 1.8 GB at once, 1.1 GB one at a time; the build's
 * own process holds another 0.9 GB meanwhile). Each language's files are the same either way
 * (Pagefind names them by their content); the entry file listing the languages is merged here, as
 * Pagefind writes it.
 */
export async function writeSearchIndex(
	dir: string,
	options: IndexOptions & { outputPath?: string; files?: string[]; cache?: string } = {},
): Promise<SearchIndexReport> {
	const outputPath = options.outputPath ?? join(dir, 'pagefind');
	const started = performance.now();
	const files = (options.files ?? (await readdir(dir, { recursive: true })))
		.filter((f) => f.endsWith('.html') && !f.startsWith(`pagefind${sep}`))
		.sort();
	const groups = new Map<string, string[]>();
	for (const file of files) {
		const group = indexGroup(pageUrl(file));
		const list = groups.get(group);
		if (list) list.push(file);
		else groups.set(group, [file]);
	}
	let entry: PagefindEntry | undefined;
	const cached: string[] = [];
	for (const [group, groupFiles] of [...groups].sort(([a], [b]) => (a < b ? -1 : 1))) {
		const part = `${outputPath}.${group}`;
		await rm(part, { recursive: true, force: true });
		const indexed = options.cache
			? await indexCached(dir, groupFiles, part, options, join(options.cache, group))
			: { entry: await indexFiles(dir, groupFiles, part, options), from: part };
		if (indexed.from !== part) cached.push(group);
		if (indexed.entry) {
			entry = mergeEntries(entry, indexed.entry, group);
			// Files every language writes (pagefind.js, the UI) are the same in each bundle.
			if (indexed.from === part) await moveTree(part, outputPath);
			else await linkTree(indexed.from, outputPath);
		}
		await rm(part, { recursive: true, force: true });
	}
	if (!entry) {
		// No page to index: Pagefind still writes an empty bundle, which the search page loads.
		entry = await indexFiles(dir, [], outputPath, options);
	}
	// Unlinked first: the file may be a link into the cache, which writing through would change.
	await rm(join(outputPath, 'pagefind-entry.json'), { force: true });
	await writeFile(join(outputPath, 'pagefind-entry.json'), JSON.stringify(sortedEntry(entry!)));
	const languages = Object.fromEntries(
		Object.entries(entry!.languages).map(([l, v]) => [l, v.page_count]),
	);
	return { languages, cached, ms: performance.now() - started };
}

/** How pages are prepared for the index (see `writeSearchIndex`). */
interface IndexOptions {
	fold?: boolean;
}

/** Seen on the way while pages are read and prepared: each file as built, each page as handed over. */
interface PageHooks {
	read?: (file: string, bytes: Buffer) => void;
	handed?: (file: string, content: string) => void;
}

/**
 * Reads and prepares the searchable pages of `files` in order, a few at a time, and hands each to
 * `each`; the next few are prepared while `each` works on the ones before. `hooks` see every file
 * and every prepared page, in order.
 *
 * Preparing is done on a thread of its own (`src/lib/search/prepare-worker.ts`): on this thread
 * it was the slower half of handing pages over (5,000 pages: 7.4–8.6 s, of which Pagefind's own
 * work 3.8 s), so Pagefind waited; now this thread reads and sends while the other prepares.
 */
async function eachPage(
	dir: string,
	files: string[],
	options: IndexOptions,
	each: (file: string, content: string) => Promise<void> | void,
	hooks: PageHooks = {},
): Promise<void> {
	// Started with the first searchable page: a group may have none.
	let thread: ReturnType<typeof preparingThread> | undefined;
	const prepare = async (batch: string[]) => {
		const read = await Promise.all(batch.map((file) => readFile(join(dir, file))));
		const html = read.map((bytes) => bytes.toString('utf8'));
		const indexed = html.map((h) => h.includes('data-pagefind-body'));
		const searchable = html.filter((_, j) => indexed[j]);
		const prepared =
			options.fold === false || searchable.length === 0
				? searchable
				: await (thread ??= preparingThread()).prepare(searchable);
		let k = 0;
		return read.map((bytes, j) => ({ bytes, content: indexed[j] ? prepared[k++] : undefined }));
	};
	const take = async (batch: string[], pages: { content?: string }[]) => {
		for (const [j, { content }] of pages.entries())
			if (content !== undefined) await each(batch[j]!, content);
	};
	try {
		let taking: Promise<void> = Promise.resolve();
		for (let i = 0; i < files.length; i += 16) {
			const batch = files.slice(i, i + 16);
			const pages = await prepare(batch);
			for (const [j, { bytes, content }] of pages.entries()) {
				hooks.read?.(batch[j]!, bytes);
				if (content !== undefined) hooks.handed?.(batch[j]!, content);
			}
			await taking; // at most one batch waits while the next is prepared
			taking = take(batch, pages);
			taking.catch(() => {}); // awaited above or below; the catch only keeps Node from calling it unhandled meanwhile
		}
		await taking;
	} finally {
		await thread?.close();
	}
}

/** A thread preparing pages (`prepareForIndex`), one batch at a time. */
function preparingThread(): {
	prepare(pages: string[]): Promise<(string | undefined)[]>;
	close(): Promise<void>;
} {
	const worker = new Worker(new URL('../lib/search/prepare-worker.ts', import.meta.url));
	return {
		prepare: (pages) =>
			new Promise((resolve, reject) => {
				const onMessage = (done: PrepareDone) => {
					worker.off('error', onError);
					if (done.error !== undefined)
						reject(new Error(`Search index: a page could not be prepared: ${done.error}`));
					else resolve(done.prepared!);
				};
				const onError = (error: Error) => {
					worker.off('message', onMessage);
					reject(error);
				};
				worker.once('message', onMessage);
				worker.once('error', onError);
				worker.postMessage({ pages } satisfies PrepareJob);
			}),
		close: async () => {
			await worker.terminate();
		},
	};
}

/**
 * `indexFiles` through a cache of the last bundle written for this group: Pagefind's files depend
 * only on its version and on what it is handed, page by page in order, so when that is the same as
 * last time (a build of the same content, or after a change of code or layout that leaves the
 * indexed text alone) the cached bundle is used instead of indexing again, which at 5,000 articles
 * per language was 60 % of a warm build. Returns the folder holding the group's bundle: `part`,
 * where Pagefind wrote it, or the cache's.
 *
 * Two keys, so that the common case costs little: the built pages as they are, with the code that
 * prepares them (`html.ts`, `fold.ts`, node-html-parser); and, when that differs, exactly what
 * Pagefind would be handed (each page prepared: 1 to 2 s per 1,000 pages). With no bundle in the
 * cache (a first build) neither is compared: both are taken while Pagefind is handed the pages, so
 * each page is read and prepared once. The files in the cache are linked into the output, never
 * copied: nothing writes to a bundle's files after Pagefind.
 */
async function indexCached(
	dir: string,
	files: string[],
	part: string,
	options: IndexOptions,
	folder: string,
): Promise<{ entry: PagefindEntry | undefined; from: string }> {
	const bundle = join(folder, 'bundle');
	const stored = async (name: string) =>
		existsSync(join(folder, name)) ? await readFile(join(folder, name), 'utf8') : undefined;
	const hit = async () => ({ entry: await readEntry(bundle), from: bundle });

	const built = createHash('sha256').update(
		`${preparedBy()}\0${JSON.stringify({ fold: options.fold })}\0`,
	);
	const handed = createHash('sha256').update(`pagefind ${pagefindVersion()}\0`);
	const hooks: PageHooks = {
		read: (file, bytes) => built.update(`${file}\0`).update(bytes).update('\0'),
		handed: (file, content) => handed.update(`${pageUrl(file)}\0${content}\0`),
	};
	const cachedKey = existsSync(bundle) ? await stored('key') : undefined;
	let builtKey: string | undefined;
	if (cachedKey !== undefined) {
		for (let i = 0; i < files.length; i += 64) {
			const batch = files.slice(i, i + 64);
			const bytes = await Promise.all(batch.map((f) => readFile(join(dir, f))));
			for (const [j, b] of bytes.entries()) hooks.read!(batch[j]!, b);
		}
		builtKey = built.digest('hex');
		if ((await stored('built-key')) === builtKey) return hit();
		await eachPage(dir, files, options, () => {}, { handed: hooks.handed });
		if (handed.copy().digest('hex') === cachedKey) {
			await writeFile(join(folder, 'built-key'), builtKey);
			return hit();
		}
	}
	// Pages prepared again here when the cache was compared (only the first read is hashed).
	const entry = await indexFiles(dir, files, part, options, cachedKey === undefined ? hooks : {});
	builtKey ??= built.digest('hex');
	const key = handed.digest('hex');
	await rm(folder, { recursive: true, force: true });
	if (entry) {
		await linkTree(part, bundle);
		// Last: a bundle put in place in part has no keys, and is not used.
		await writeFile(join(folder, 'key'), key);
		await writeFile(join(folder, 'built-key'), builtKey);
	}
	return { entry, from: part };
}

/**
 * What prepares a page for Pagefind (src/lib/search/html.ts): its code and what it imports, which
 * `search-index.test.ts` keeps to these two files and node-html-parser, and Pagefind's version.
 */
function preparedBy(): string {
	const source = (file: string) =>
		readFileSync(fileURLToPath(new URL(`../lib/search/${file}`, import.meta.url)), 'utf8');
	return [
		`pagefind ${pagefindVersion()}`,
		`node-html-parser ${packageVersion('node-html-parser')}`,
		source('html.ts'),
		source('fold.ts'),
	].join('\0');
}

/**
 * Every file of `from`, at the same place under `to`, as a hard link where the file system allows
 * (the cache may sit on another one), replacing what is there.
 */
async function linkTree(from: string, to: string): Promise<void> {
	const made = new Set<string>();
	for (const file of listFiles(from)) {
		await rm(join(to, file), { force: true });
		linkOrCopy(join(from, file), join(to, file), made);
	}
}

/** Every file of `from`, moved to the same place under `to` (replacing what is there). */
async function moveTree(from: string, to: string): Promise<void> {
	for (const file of listFiles(from)) {
		await mkdir(dirname(join(to, file)), { recursive: true });
		await rename(join(from, file), join(to, file));
	}
}

const pagefindVersion = () => packageVersion('pagefind');

/** The version of an installed package, found as Node finds the package. */
function packageVersion(name: string): string {
	for (let at = dirname(fileURLToPath(import.meta.url)); ; at = dirname(at)) {
		const manifest = join(at, 'node_modules', name, 'package.json');
		if (existsSync(manifest))
			return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
		if (dirname(at) === at) throw new Error(`Search index: the ${name} package was not found`);
	}
}

const readEntry = async (bundle: string) =>
	JSON.parse(await readFile(join(bundle, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;

/** Index `files` (relative to `dir`) by one Pagefind process into `outputPath`; its entry file. */
async function indexFiles(
	dir: string,
	files: string[],
	outputPath: string,
	options: IndexOptions,
	hooks: PageHooks = {},
): Promise<PagefindEntry | undefined> {
	const { index, errors } = await pagefind.createIndex({});
	if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
	try {
		// Pages are added one by one, in a fixed order: Pagefind numbers pages as they arrive, and the
		// same site must give the same index files (caches, deploy diffs). Pagefind is a process of its
		// own: while it takes in some pages, the next are read here and prepared on another thread.
		let added = 0;
		await eachPage(
			dir,
			files,
			options,
			async (file, content) => {
				const result = await index.addHTMLFile({ url: pageUrl(file), content });
				if (result.errors.length > 0)
					throw new Error(`Pagefind could not index ${file}: ${result.errors.join('; ')}`);
				added++;
			},
			hooks,
		);
		if (added === 0 && files.length > 0) return undefined; // a group with nothing searchable
		const written = await index.writeFiles({ outputPath });
		if (written.errors.length > 0)
			throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
	} finally {
		// Ends the Pagefind process, and with it the memory it held.
		await pagefind.close();
	}
	return readEntry(outputPath);
}

/** The entry of two bundles written apart, as one; a language both hold would be a build bug. */
export function mergeEntries(
	into: PagefindEntry | undefined,
	part: PagefindEntry,
	group: string,
): PagefindEntry {
	if (!into) return part;
	for (const language of Object.keys(part.languages))
		if (language in into.languages)
			throw new Error(
				`Search index: pages in language "${language}" were found in more than one locale's folder (the last under /${group}/); each page's <html lang> must be its folder's locale.`,
			);
	if (part.version !== into.version)
		throw new Error(`Search index: Pagefind versions differ (${into.version}, ${part.version})`);
	return { ...into, languages: { ...into.languages, ...part.languages } };
}

/** Languages in order, as Pagefind lists them (its map is sorted by key). */
const sortedEntry = (entry: PagefindEntry): PagefindEntry => ({
	...entry,
	languages: Object.fromEntries(
		Object.entries(entry.languages).sort(([a], [b]) => (a < b ? -1 : 1)),
	),
});

/** Page URL → Pagefind's id for it (what a result's `id` is), from a written bundle's fragments. */
export async function fragmentIds(outputPath: string): Promise<Record<string, string>> {
	const dir = join(outputPath, 'fragment');
	const names = (await readdir(dir)).filter((f) => f.endsWith('.pf_fragment')).sort();
	const ids: Record<string, string> = {};
	for (let i = 0; i < names.length; i += 64) {
		const batch = names.slice(i, i + 64);
		const bytes = await Promise.all(batch.map((f) => readFile(join(dir, f))));
		for (const [j, gz] of bytes.entries()) {
			// "pagefind_dcd" and the JSON of one page, or of a group of pages by id.
			const json = JSON.parse(gunzipSync(gz).subarray(12).toString('utf8')) as
				{ url: string } | Record<string, { url: string }>;
			if (typeof json.url === 'string') ids[json.url] = batch[j]!.replace(/\.pf_fragment$/, '');
			else for (const [id, page] of Object.entries(json)) ids[(page as { url: string }).url] = id;
		}
	}
	return ids;
}

const writeDelta = (root: string, delta: SearchDelta) =>
	writeFile(join(root, 'pagefind', 'delta.json'), `${JSON.stringify(delta)}\n`);

/**
 * Index a build's output: everything, or (incremental builds) a delta of what changed since the
 * last full indexing. Returns what the next build needs to know.
 */
export async function indexBuild(
	root: string,
	say: (line: string) => void,
	cache?: string,
): Promise<SearchState> {
	const shared = incrementalShared();
	const counts = (r: SearchIndexReport) =>
		Object.entries(r.languages)
			.map(([l, n]) => `${l} ${n}`)
			.join(', ');
	const secs = (r: SearchIndexReport) => `${(r.ms / 1000).toFixed(1)} s`;
	const full = async (reason: string): Promise<SearchState> => {
		// The pages are written and the share cards' threads have ended: the build's garbage is given
		// back before Pagefind's process grows beside this one with every page of a language
		// (src/lib/release-memory.ts). A delta's few hundred pages do not need it.
		const started = performance.now();
		const before = process.memoryUsage.rss();
		releaseMemory();
		const mb = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`;
		say(
			`memory given back before indexing: ${mb(before)} → ${mb(process.memoryUsage.rss())} (${((performance.now() - started) / 1000).toFixed(1)} s)`,
		);
		// An incremental build has the previous base in place (hard links): written anew.
		await rm(join(root, 'pagefind'), { recursive: true, force: true });
		const report = await writeSearchIndex(root, { cache });
		const base = await fragmentIds(join(root, 'pagefind'));
		await writeDelta(root, { drop: [] });
		if (report.cached.length > 0)
			say(`pagefind: ${report.cached.join(', ')} unchanged since the last build, from the cache`);
		say(`pagefind: every page (${reason}): ${counts(report)} pages in ${secs(report)}`);
		return { base, changed: [] };
	};
	const previous = shared.previous?.search;
	const plan = planSearch(shared.plan, previous);
	if (plan.mode === 'full' || !previous) return full(plan.mode === 'full' ? plan.reason : '');
	// Withdrawn pages carry no data-pagefind-body: they leave search and enter no delta.
	const pages: string[] = [];
	for (const url of plan.candidates) {
		const file = join(root, pageFile(url));
		if (existsSync(file) && (await readFile(file, 'utf8')).includes('data-pagefind-body'))
			pages.push(url);
	}
	if (pages.length > deltaLimit)
		return full(`${pages.length} pages changed since the last full indexing, over ${deltaLimit}`);
	const sample = referenceSample(previous.base, new Set(plan.superseded));
	const deltaPath = join(root, 'pagefind', 'delta');
	const report = await writeSearchIndex(root, {
		files: [...pages, ...sample].map(pageFile),
		outputPath: deltaPath,
	});
	const ids = await fragmentIds(deltaPath);
	await writeDelta(root, {
		bundle: 'delta/',
		drop: plan.superseded.map((url) => previous.base[url]!).sort(),
		reference: sample.map((url) => ids[url]!).sort(),
	});
	say(
		`pagefind delta: ${pages.length} changed page(s) and ${sample.length} reference pages (${counts(report)}), ${plan.superseded.length} base page(s) superseded, in ${secs(report)}`,
	);
	return { base: previous.base, changed: plan.changed };
}

/** The Astro integration: index the build output once it is written. */
export function searchIndex(): AstroIntegration {
	let cache: string | undefined;
	return {
		name: 'search-index',
		hooks: {
			'astro:config:done': ({ config }) => {
				cache = join(fileURLToPath(config.cacheDir), 'search-index');
			},
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				incrementalShared().search = await indexBuild(root, (line) => logger.info(line), cache);
			},
		},
	};
}
