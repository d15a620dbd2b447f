/**
 * The cross-file checks of the catalog's input: what the checks of `src/lib/checks.ts` see of each
 * file, and the URL segments items must not take. One error lists every problem at once.
 */
import {
	defaultLocale,
	localeCodes,
	locales,
	translationLocales,
	type Locale,
} from '~/i18n/locales';
import { alertItemProblems } from '~/lib/alert-links';
import { blockProblems, type BlockFile } from '~/lib/blocks/checks';
import { blockRefs, hasBlocks } from '~/lib/blocks/syntax';
import { checkContent, formatProblems, type FileRecord } from '~/lib/checks';
import { itemPath } from '~/lib/paths';
import { isLive } from '~/lib/schedule';
import {
	articleKinds,
	documentsKind,
	isArticleKind,
	pageKind,
	type DocumentKind,
} from '~/schemas/kinds';
import type { CatalogInput, LoadedFile, Spokesperson, Topic, Unit } from './types';

/** What the cross-file checks see of a file. */
function record(
	kind: DocumentKind,
	locale: Locale,
	file: LoadedFile<{ id: string; filePath?: string | undefined; data: object }>,
): FileRecord {
	const { entry } = file;
	return {
		kind,
		id: entry.id,
		locale,
		filePath: entry.filePath ?? `${kind}/${entry.id}/index.${locale}.md`,
		data: { ...entry.data },
		bytes: file.bytes,
		bodyRendered: file.bodyRendered,
		renderError: file.bodyRendered ? undefined : file.renderError,
		attachments: Object.fromEntries(
			Object.entries(file.attachments).map(([field, a]) => [field, a?.head ?? null]),
		),
	};
}

/** Every file of every kind as the checks see it. */
function records(input: CatalogInput): { sources: FileRecord[]; translations: FileRecord[] } {
	const sources: FileRecord[] = [];
	const translations: FileRecord[] = [];
	for (const files of input.files) {
		const { kind } = files;
		sources.push(...files.sources.map((f) => record(kind, defaultLocale, f)));
		for (const locale of translationLocales)
			translations.push(...(files.translations[locale] ?? []).map((f) => record(kind, locale, f)));
	}
	return { sources, translations };
}

/** Top-level URL segments a static page must not take, per locale. */
function reservedSegments(): Record<string, Set<string>> {
	const prefixes = localeCodes.map((l) => locales[l].prefix).filter(Boolean);
	return Object.fromEntries(
		localeCodes.map((l) => [
			l,
			new Set([...Object.values(locales[l].segments), ...prefixes, '404', '_astro', 'admin']),
		]),
	);
}

/**
 * Every article by `<kind>/<folder>`, published unless it is a draft or scheduled for later than
 * the build's clock: what a notice may name (a notice must not point at, or name, an embargoed item).
 */
function articleItems(
	input: CatalogInput,
): Map<string, { published: boolean; scheduled: boolean }> {
	return new Map(
		input.files.flatMap(({ kind, sources }) =>
			isArticleKind(kind)
				? sources.map((f) => {
						const data = f.entry.data as { draft?: boolean; publishAt?: Date | undefined };
						const published = isLive(data, input.now, input.preview ?? false);
						return [
							`${kind}/${f.entry.id}`,
							{ published, scheduled: !data.draft && !published },
						] as const;
					})
				: [],
		),
	);
}

/** The files whose bodies have blocks, with what those name (src/lib/blocks/). */
function blockFiles(input: CatalogInput): { sources: BlockFile[]; translations: BlockFile[] } {
	type Loaded = LoadedFile<{
		id: string;
		filePath?: string | undefined;
		body?: string | undefined;
	}>;
	const withBlocks = (kind: DocumentKind, locale: Locale) => (files: readonly Loaded[]) =>
		files
			.filter((f) => hasBlocks(f.entry.body))
			.map((f) => ({
				kind,
				id: f.entry.id,
				filePath: f.entry.filePath ?? `${kind}/${f.entry.id}/index.${locale}.md`,
				blocks: blockRefs(f.entry.body!),
			}));
	return {
		sources: input.files.flatMap(({ kind, sources }) => withBlocks(kind, defaultLocale)(sources)),
		translations: input.files.flatMap(({ kind, translations }) =>
			translationLocales.flatMap((l) => withBlocks(kind, l)(translations[l] ?? [])),
		),
	};
}

/** Run every cross-file check; throws one error naming each file, field and fix. */
export function runChecks(
	input: CatalogInput,
	topics: readonly Topic[],
	units: readonly Unit[],
	spokespeople: readonly Spokesperson[],
): void {
	const documentIds = new Set(
		input.files.flatMap(({ kind, sources }) =>
			kind === documentsKind ? sources.map((f) => f.entry.id) : [],
		),
	);
	const articlePaths = new Set(
		input.files.flatMap(({ kind, sources }) =>
			isArticleKind(kind) ? sources.map((f) => itemPath(defaultLocale, kind, f.entry.id)) : [],
		),
	);
	const problems = checkContent({
		...records(input),
		topicIds: new Set(topics.map((t) => t.id)),
		units: new Map(
			units.map((u) => [u.id, { parent: u.data.parent, filePath: u.filePath ?? `units/${u.id}` }]),
		),
		spokespeople: new Map(
			spokespeople.map((p) => [
				p.id,
				{ unit: p.data.unit, filePath: p.filePath ?? `spokespeople/${p.id}` },
			]),
		),
		documentIds,
		articlePaths,
		topLevelKind: pageKind,
		reserved: reservedSegments(),
		reservedInKind: {
			[documentsKind]: Object.fromEntries(
				localeCodes.map((l) => [
					l,
					new Set([
						locales[l].segments.documentType,
						locales[l].segments.documentYear,
						locales[l].segments.page,
					]),
				]),
			),
		},
	});
	const blocks = blockFiles(input);
	problems.push(
		...blockProblems(blocks.sources, blocks.translations, documentIds, articlePaths),
		...alertItemProblems(
			input.alerts.map((a) => ({ filePath: a.filePath ?? `alerts/${a.id}`, item: a.data.item })),
			articleItems(input),
			articleKinds,
		),
	);
	if (problems.length > 0) throw new Error(formatProblems(problems));
}
