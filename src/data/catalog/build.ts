/**
 * The catalog from the files: every item with the languages it really exists in, the registries,
 * and the cross-file checks run once. Pure: `load.ts` reads the collections and the disk and hands
 * everything here, so the rules are tested on small fixtures (`build.test.ts`).
 */
import {
	defaultLocale,
	localeCodes,
	locales,
	translationLocales,
	type Locale,
} from '../../i18n/locales';
import { publishedAlerts } from '../../lib/alerts';
import { checkContent, formatProblems, type FileRecord } from '../../lib/checks';
import { attachmentPath, itemPath } from '../../lib/paths';
import { isTranslated, pickLocalized } from '../../lib/translations';
import {
	documentsKind,
	isArticleKind,
	pageKind,
	type ArticleKind,
	type DocumentKind,
} from '../../schemas/kinds';
import {
	attachmentFields,
	type Article,
	type Attachment,
	type AttachmentField,
	type Catalog,
	type CatalogInput,
	type ItemOf,
	type KindFiles,
	type LegalDocument,
	type LoadedFile,
	type SourceData,
	type StaticPage,
	type TranslationData,
	type Version,
} from './types';

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

/** The PDFs an item names, where they are published: once, beside its Vietnamese page. */
function attachments(
	kind: DocumentKind,
	id: string,
	found: LoadedFile<unknown>['attachments'],
	data: object,
): Partial<Record<AttachmentField, Attachment>> {
	const published: Partial<Record<AttachmentField, Attachment>> = {};
	if (kind === pageKind) return published;
	const fields = new Map<string, unknown>(Object.entries(data));
	for (const field of attachmentFields) {
		const file = found[field];
		const name = fields.get(field);
		// A missing file fails the build in the checks.
		if (file && typeof name === 'string')
			published[field] = {
				source: file.source,
				bytes: file.bytes,
				href: attachmentPath(kind, id, name),
			};
	}
	return published;
}

/**
 * The items of one kind. An item is published in the source language unless it is a draft, and
 * in every locale whose file is a real translation: its own title, not held back as a draft
 * (Decap writes title-less stubs for languages nobody translated).
 */
function kindItems<K extends DocumentKind>({ kind, ...files }: KindFiles<K>): ItemOf<K>[] {
	const byLocale = new Map(
		translationLocales.map((l) => [
			l,
			new Map((files.translations[l] ?? []).map((f) => [f.entry.id, f.entry])),
		]),
	);
	return files.sources.map(({ entry, attachments: found }) => {
		const data: SourceData<K> = entry.data;
		const versions: Partial<Record<Locale, Version<K>>> = {};
		if (!data.draft) {
			versions[defaultLocale] = {
				locale: defaultLocale,
				slug: entry.id,
				entry,
				title: data.title,
				summary: data.summary,
				texts: data,
			};
			for (const locale of translationLocales) {
				const translation = byLocale.get(locale)?.get(entry.id);
				const texts: TranslationData<K> | undefined = translation?.data;
				// The translation schema requires a summary once there is a title.
				if (!translation || !texts || !isTranslated(texts) || !texts.title || !texts.summary)
					continue;
				versions[locale] = {
					locale,
					slug: texts.slug ?? entry.id,
					entry: translation,
					title: texts.title,
					summary: texts.summary,
					texts,
				};
			}
		}
		return {
			kind,
			id: entry.id,
			key: `${kind}/${entry.id}`,
			data,
			versions,
			attachments: attachments(kind, entry.id, found, data),
		};
	});
}

/** Items that exist in at least one language. */
function published<T extends { versions: object }>(items: readonly T[]): T[] {
	return items.filter((i) => Object.keys(i.versions).length > 0);
}

/** Registry entries by their `order`, smallest first. */
function byOrder<T extends { data: { order: number } }>(entries: readonly T[]): T[] {
	return [...entries].sort((a, b) => a.data.order - b.data.order);
}

/**
 * The catalog: runs every cross-file check and throws one error listing all problems (file,
 * field, fix), then builds the items, newest first, with their published versions.
 */
