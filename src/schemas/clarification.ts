/** Clarifications: a claim that circulates, the verdict, the facts and their sources. */
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { date, optional, strictObject, text } from './messages';
import {
	articleRules,
	articleTranslatable,
	shared,
	sharedCopies,
	sourceHint,
	siteOrHttpsLink,
	articlePathPattern,
	translatable,
	translationSchema,
} from './article';

/** How a clarification rates the claim it answers (schema.org ClaimReview `reviewRating`). */
export const verdicts = ['false', 'misleading', 'unverified'] as const;

/** Translated fields of clarifications: the claim as it circulates and where. */
const clarificationTranslatable = {
	/** The claim, quoted or summarised as people are sharing it. */
	claim: text('claim', 500),
	/** Where it circulates, e.g. "Bài đăng trên một số trang Facebook từ ngày 3/11". */
	claimOrigin: optional(text('claimOrigin', 300)),
};

/** A source backing the facts: a document or page, by title and address. */
const factSource = strictObject(
	{ title: text('sources.title', 300), url: siteOrHttpsLink('sources.url') },
	'Mỗi nguồn gồm title và url. (A source has a title and a url.)',
);

/** Shared fields of clarifications. */
const clarificationShared = {
	verdict: z.enum(verdicts, {
		error: `"verdict" phải là một trong: ${verdicts.join(', ')} (sai sự thật, gây hiểu nhầm, chưa được kiểm chứng). (verdict must be one of ${verdicts.join(', ')}.)`,
	}),
	/** When the claim began to circulate. */
	claimDate: optional(date('claimDate')),
	/** Documents and pages that establish the facts. */
	sources: z
		.array(factSource, { error: '"sources" phải là một danh sách. (sources must be a list.)' })
		.min(1, {
			error:
				'Cần ít nhất một nguồn trong "sources" để bạn đọc tự kiểm chứng. (At least one source is required.)',
		})
		.max(20),
	/** Articles of this site the claim concerns (their Vietnamese address, /tin-tuc/…/); each shows a link back here. */
	related: optional(
		z
			.array(
				z.string().trim().regex(articlePathPattern, {
					error:
						'"related" là đường dẫn bài tiếng Việt trong trang, ví dụ /tin-tuc/ten-bai/. (related lists this site\'s article paths, e.g. /tin-tuc/slug/.)',
				}),
				{ error: '"related" phải là một danh sách. (related must be a list.)' },
			)
			.max(10),
	),
};

/** Schema of the Vietnamese file of a clarification. */
export function clarificationSchema(ctx: SchemaContext) {
	return strictObject(
		{
			...translatable,
			...articleTranslatable,
			...clarificationTranslatable,
			...shared(ctx),
			...clarificationShared,
		},
		sourceHint,
	).superRefine(articleRules);
}

/** Schema of a translated clarification. */
export const clarificationTranslationSchema = translationSchema(
	{ ...translatable, ...articleTranslatable, ...clarificationTranslatable },
	sharedCopies,
);
