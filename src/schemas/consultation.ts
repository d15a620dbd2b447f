/** Consultations on a draft: who is asked, when, the draft, and later the outcome. */
import type { SchemaContext } from 'astro:content';
import { date, optional, strictObject, text } from './messages';
import {
	articleRules,
	articleTranslatable,
	pdfFile,
	shared,
	sharedCopies,
	sourceHint,
	translatable,
	translationSchema,
} from './article';

/** Translated fields of consultations: who is asked, how else to respond, the outcome. */
const consultationTranslatable = {
	/** Whom the Department asks, e.g. "Cha mẹ học sinh, giáo viên và học sinh THPT". */
	respondents: text('respondents', 300),
	/** Other ways to respond (address, e-mail), besides the form. */
	howToRespond: optional(text('howToRespond', 1000)),
	/** What came of the consultation, once published. */
	outcome: optional(text('outcome', 3000)),
};

/** Shared fields of consultations. */
const consultationShared = {
	/** The draft itself, a PDF beside the Markdown file. */
	document: pdfFile('document'),
	/** When responses open and close (Asia/Ho_Chi_Minh unless an offset is given). */
	opensAt: date('opensAt'),
	closesAt: date('closesAt'),
	/** When the outcome was published; with `outcome` in the texts. */
	outcomeAt: optional(date('outcomeAt')),
	/** The report on the responses or the adopted text, a PDF beside the Markdown file. */
	outcomeDocument: optional(pdfFile('outcomeDocument')),
};

/** Schema of the Vietnamese file of a consultation on a draft. */
export function consultationSchema(ctx: SchemaContext) {
	return strictObject(
		{
			...translatable,
			...articleTranslatable,
			...consultationTranslatable,
			...shared(ctx),
			...consultationShared,
		},
		sourceHint,
	).superRefine((data, rc) => {
		articleRules(data, rc);
		if (data.closesAt <= data.opensAt)
			rc.addIssue({
				code: 'custom',
				path: ['closesAt'],
				message: '"closesAt" phải sau "opensAt". (closesAt must be after opensAt.)',
			});
		if (data.outcomeAt && !data.outcome)
			rc.addIssue({
				code: 'custom',
				path: ['outcome'],
				message:
					'Đã có ngày công bố kết quả "outcomeAt" thì cần nội dung "outcome". (outcomeAt needs the outcome text.)',
			});
		if (data.outcome && !data.outcomeAt)
			rc.addIssue({
				code: 'custom',
				path: ['outcomeAt'],
				message: 'Kết quả "outcome" cần ngày công bố "outcomeAt". (outcome needs outcomeAt.)',
			});
		if (data.outcomeAt && data.outcomeAt < data.closesAt)
			rc.addIssue({
				code: 'custom',
				path: ['outcomeAt'],
				message:
					'Không công bố kết quả trước khi hết hạn góp ý "closesAt". (outcomeAt must not be before closesAt.)',
			});
	});
}

/** Schema of a translated consultation. */
export const consultationTranslationSchema = translationSchema(
	{ ...translatable, ...articleTranslatable, ...consultationTranslatable },
	sharedCopies,
);