export function buildCatalog(input: CatalogInput): Catalog {
	const topics = byOrder(input.topics);
	const units = byOrder(input.units);
	const spokespeople = byOrder(input.spokespeople);
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
		articlePaths: new Set(
			input.files.flatMap(({ kind, sources }) =>
				isArticleKind(kind) ? sources.map((f) => itemPath(defaultLocale, kind, f.entry.id)) : [],
			),
		),
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
	if (problems.length > 0) throw new Error(formatProblems(problems));

	const items = input.files.flatMap((files) => published(kindItems(files)));
	const allArticles = items
		.filter((i): i is Article => isArticleKind(i.kind))
		.sort((a, b) => b.data.date.getTime() - a.data.date.getTime());
	const articles = allArticles.filter((a) => !a.data.withdrawnAt);
	const byPath = new Map(allArticles.map((a) => [itemPath(defaultLocale, a.kind, a.id), a]));
	const clarificationsOf = new Map<string, ItemOf<'clarifications'>[]>();
	for (const c of articles) {
		if (c.kind !== 'clarifications') continue;
		for (const path of c.data.related ?? []) {
			const target = byPath.get(path);
			if (target)
				clarificationsOf.set(target.key, [...(clarificationsOf.get(target.key) ?? []), c]);
		}
	}
	return {
		articles,
		withdrawn: allArticles.filter((a) => a.data.withdrawnAt),
		pages: items
			.filter((i): i is StaticPage => i.kind === pageKind)
			.sort((a, b) => a.data.order - b.data.order),
		topics,
		units,
		topicById: new Map(topics.map((t) => [t.id, t])),
		unitById: new Map(units.map((u) => [u.id, u])),
		department: units.find((u) => u.data.type === 'department'),
		spokespeople,
		spokespersonById: new Map(spokespeople.map((p) => [p.id, p])),
		documents: items
			.filter((i): i is LegalDocument => i.kind === documentsKind)
			.sort(
				(a, b) => b.data.issued.getTime() - a.data.issued.getTime() || a.id.localeCompare(b.id),
			),
		clarificationsOf,
		// By the build's clock; pages correct it by the reader's (src/components/alert-clock.ts).
		alerts: publishedAlerts(
			input.alerts.map((a) => ({ ...a.data, alert: a })),
			input.now,
		).map((x) => x.alert),
	};
}

/**
 * A text of an item in a page's language, or the Vietnamese one where the translation leaves it
 * out, with the `lang` to mark it by (undefined when it is in the page's language); undefined if
 * neither has it. `read` picks the text from a file's frontmatter: `(t) => t.outcome`.
 */
export function itemText<K extends DocumentKind>(
	item: ItemOf<K>,
	locale: Locale,
	read: (texts: SourceData<K> | TranslationData<K>) => string | undefined,
): { text: string; lang: string | undefined } | undefined {
	const own = item.versions[locale];
	const picked = pickLocalized(
		{ [locale]: own ? read(own.texts) : undefined, [defaultLocale]: read(item.data) },
		locale,
		defaultLocale,
	);
	return picked.text
		? {
				text: picked.text,
				lang: picked.locale === locale ? undefined : locales[picked.locale].lang,
			}
		: undefined;
}

/**
 * The version of an item in a locale, for a page that exists only where the version does (the
 * route table makes a page per version): a missing one is a bug in the route table, not content.
 */
export function versionIn<K extends DocumentKind>(item: ItemOf<K>, locale: Locale): Version<K> {
	const version = item.versions[locale];
	if (!version) throw new Error(`${item.key} has no ${locale} version`);
	return version;
}

/** The items that exist in a locale, each with its version there, in the list's order. */
export function localized<T extends { versions: Partial<Record<Locale, unknown>> }>(
	items: readonly T[],
	locale: Locale,
): { item: T; v: NonNullable<T['versions'][Locale]> }[] {
	return items.flatMap((item) => {
		const v = item.versions[locale];
		return v ? [{ item, v }] : [];
	});
}

/**
 * A registry entry (topic, unit, spokesperson) by id. The checks have failed the build for any id
 * that names nothing, so a miss here is a bug, not content.
 */
export function registered<T>(byId: ReadonlyMap<string, T>, id: string): T {
	const entry = byId.get(id);
	if (!entry) throw new Error(`"${id}" is not in the registry`);
	return entry;
}

/** A filter that keeps the articles of one kind, typed as that kind: `articles.filter(ofKind('policies'))`. */
export function ofKind<K extends ArticleKind>(kind: K) {
	return (item: Article): item is Extract<Article, { kind: K }> => item.kind === kind;
}
