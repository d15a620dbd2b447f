import { defineCollection, type SchemaContext } from 'astro:content';
import type { z } from 'astro/zod';
import { glob } from 'astro/loaders';
import { defaultLocale, translationLocales } from './i18n/locales';
import { articleKinds, pageKind, type DocumentKind } from './schemas/collections';
import {
  articleSchema,
  articleTranslationSchema,
  pageSchema,
  pageTranslationSchema,
  policySchema,
  policyTranslationSchema,
} from './schemas/article';
import { topicSchema, unitSchema } from './schemas/registry';
import { collectionName } from './lib/collection-names';

/**
 * Content lives outside `src/`, in the folder layout Decap CMS writes:
 * `content/<kind>/<slug>/index.<locale>.md` with images beside it. Tests point `CONTENT_DIR` at
 * fixture trees to build them with the same code.
 */
const root = process.env.CONTENT_DIR ?? './content';

/** Id of an item: the folder name, shared by all its locale files. */
const folderId = ({ entry }: { entry: string }) => entry.split('/')[0]!;

/** Id of a registry entry: its file name without extension. */
const fileId = ({ entry }: { entry: string }) => entry.replace(/\.ya?ml$/, '');

const sourceSchemas: Record<DocumentKind, (ctx: SchemaContext) => z.ZodType> = { news: articleSchema, stories: articleSchema, policies: policySchema, pages: () => pageSchema };
const translationSchemas: Record<DocumentKind, z.ZodType> = {
  news: articleTranslationSchema,
  stories: articleTranslationSchema,
  policies: policyTranslationSchema,
  pages: pageTranslationSchema,
};

/**
 * One collection per kind and locale: the Vietnamese source files are validated strictly, the
 * translations by the lighter translation schema. See `lib/collection-names.ts` for the names.
 */
const documentCollections = Object.fromEntries(
  ([...articleKinds, pageKind] as DocumentKind[]).flatMap((kind) => [
    [
      collectionName(kind, defaultLocale),
      defineCollection({
        loader: glob({ base: `${root}/${kind}`, pattern: `*/index.${defaultLocale}.md`, generateId: folderId }),
        schema: sourceSchemas[kind],
      }),
    ],
    ...translationLocales.map((locale) => [
      collectionName(kind, locale),
      defineCollection({
        loader: glob({ base: `${root}/${kind}`, pattern: `*/index.${locale}.md`, generateId: folderId }),
        schema: translationSchemas[kind],
      }),
    ]),
  ]),
);

export const collections = {
  ...documentCollections,
  topics: defineCollection({
    loader: glob({ base: `${root}/topics`, pattern: '*.{yml,yaml}', generateId: fileId }),
    schema: topicSchema,
  }),
  units: defineCollection({
    loader: glob({ base: `${root}/units`, pattern: '*.{yml,yaml}', generateId: fileId }),
    schema: unitSchema,
  }),
};
