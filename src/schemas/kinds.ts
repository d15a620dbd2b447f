/**
 * The one table of the site's kinds of content. Everything else is derived from it: Astro's
 * collections (`src/content.config.ts`), the types of items from the file to the page
 * (`SourceData<'policies'>` knows `effective`), the catalog, the route table, the activity
 * report's reader (`src/lib/report/read.ts`) and the CMS config (`admin/config.ts`, held against
 * these schemas by `admin/config.test.ts`). Adding a kind is a row here, its schema, its CMS
 * fields and its dictionary labels (`section.<kind>` and `section.<kind>.singular`, which the CMS
 * names its collections by too).
 *
 * This module is plain TypeScript (no `astro:*` runtime import), so the report can load the same
 * schemas in Node.
 */
import type { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { defaultLocale, type Locale } from '~/i18n/locales';
import { articleSchema, articleTranslationSchema } from './article';
import { clarificationSchema, clarificationTranslationSchema } from './clarification';
import { consultationSchema, consultationTranslationSchema } from './consultation';
import { pageSchema, pageTranslationSchema } from './page';
import { policySchema, policyTranslationSchema } from './policy';
import { pressSchema, pressTranslationSchema } from './press';
import { documentSchema, documentTranslationSchema } from './documents';
import { alertSchema, spokespersonSchema, topicSchema, unitSchema } from './registry';
import { identitySchema } from './settings';

/**
 * Markdown kinds, one folder each (`content/<kind>/<slug>/index.<locale>.md`), in the order the
 * CMS lists them. `source` checks the Vietnamese file (every field), `translation` a locale file
 * (the translated fields only). `group` says how the site presents the kind:
 * - `article`: dated editorial items with listings, feeds and article pages;
 * - `page`: undated pages about the Department (about, organisation, contacts);
 * - `document`: the register of legal documents (Decree 42/2022/NĐ-CP), listed by type and year.
 */
export const kinds = {
	news: { group: 'article', source: articleSchema, translation: articleTranslationSchema },
	stories: { group: 'article', source: articleSchema, translation: articleTranslationSchema },
	policies: { group: 'article', source: policySchema, translation: policyTranslationSchema },
	consultations: {
		group: 'article',
		source: consultationSchema,
		translation: consultationTranslationSchema,
	},
	clarifications: {
		group: 'article',
		source: clarificationSchema,
		translation: clarificationTranslationSchema,
	},
	press: { group: 'article', source: pressSchema, translation: pressTranslationSchema },
	pages: { group: 'page', source: () => pageSchema, translation: pageTranslationSchema },
	documents: {
		group: 'document',
		source: () => documentSchema,
		translation: documentTranslationSchema,
	},
} as const satisfies Record<
	string,
	{
		group: 'article' | 'page' | 'document';
		source: (ctx: SchemaContext) => z.ZodType;
		translation: z.ZodType;
	}
>;

/** Registries: YAML files, one per entry, that items point at (and urgent notices). */
export const registries = {
	topics: topicSchema,
	units: unitSchema,
	spokespeople: spokespersonSchema,
	alerts: alertSchema,
} as const;

/**
 * Settings: one YAML file each (`content/settings/<name>.yml`), edited in the CMS as a single
 * form ("Thông tin chung"), not a list of entries.
 */
export const settings = {
	identity: identitySchema,
} as const;

type Kinds = typeof kinds;

/** Kinds whose entries are Markdown files with one file per locale. */
export type DocumentKind = keyof Kinds;
/** The dated editorial kinds. */
export type ArticleKind = {
	[K in DocumentKind]: Kinds[K]['group'] extends 'article' ? K : never;
}[DocumentKind];
/** One of the registry collections. */
export type RegistryKind = keyof typeof registries;

/** Every Markdown kind, in the order the CMS lists them. */
export const documentKinds = Object.keys(kinds) as DocumentKind[];
/** Dated editorial items that get listings, feeds and article pages, in menu order. */
export const articleKinds = documentKinds.filter(
	(k): k is ArticleKind => kinds[k].group === 'article',
);
/** The static pages' kind. */
export const pageKind = 'pages' satisfies DocumentKind;
/** The legal documents register's kind. */
export const documentsKind = 'documents' satisfies DocumentKind;
/** One of the settings files. */
export type SettingsKind = keyof typeof settings;
/** Every settings file. */
export const settingsKinds = Object.keys(settings) as SettingsKind[];
/** Every registry. */
export const registryKinds = Object.keys(registries) as RegistryKind[];

/** Narrow a string to an article kind. */
export function isArticleKind(value: string): value is ArticleKind {
	return (articleKinds as readonly string[]).includes(value);
}

/** Frontmatter of the Vietnamese file of a kind, as its schema outputs it. */
export type SourceData<K extends DocumentKind> = z.output<ReturnType<Kinds[K]['source']>>;
/** Frontmatter of a translation file of a kind. */
export type TranslationFileData<K extends DocumentKind> = z.output<Kinds[K]['translation']>;
/** The data of a settings file. */
export type SettingsData<S extends SettingsKind> = z.output<(typeof settings)[S]>;
/** An entry of a registry. */
export type RegistryData<R extends RegistryKind> = z.output<(typeof registries)[R]>;

/** Name of the Astro collection holding one locale's files of a kind. */
export type CollectionName<
	K extends DocumentKind,
	L extends Locale,
> = L extends typeof defaultLocale ? K : `${K}_${L}`;

/**
 * Name of the Astro collection holding one locale's files of a kind: the source language keeps
 * the plain name (`news`), translations get a suffix (`news_en`).
 */
export function collectionName<K extends DocumentKind, L extends Locale>(
	kind: K,
	locale: L,
): CollectionName<K, L> {
	return (locale === defaultLocale ? kind : `${kind}_${locale}`) as CollectionName<K, L>;
}
