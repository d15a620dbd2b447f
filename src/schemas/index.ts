import type { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import type { DocumentKind, RegistryKind } from './collections';
import {
  articleSchema,
  articleTranslationSchema,
  pageSchema,
  pageTranslationSchema,
  policySchema,
  policyTranslationSchema,
} from './article';
import { alertSchema, topicSchema, unitSchema } from './registry';

/**
 * Which schema checks which file: the Vietnamese source and a translation of every kind of item.
 * `content.config.ts` builds the collections from this table and `admin/config.test.ts` checks
 * the CMS fields against it, so the two cannot pair a kind with different schemas.
 */
export const documentSchemas: Record<DocumentKind, { source: (ctx: SchemaContext) => z.ZodType; translation: z.ZodType }> = {
  news: { source: articleSchema, translation: articleTranslationSchema },
  stories: { source: articleSchema, translation: articleTranslationSchema },
  policies: { source: policySchema, translation: policyTranslationSchema },
  pages: { source: () => pageSchema, translation: pageTranslationSchema },
};

/** Schema of each registry's YAML files. */
export const registrySchemas: Record<RegistryKind, z.ZodType> = { topics: topicSchema, units: unitSchema, alerts: alertSchema };
