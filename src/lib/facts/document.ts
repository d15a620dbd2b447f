/** The facts of a legal document of the register (Decree 42/2022/NĐ-CP). */
import { type Locale } from '~/i18n/locales';
import { useTranslations } from '~/i18n/t';
import type { DocumentType } from '~/schemas/documents';
import {
	day,
	known,
	pdfLink,
	sourceLang,
	type FactSection,
	type PdfInput,
	type Phrase,
} from './model';

/** A legal document as Decree 42/2022/NĐ-CP asks a register to show it. */
export interface DocumentInput {
	docType?: DocumentType | undefined;
	/** Number and symbol, e.g. "15/2026/QĐ-UBND" (Vietnamese in every language). */
	number?: string | undefined;
	/** The issuing body, in the page's language. */
	issuer?: string | undefined;
	/** Who signed it (a Vietnamese name). */
	signer?: string | undefined;
	issued?: Date | undefined;
	effective?: Date | undefined;
	expired?: Date | undefined;
	/** The full text. */
	file?: PdfInput | undefined;
}

/** The name of a type of legal document in a language ("Quyết định", "Decision"). */
export function documentTypeName(docType: DocumentType, locale: Locale): string {
	return useTranslations(locale).t(`document.type.${docType}`);
}

/** The facts of a legal document of the register (`DocumentView.astro`). */
export function documentFacts(input: DocumentInput, locale: Locale): FactSection {
	const { t } = useTranslations(locale);
	const typeName = input.docType && documentTypeName(input.docType, locale);
	const { number, file } = input;
	// The file's link reads "Quyết định 15/2026/QĐ-UBND", the number marked as Vietnamese.
	const label = fileLabel(typeName, number);
	const dates = (['issued', 'effective', 'expired'] as const).map((key) => {
		const date = input[key];
		return !!date && { key, label: t(`document.${key}`), value: day(date, locale) };
	});
	return {
		id: 'document-facts',
		heading: t('document.facts'),
		facts: known([
			!!typeName && {
				key: 'type',
				label: t('document.type'),
				value: { type: 'text', text: typeName },
			},
			!!number && {
				key: 'number',
				label: t('document.number'),
				value: { type: 'text', text: number, lang: sourceLang },
			},
			!!input.issuer && {
				key: 'issuer',
				label: t('document.issuer'),
				value: { type: 'text', text: input.issuer },
			},
			!!input.signer && {
				key: 'signer',
				label: t('document.signer'),
				value: { type: 'text', text: input.signer, lang: sourceLang },
			},
			...dates,
			!!file && {
				key: 'file',
				label: t('document.file'),
				// A preview before the type and number are filled in still gets a link to click.
				value: pdfLink(file, label.length > 0 ? label : [{ text: t('document.file') }], locale),
			},
		]),
	};
}

/** The text of a document's download link: its type and number, as much as is known. */
function fileLabel(typeName: string | undefined, number: string | undefined): Phrase[] {
	if (!typeName) return number ? [{ text: number, lang: sourceLang }] : [];
	return number
		? [{ text: `${typeName} ` }, { text: number, lang: sourceLang }]
		: [{ text: typeName }];
}
