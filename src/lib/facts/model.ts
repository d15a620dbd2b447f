/**
 * What a fact is (a label and a value: text, a date, a link, a PDF) and the small builders the
 * kinds' facts share. See `index.ts` for why facts are data.
 */
import { defaultLocale, locales, type Locale } from '~/i18n/locales';
import { useTranslations } from '~/i18n/t';
// Types only: the previews' bundle needs no schema code for these.
import type { verdicts } from '~/schemas/clarification';
import { formatDate, formatFileSize, localDate } from '~/lib/dates';

/** Text with its language, given only where it is not the page's (a Vietnamese name in English). */
export interface Phrase {
	text: string;
	lang?: string | undefined;
}

/** A PDF beside the entry: its address and, when known, its size (a CMS preview does not know it). */
export interface PdfInput {
	href: string;
	bytes?: number | undefined;
}

/** A download link to a PDF, followed by its note: `Tải toàn văn dự thảo (PDF, 44 kB)`. */
export interface PdfLink {
	type: 'pdf';
	href: string;
	/** The link text, in phrases: a document's number stays marked as Vietnamese. */
	label: Phrase[];
	/** "PDF, 44 kB", after the link in parentheses; absent when the size is not known. */
	note?: string | undefined;
}

/** What a fact says: text, a date or moment, a link (or its text alone), a PDF to download. */
export type FactValue =
	| { type: 'text'; text: string; lang?: string | undefined }
	| { type: 'time'; datetime: string; text: string }
	| { type: 'link'; text: string; href?: string | undefined; lang?: string | undefined }
	| PdfLink;

/** One fact: its label (`<dt>`) and its value (`<dd>`). */
export interface Fact {
	/** Stable name, so a renderer can add attributes to one value (the search index's date). */
	key: string;
	label: string;
	value: FactValue;
}

/** A titled list of facts: the site's `<section class="facts">`, its heading and its `<dl>`. */
export interface FactSection {
	/** Id of the heading, which labels the section. */
	id: string;
	heading: string;
	facts: Fact[];
}

/** How a clarification rates a claim. */
export type Verdict = (typeof verdicts)[number];

// Legal documents and their names are Vietnamese in every version of the site.
export const sourceLang = locales[defaultLocale].lang;

/** The facts whose value is known, in order. */
export function known(facts: (Fact | false | undefined)[]): Fact[] {
	return facts.filter((f): f is Fact => f !== false && f !== undefined);
}

/** A calendar date: `<time datetime="2026-09-01">01/09/2026</time>`. */
export function day(date: Date, locale: Locale): FactValue {
	return { type: 'time', datetime: localDate(date), text: formatDate(date, locales[locale].intl) };
}

/** A moment, with its time of day and zone, as deadlines are given: "08:00, 01/09/2026 (GMT+7)". */
export function moment(date: Date, locale: Locale): FactValue {
	return {
		type: 'time',
		datetime: date.toISOString(),
		text: useTranslations(locale).dateTime(date, 'deadline'),
	};
}

/** The note after a PDF link; outside Vietnamese it says the file is in Vietnamese. */
export function pdfNote(bytes: number, locale: Locale): string {
	const { t } = useTranslations(locale);
	return t(locale === defaultLocale ? 'consultation.pdf' : 'consultation.pdfVi', {
		size: formatFileSize(bytes, locales[locale].intl),
	});
}

/** A link to a PDF with its label and, if the size is known, its note. */
export function pdfLink(file: PdfInput, label: Phrase[], locale: Locale): PdfLink {
	return {
		type: 'pdf',
		href: file.href,
		label,
		note: file.bytes === undefined ? undefined : pdfNote(file.bytes, locale),
	};
}
