/** Press releases: an article naming the spokesperson who speaks for the Department. */
import type { SchemaContext } from 'astro:content';
import { optional, slug, strictObject } from './messages';
import {
	articleRules,
	articleTranslatable,
	shared,
	sharedCopies,
	sourceHint,
	translatable,
	translationSchema,
} from './article';

/** Shared field of press releases: who speaks for the Department (Decision 29/2019/QĐ-UBND). */
const pressShared = {
	/** Id of a registered spokesperson (content/spokespeople/<id>.yml). */
	spokesperson: slug('spokesperson'),
};

/** Schema of the Vietnamese file of a press release: an article naming its spokesperson. */
export function pressSchema(ctx: SchemaContext) {
	return strictObject(
		{ ...translatable, ...articleTranslatable, ...shared(ctx), ...pressShared },
		sourceHint,
	).superRefine(articleRules);
}

/** Schema of a translated press release. */
export const pressTranslationSchema = translationSchema(
	{ ...translatable, ...articleTranslatable },
	{ ...sharedCopies, spokesperson: optional(slug('spokesperson')) },
);
