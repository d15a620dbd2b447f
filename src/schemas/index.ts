import type { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import type { DocumentKind, RegistryKind } from './collections';
import {
	articleSchema,
	clarificationSchema,
	clarificationTranslationSchema,
	consultationSchema,
	consultationTranslationSchema,
	pressSchema,
	pressTranslationSchema,
	articleTranslationSchema,
	pageSchema,
	pageTranslationSchema,
	policySchema,
	policyTranslationSchema,
} from './article';
import { documentSchema, documentTranslationSchema } from './documents';
import { alertSchema, spokespersonSchema, topicSchema, unitSchema } from './registry';

/**
 * Which schema checks which file: the Vietnamese source and a translation of every kind of item.
 * `content.config.ts` builds the collections from this table and `admin/config.test.ts` checks
 * the CMS fields against it, so the two cannot pair a kind with different schemas.
 */
export const documentSchemas: Record<
	DocumentKind,
	{ source: (ctx: SchemaContext) => z.ZodType; translation: z.ZodType }
> = {
	news: { source: articleSchema, translation: articleTranslationSchema },
	stories: { source: articleSchema, translation: articleTranslationSchema },
	policies: { source: policySchema, translation: policyTranslationSchema },
	consultations: { source: consultationSchema, translation: consultationTranslationSchema },
	clarifications: { source: clarificationSchema, translation: clarificationTranslationSchema },
	press: { source: pressSchema, translation: pressTranslationSchema },
	pages: { source: () => pageSchema, translation: pageTranslationSchema },
	documents: { source: () => documentSchema, translation: documentTranslationSchema },
};

/** Schema of each registry's YAML files. */
export const registrySchemas: Record<RegistryKind, z.ZodType> = {
	topics: topicSchema,
	units: unitSchema,
	spokespeople: spokespersonSchema,
	alerts: alertSchema,
};
