/** Policy explainers: who a policy affects, from when, and the legal document it comes from. */
import type { SchemaContext } from 'astro:content';
import { date, optional, slug, strictObject, text, url } from './messages';
import {
	articleRules,
	articleTranslatable,
	shared,
	sharedCopies,
	sourceHint,
	translatable,
	translationSchema,
} from './article';

/** Extra translatable fields of policy explainers: who is affected. */
const policyTranslatable = {
	/** For whom the policy changes things, e.g. "Học sinh lớp 10 năm học 2026-2027". */
	audience: text('audience', 300),
};

/** Extra shared fields of policy explainers. */
const policyShared = {
	/** From when the policy applies. */
	effective: date('effective'),
	/** The legal document it comes from, e.g. "Thông tư 32/2018/TT-BGDĐT". */
	source: text('source', 200),
	/** Where the document can be read, when it is not in the register. */
	sourceUrl: optional(url('sourceUrl')),
	/**
	 * The document's entry in the legal documents register (`content/documents/<id>`): the page
	 * links to it instead of an address outside the site. An unknown id fails the build.
	 */
	sourceDocument: optional(slug('sourceDocument')),
};

/** Schema of the Vietnamese (source) file of a policy explainer. */
export function policySchema(ctx: SchemaContext) {
	return strictObject(
		{
			...translatable,
			...articleTranslatable,
			...policyTranslatable,
			...shared(ctx),
			...policyShared,
		},
		sourceHint,
	).superRefine(articleRules);
}

/** Schema of a translated policy explainer. */
export const policyTranslationSchema = translationSchema(
	{ ...translatable, ...articleTranslatable, ...policyTranslatable },
	sharedCopies,
);
