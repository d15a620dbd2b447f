/**
 * The catalog's types: every item typed by its own kind, from the file to the page. An `Item` is
 * a union keyed by `kind`, so a template that has narrowed to a policy (`item.kind ===
 * 'policies'`) knows `item.data.effective` exists, and one that holds a news item cannot ask for it.
 *
 * Entry types come from Astro's collections (`CollectionEntry<'policies'>`), which Astro infers
 * from the schemas of `src/schemas/kinds.ts`; `build.test.ts` holds them equal to the schemas'
 * own output types, which the activity report reads with.
 */
import type { CollectionEntry } from 'astro:content';
import type { defaultLocale, Locale } from '~/i18n/locales';
import type { ArticleKind, DocumentKind } from '~/schemas/kinds';

/** A locale other than the source language. */
export type TranslationLocale = Exclude<Locale, typeof defaultLocale>;

/** The Vietnamese file of an item of kind K. */
export type SourceEntry<K extends DocumentKind> = CollectionEntry<K>;
/** A translation file of an item of kind K. */
export type TranslationEntry<K extends DocumentKind> = CollectionEntry<`${K}_${TranslationLocale}`>;
/** Frontmatter of the Vietnamese file of an item of kind K. */
export type SourceData<K extends DocumentKind> = SourceEntry<K>['data'];
/** Frontmatter of a translation file of an item of kind K. */
export type TranslationData<K extends DocumentKind> = TranslationEntry<K>['data'];

/** Fields naming a PDF beside the Markdown file. */
export const attachmentFields = ['document', 'outcomeDocument', 'file'] as const;
/** A field naming a PDF beside the Markdown file. */
export type AttachmentField = (typeof attachmentFields)[number];

/** A PDF as found on disk: its path, its first five bytes (for the checks) and its size. */
export interface FoundFile {
	source: string;
	head: string;
	bytes: number;
}

/** A PDF attached to an item: the file, where it is published and its size for the link. */
export interface Attachment {
	source: string;
	href: string;
	bytes: number;
}

/** A content file as the loader found it: the collection entry and what only the disk knows. */
export interface LoadedFile<E> {
	entry: E;
	/** The file as stored, for what parsing hides (encoding, dates YAML silently moves). */
	bytes?: Uint8Array | undefined;
	/** False if the body has text but Markdown rendering failed (Astro logs it and goes on). */
	bodyRendered: boolean;
	/** Why rendering failed, if known (src/lib/markdown-safety.ts). */
	renderError?: string | undefined;
	/** Each PDF the file names, or null when it is missing. */
	attachments: Partial<Record<AttachmentField, FoundFile | null>>;
}

/** The files of one kind: the Vietnamese sources and each locale's translations. */
export interface KindFiles<K extends DocumentKind = DocumentKind> {
	kind: K;
	sources: LoadedFile<SourceEntry<K>>[];
	translations: Partial<Record<TranslationLocale, LoadedFile<TranslationEntry<K>>[]>>;
}

/**
 * One language version of an item: the file to render, its URL slug and its texts. For the
 * source language the texts are the Vietnamese file's frontmatter; for a translation, the
 * translation file's (translated fields only).
 */
export interface Version<K extends DocumentKind> {
	locale: Locale;
	slug: string;
	/** The locale file, passed to `render()` for the body. */
	entry: SourceEntry<K> | TranslationEntry<K>;
	/** A published version always has a title and a summary. */
	title: string;
	summary: string;
	/** The texts this language's file holds. */
	texts: SourceData<K> | TranslationData<K>;
}

/** An item of kind K with its published language versions. */
export interface ItemOf<K extends DocumentKind> {
	kind: K;
	/** The folder name, which is also the Vietnamese URL slug. */
	id: string;
	/** `kind/id`, unique across the site. */
	key: string;
	data: SourceData<K>;
	versions: Partial<Record<Locale, Version<K>>>;
	/** The PDFs it names (a consultation's draft and report, a document's text), read once. */
	attachments: Partial<Record<AttachmentField, Attachment>>;
}

/** An item of any kind, narrowed by `kind`. */
export type Item = { [K in DocumentKind]: ItemOf<K> }[DocumentKind];
/** An article: a dated editorial item of one of the article kinds. */
export type Article = { [K in ArticleKind]: ItemOf<K> }[ArticleKind];
/** A static page (about, contacts). */
export type StaticPage = ItemOf<'pages'>;
/** A legal document of the register. */
export type LegalDocument = ItemOf<'documents'>;

/** A topic of the registry (`content/topics/<id>.yml`). */
export type Topic = CollectionEntry<'topics'>;
/** A unit as its file gives it: the Department's has no name (it is in the identity settings). */
export type UnitFile = CollectionEntry<'units'>;
/** A unit of the registry (`content/units/<id>.yml`), named: the Department's name and contacts filled in from the identity settings. */
export type Unit = Omit<UnitFile, 'data'> & {
	data: UnitFile['data'] & { name: NonNullable<UnitFile['data']['name']> };
};
/** The Department's identity (`content/settings/identity.yml`). */
export type Identity = CollectionEntry<'identity'>['data'];
/** A spokesperson of the registry (`content/spokespeople/<id>.yml`). */
export type Spokesperson = CollectionEntry<'spokespeople'>;
/** An urgent notice (`content/alerts/<id>.yml`). */
export type Alert = CollectionEntry<'alerts'>;

/** Everything the catalog is built from: the files of every kind and the registries. */
export interface CatalogInput {
	/** The files of each kind. */
	files: KindFiles[];
	topics: Topic[];
	units: UnitFile[];
	spokespeople: Spokesperson[];
	alerts: Alert[];
	/** The identity settings file: one entry, or none when the file is missing. */
	identity: CollectionEntry<'identity'>[];
	/**
	 * The build's clock (`buildNow` in src/lib/schedule.ts): urgent notices already expired are left
	 * out, and so are articles whose `publishAt` is later.
	 */
	now: Date;
	/** A preview build for reviewers: scheduled articles are shown (drafts never). */
	preview?: boolean;
}

/** Everything the pages read. */
export interface Catalog {
	/** Published articles of every kind, newest first: what listings, feeds and search show. */
	articles: Article[];
	/** Withdrawn articles: their pages stay, marked, out of every listing. */
	withdrawn: Article[];
	/** Published static pages, by `order`. */
	pages: StaticPage[];
	topics: Topic[];
	units: Unit[];
	topicById: Map<string, Topic>;
	unitById: Map<string, Unit>;
	/** The Department itself as a unit (articles' `unit: so-gddt`), named from the identity. */
	department: Unit | undefined;
	/** The Department's identity: name, contacts, hours, social pages, logo. */
	identity: Identity;
	/** Urgent notices not expired when the site was built, most severe first. */
	alerts: Alert[];
	/** Official spokespeople, by `order`. */
	spokespeople: Spokesperson[];
	spokespersonById: Map<string, Spokesperson>;
	/** The register of legal documents, newest issued first. */
	documents: LegalDocument[];
	/** Clarifications that name an article as related, by the article's key (`news/<id>`). */
	clarificationsOf: Map<string, ItemOf<'clarifications'>[]>;
}
