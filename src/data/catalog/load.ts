/**
 * Loads the catalog in a build: Astro's collections, and what only the disk knows (the bytes of
 * each file, the PDFs it names, why a body did not render). The rules live in `build.ts`.
 */
import { closeSync, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { getCollection } from 'astro:content';
import { defaultLocale, translationLocales } from '~/i18n/locales';
import { storedWindows, windowsShared } from '~/lib/feedback/windows';
import { readRenderProblems } from '~/lib/markdown-safety';
import { buildNow, isPreview } from '~/lib/schedule';
import { collectionName, documentKinds, type DocumentKind } from '~/schemas/kinds';
import { setSiteNames, siteNames } from '~/i18n/site-names';
import { buildCatalog } from './build';
import {
	attachmentFields,
	type Catalog,
	type CatalogInput,
	type FoundFile,
	type KindFiles,
	type LoadedFile,
} from './types';

/** Each PDF a file names: its path, first five bytes and size, or null if missing. */
function readAttachments(
	filePath: string | undefined,
	data: object,
): LoadedFile<unknown>['attachments'] {
	const found: LoadedFile<unknown>['attachments'] = {};
	if (!filePath) return found;
	const fields = new Map<string, unknown>(Object.entries(data));
	for (const field of attachmentFields) {
		const name = fields.get(field);
		if (typeof name !== 'string') continue;
		const source = resolve(dirname(filePath), name);
		found[field] = existsSync(source) ? readHead(source) : null;
	}
	return found;
}

function readHead(source: string): FoundFile {
	const fd = openSync(source, 'r');
	const head = Buffer.alloc(5);
	readSync(fd, head, 0, 5, 0);
	closeSync(fd);
	return { source, head: head.toString('latin1'), bytes: statSync(source).size };
}

/** An entry with what the disk says about it. */
function loaded<
	E extends {
		filePath?: string | undefined;
		body?: string | undefined;
		rendered?: unknown;
		deferredRender?: boolean | undefined;
		data: object;
	},
>(entry: E, renderProblems: Record<string, string>, attachments: boolean): LoadedFile<E> {
	// A body with blocks is rendered by its MDX module, which the build compiled (or failed on).
	const bodyRendered =
		!entry.body?.trim() || entry.rendered !== undefined || !!entry.deferredRender;
	return {
		entry,
		bytes: entry.filePath ? readFileSync(resolve(entry.filePath)) : undefined,
		bodyRendered,
		renderError:
			bodyRendered || !entry.filePath ? undefined : renderProblems[resolve(entry.filePath)],
		attachments: attachments ? readAttachments(entry.filePath, entry.data) : {},
	};
}

/** The files of one kind. */
async function kindFiles(
	kind: DocumentKind,
	renderProblems: Record<string, string>,
): Promise<KindFiles> {
	const sources = await getCollection(collectionName(kind, defaultLocale));
	const translations: KindFiles['translations'] = {};
	for (const locale of translationLocales) {
		const entries = await getCollection(collectionName(kind, locale));
		translations[locale] = entries.map((e) => loaded(e, renderProblems, true));
	}
	return { kind, sources: sources.map((e) => loaded(e, renderProblems, true)), translations };
}

async function load(): Promise<Catalog> {
	const renderProblems = readRenderProblems();
	const input: CatalogInput = {
		files: await Promise.all(documentKinds.map((kind) => kindFiles(kind, renderProblems))),
		topics: await getCollection('topics'),
		units: await getCollection('units'),
		spokespeople: await getCollection('spokespeople'),
		alerts: await getCollection('alerts'),
		identity: await getCollection('identity'),
		now: buildNow(),
		preview: isPreview(),
	};
	const catalog = buildCatalog(input);
	setSiteNames(siteNames(catalog.identity));
	// For the feedback server, which reads them from a file instead of the content store.
	windowsShared().windows = storedWindows(
		await getCollection(collectionName('consultations', defaultLocale)),
	);
	return catalog;
}

let cached: Promise<Catalog> | undefined;

/** The catalog, built once per build (or on every request under `astro dev`, where content changes). */
export function loadCatalog(): Promise<Catalog> {
	if (import.meta.env.DEV) return load();
	cached ??= load();
	return cached;
}
