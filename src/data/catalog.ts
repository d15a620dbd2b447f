import { closeSync, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { getCollection } from 'astro:content';
import type { z } from 'astro/zod';
import {
	defaultLocale,
	localeCodes,
	locales,
	translationLocales,
	type Locale,
} from '../i18n/locales';
import { checkContent, formatProblems, type FileRecord } from '../lib/checks';
import { publishedAlerts } from '../lib/alerts';
import { collectionName } from '../lib/collection-names';
import { readRenderProblems } from '../lib/markdown-safety';
import {
	localizedSlug,
	pickLocalized,
	publishedLocales,
	type TranslationData,
} from '../lib/translations';
import { attachmentPath, itemPath } from '../lib/paths';
import {
	documentKinds,
	documentsKind,
	pageKind,
	type ArticleKind,
	type DocumentKind,
} from '../schemas/collections';
import type { verdicts } from '../schemas/article';
import type { DocumentType } from '../schemas/documents';
import type { alertSchema, spokespersonSchema, topicSchema, unitSchema } from '../schemas/registry';

/**
 * The site's content as pages need it: every item with the languages it really exists in, the
 * registries, and the cross-file checks run once. Built on first use and shared by all pages of a
 * build (module state lives for the whole build).
 */

/** Frontmatter of a source (Vietnamese) file, all kinds together. */
export interface SourceData {
	title: string;
	summary: string;
	date?: Date;
	updated?: Date;
	topics?: string[];
	unit?: string;
	cover?: ImageMetadata;
	coverAlt?: string;
	coverCaption?: string;
	featured?: boolean;
	draft: boolean;
	audience?: string;
	effective?: Date;
	source?: string;
	sourceUrl?: string;
	order?: number;
	withdrawnAt?: Date;
	withdrawnReason?: string;
	changes?: ChangeNote[];
	/** Press releases: id of the spokesperson. */
	spokesperson?: string;
	/** Clarifications. */
	claim?: string;
	claimOrigin?: string;
	claimDate?: Date;
	verdict?: (typeof verdicts)[number];
	sources?: { title: string; url: string }[];
	related?: string[];
	/** Consultations. */
	respondents?: string;
	howToRespond?: string;
	outcome?: string;
	document?: string;
	opensAt?: Date;
	closesAt?: Date;
	outcomeAt?: Date;
	outcomeDocument?: string;
	/** Legal documents. */
	issuer?: string;
	docType?: DocumentType;
	number?: string;
	signer?: string;
	issued?: Date;
	expired?: Date;
	file?: string;
}

/** Texts that change with the language, beyond title and summary. */
const translatedTexts = [
	'coverAlt',
	'coverCaption',
	'audience',
	'withdrawnReason',
	'changes',
	'claim',
	'claimOrigin',
	'respondents',
	'howToRespond',
	'outcome',
	'issuer',
] as const;

/** Fields naming a PDF beside the Markdown file. */
export const attachmentFields = ['document', 'outcomeDocument', 'file'] as const;

/** A dated public note about a change to an article. */
export interface ChangeNote {
	date: Date;
	note: string;
	major: boolean;
}

/** Frontmatter of a translation file. */
export type TranslatedData = Partial<
	Pick<SourceData, 'title' | 'summary' | (typeof translatedTexts)[number]>
> &
	TranslationData;

type AnyEntry = {
	id: string;
	filePath?: string;
	body?: string;
	data: object;
	rendered?: unknown;
	collection: string;
};

/** One language version of an item: the file to render and its texts. */
export interface Version {
	locale: Locale;
	slug: string;
	/** The locale file, passed to `render()` for the body. */
	entry: AnyEntry;
	title: string;
	summary: string;
	coverAlt?: string | undefined;
	coverCaption?: string | undefined;
	audience?: string | undefined;
	/** Why the article was withdrawn, in this language if translated. */
	withdrawnReason?: string | undefined;
	/** Public change notes of this language file. */
	changes?: ChangeNote[] | undefined;
	/** Kind-specific texts of this language (claim, respondents, outcome, issuer…). */
	claim?: string | undefined;
	claimOrigin?: string | undefined;
	respondents?: string | undefined;
	howToRespond?: string | undefined;
	outcome?: string | undefined;
	issuer?: string | undefined;
}

/** An item (article or static page) with its published language versions. */
export interface Item {
	kind: DocumentKind;
	id: string;
	/** `kind/id`, unique across the site. */
	key: string;
	data: SourceData;
	versions: Partial<Record<Locale, Version>>;
	/** The PDFs it names (a consultation's draft and report, a document's text), read once here. */
	attachments: Partial<Record<AttachmentField, Attachment>>;
}

/** A field naming a PDF beside the Markdown file. */
export type AttachmentField = (typeof attachmentFields)[number];

/** A PDF attached to an item: the file, where it is published and its size for the link. */
export interface Attachment {
	source: string;
	href: string;
	bytes: number;
}

/** An article: an item with a date, topics and a unit. */
export type Article = Item & {
	kind: ArticleKind;
	data: SourceData & { date: Date; topics: string[]; unit: string };
};

/** A topic of the registry (`content/topics/<id>.yml`). */
export interface Topic {
	id: string;
	filePath?: string | undefined;
	data: z.output<typeof topicSchema>;
}
/** An urgent notice (`content/alerts/<id>.yml`). */
export interface Alert {
	id: string;
	filePath?: string | undefined;
	data: z.output<typeof alertSchema>;
}
/** A spokesperson of the registry (`content/spokespeople/<id>.yml`). */
export interface Spokesperson {
	id: string;
	filePath?: string | undefined;
	data: z.output<typeof spokespersonSchema>;
}
/** A legal document of the register: an item with its number, type and dates. */
export type LegalDocument = Item & {
	kind: typeof documentsKind;
	data: SourceData & {
		docType: DocumentType;
		number: string;
		issuer: string;
		signer: string;
		issued: Date;
		file: string;
	};
};
/** A unit of the registry (`content/units/<id>.yml`). */
export interface Unit {
	id: string;
	filePath?: string | undefined;
	data: z.output<typeof unitSchema>;
}

/** Everything the pages read. */
export interface Catalog {
	/** Published articles of every kind, newest first: what listings, feeds and search show. */
	articles: Article[];
	/** Withdrawn articles: their pages stay, marked, out of every listing. */
	withdrawn: Article[];
	/** Published static pages, by `order`. */
	pages: Item[];
	topics: Topic[];
	units: Unit[];
	topicById: Map<string, Topic>;
	unitById: Map<string, Unit>;
	/** The Department itself: the publisher in JSON-LD and the contact in the footer. */
	department: Unit | undefined;
	/** Urgent notices not expired when the site was built, most severe first. */
	alerts: Alert[];
	/** Official spokespeople, by `order`. */
	spokespeople: Spokesperson[];
	spokespersonById: Map<string, Spokesperson>;
	/** The register of legal documents, newest issued first. */
	documents: LegalDocument[];
	/** Clarifications that name an article as related, by the article's key (`news/<id>`). */
	clarificationsOf: Map<string, Article[]>;
}

/** Each PDF a file names: its path, its first five bytes (for the checks) and size, or null if missing. */
function readAttachments(filePath: string | undefined, data: Record<string, unknown>) {
	const found: Partial<
		Record<AttachmentField, { source: string; head: string; bytes: number } | null>
	> = {};
	if (!filePath) return found;
	for (const field of attachmentFields) {
		const name = data[field];
		if (typeof name !== 'string') continue;
		const source = resolve(dirname(filePath), name);
		if (!existsSync(source)) {
			found[field] = null;
			continue;
		}
		const fd = openSync(source, 'r');
		const head = Buffer.alloc(5);
		readSync(fd, head, 0, 5, 0);
		closeSync(fd);
		found[field] = { source, head: head.toString('latin1'), bytes: statSync(source).size };
	}
	return found;
}

function record(
	kind: string,
	locale: Locale,
	e: AnyEntry,
	renderProblems: Record<string, string>,
	attachments = readAttachments(e.filePath, e.data as Record<string, unknown>),
): FileRecord {
	const filePath = e.filePath ?? `${kind}/${e.id}/index.${locale}.md`;
	const bodyRendered = !e.body?.trim() || e.rendered !== undefined;
	return {
		kind,
		id: e.id,
		locale,
		filePath,
		data: e.data as Record<string, unknown>,
		bytes: e.filePath ? readFileSync(resolve(e.filePath)) : undefined,
		bodyRendered,
		renderError: bodyRendered ? undefined : renderProblems[resolve(filePath)],
		attachments: Object.fromEntries(
			Object.entries(attachments).map(([field, a]) => [field, a?.head ?? null]),
		),
	};
}

function version(
	locale: Locale,
	id: string,
	entry: AnyEntry,
	translations: Partial<Record<Locale, TranslatedData>>,
): Version {
	const d = entry.data as TranslatedData & { title: string; summary: string };
	const texts = Object.fromEntries(translatedTexts.map((k) => [k, d[k]]));
	return {
		...texts,
		locale,
		slug: localizedSlug(id, locale, translations, defaultLocale),
		entry,
		title: d.title,
		summary: d.summary,
	};
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

async function loadKind(
	kind: DocumentKind,
	records: { sources: FileRecord[]; translations: FileRecord[] },
	renderProblems: Record<string, string>,
): Promise<Item[]> {
	const sources = (await getCollection(
		collectionName(kind, defaultLocale) as 'topics',
	)) as unknown as AnyEntry[];
	const byLocale = new Map<Locale, Map<string, AnyEntry>>();
	for (const locale of translationLocales) {
		const entries = (await getCollection(
			collectionName(kind, locale) as 'topics',
		)) as unknown as AnyEntry[];
		byLocale.set(locale, new Map(entries.map((e) => [e.id, e])));
		records.translations.push(...entries.map((e) => record(kind, locale, e, renderProblems)));
	}
	return sources.map((source) => {
		const found = readAttachments(source.filePath, source.data as Record<string, unknown>);
		records.sources.push(record(kind, defaultLocale, source, renderProblems, found));
		// Published once, beside the item's Vietnamese page; missing files fail the build in the checks.
		const attachments = Object.fromEntries(
			Object.entries(found).flatMap(([field, a]) =>
				a
					? [
							[
								field,
								{
									source: a.source,
									bytes: a.bytes,
									href: attachmentPath(
										kind as 'documents',
										source.id,
										String((source.data as Record<string, unknown>)[field]),
									),
								},
							],
						]
					: [],
			),
		);
		const data = source.data as SourceData;
		const files: Partial<Record<Locale, AnyEntry>> = { [defaultLocale]: source };
		for (const locale of translationLocales) files[locale] = byLocale.get(locale)?.get(source.id);
		const translations = Object.fromEntries(
			translationLocales.map((l) => [l, files[l]?.data as TranslatedData | undefined]),
		) as Partial<Record<Locale, TranslatedData>>;
		const versions: Partial<Record<Locale, Version>> = {};
		for (const locale of publishedLocales(data.draft, translations, localeCodes, defaultLocale))
			versions[locale] = version(locale, source.id, files[locale]!, translations);
		return { kind, id: source.id, key: `${kind}/${source.id}`, data, versions, attachments };
	});
}

async function buildCatalog(): Promise<Catalog> {
	const records = { sources: [] as FileRecord[], translations: [] as FileRecord[] };
	const renderProblems = readRenderProblems();
	const loaded = await Promise.all(documentKinds.map((k) => loadKind(k, records, renderProblems)));
	const topics = ((await getCollection('topics')) as Topic[]).sort(
		(a, b) => a.data.order - b.data.order,
	);
	const units = ((await getCollection('units')) as Unit[]).sort(
		(a, b) => a.data.order - b.data.order,
	);
	const spokespeople = ((await getCollection('spokespeople')) as Spokesperson[]).sort(
		(a, b) => a.data.order - b.data.order,
	);
	const problems = checkContent({
		...records,
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
			records.sources
				.filter((f) => f.kind !== pageKind && f.kind !== documentsKind)
				.map((f) => itemPath(defaultLocale, f.kind as ArticleKind, f.id)),
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
	const items = loaded.flat().filter((i) => Object.keys(i.versions).length > 0);
	const allArticles = items
		.filter((i): i is Article => i.kind !== pageKind && i.kind !== documentsKind)
		.sort((a, b) => b.data.date.getTime() - a.data.date.getTime());
	const articles = allArticles.filter((a) => !a.data.withdrawnAt);
	const withdrawn = allArticles.filter((a) => a.data.withdrawnAt);
	const pages = items
		.filter((i) => i.kind === pageKind)
		.sort((a, b) => (a.data.order ?? 0) - (b.data.order ?? 0));
	const documents = items
		.filter((i): i is LegalDocument => i.kind === documentsKind)
		.sort((a, b) => b.data.issued.getTime() - a.data.issued.getTime() || a.id.localeCompare(b.id));
	const byPath = new Map(allArticles.map((a) => [itemPath(defaultLocale, a.kind, a.id), a]));
	const clarificationsOf = new Map<string, Article[]>();
	for (const c of articles.filter((a) => a.kind === 'clarifications'))
		for (const target of (c.data.related ?? [])
			.map((path) => byPath.get(path))
			.filter((a) => a !== undefined))
			clarificationsOf.set(target.key, [...(clarificationsOf.get(target.key) ?? []), c]);
	return {
		articles,
		withdrawn,
		pages,
		topics,
		units,
		topicById: new Map(topics.map((t) => [t.id, t])),
		unitById: new Map(units.map((u) => [u.id, u])),
		department: units.find((u) => u.data.type === 'department'),
		spokespeople,
		spokespersonById: new Map(spokespeople.map((p) => [p.id, p])),
		documents,
		clarificationsOf,
		// By the build's clock; pages correct it by the reader's (src/components/alert-clock.ts).
		alerts: publishedAlerts(
			((await getCollection('alerts')) as Alert[]).map((a) => ({ ...a.data, alert: a })),
			new Date(),
		).map((x) => x.alert),
	};
}

let cached: Promise<Catalog> | undefined;

/** The catalog, built once per build (or dev server restart). */
export function loadCatalog(): Promise<Catalog> {
	if (import.meta.env.DEV) return buildCatalog(); // content can change under `astro dev`
	cached ??= buildCatalog();
	return cached;
}

/**
 * A text of an item in a page's language, or the Vietnamese one where the translation leaves it
 * out, with the `lang` to mark it by (undefined when it is in the page's language); undefined if
 * neither has it.
 */
export function itemText(
	item: Item,
	locale: Locale,
	key: 'withdrawnReason' | 'claimOrigin' | 'howToRespond' | 'outcome',
): { text: string; lang: string | undefined } | undefined {
	const picked = pickLocalized(
		{
			[locale]: item.versions[locale]?.[key],
			[defaultLocale]: item.versions[defaultLocale]?.[key] ?? item.data[key],
		},
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
