/**
 * The facts an item shows beside its body, built once as plain data: a policy's audience, date
 * and source; a legal document's entry in the register; a consultation's state, dates, draft and
 * outcome; a clarification's claim, verdict and sources. The site renders them with the
 * components of `src/components/facts/`, the CMS previews with React's `h()` (`admin/facts.ts`).
 * Both renderers only turn this data into elements: labels come from the UI dictionary and dates
 * are formatted here, so what an editor previews cannot drift from what the page shows.
 *
 * Inputs are plain values, which both a catalog item and the CMS's raw fields can give. Fields the
 * CMS may not have yet are optional: a fact whose value is missing is left out.
 */
import { defaultLocale, locales, type Locale } from '../i18n/locales';
import { useTranslations } from '../i18n/t';
// Types only: the previews' bundle needs no schema code for these.
import type { verdicts } from '../schemas/article';
import type { DocumentType } from '../schemas/documents';
import { consultationState, type ConsultationState } from './consultations';
import { formatDate, formatDateTime, formatFileSize, localDate } from './dates';

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
const sourceLang = locales[defaultLocale].lang;

/** The facts whose value is known, in order. */
function known(facts: (Fact | false | undefined)[]): Fact[] {
	return facts.filter((f): f is Fact => f !== false && f !== undefined);
}

/** A calendar date: `<time datetime="2026-09-01">1 tháng 9, 2026</time>`. */
function day(date: Date, locale: Locale): FactValue {
	return { type: 'time', datetime: localDate(date), text: formatDate(date, locales[locale].intl) };
}

/** A moment, with its time of day (a consultation opens at 08:00). */
function moment(date: Date, locale: Locale): FactValue {
	return {
		type: 'time',
		datetime: date.toISOString(),
		text: formatDateTime(date, locales[locale].intl),
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

/** What a policy explainer states: whom it affects, from when, and the document it comes from. */
export interface PolicyInput {
	/** Who is affected, in the page's language. */
	audience?: string | undefined;
	effective?: Date | undefined;
	/** The legal document, named in Vietnamese, and where to read it. */
	source?: string | undefined;
	sourceUrl?: string | undefined;
}

/** The facts of a policy explainer (`PolicyFacts.astro`). */
export function policyFacts(input: PolicyInput, locale: Locale): FactSection {
	const { t } = useTranslations(locale);
	return {
		id: 'policy-facts',
		heading: t('policy.facts'),
		facts: known([
			!!input.audience && {
				key: 'audience',
				label: t('policy.audience'),
				value: { type: 'text', text: input.audience },
			},
			!!input.effective && {
				key: 'effective',
				label: t('policy.effective'),
				value: day(input.effective, locale),
			},
			!!input.source && {
				key: 'source',
				label: t('policy.source'),
				value: { type: 'link', text: input.source, href: input.sourceUrl, lang: sourceLang },
			},
		]),
	};
}

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

/** What a consultation on a draft states: who is asked, when, the draft, later the outcome. */
export interface ConsultationInput {
	/** Who is asked, in the page's language. */
	respondents?: string | undefined;
	opensAt?: Date | undefined;
	closesAt?: Date | undefined;
	outcomeAt?: Date | undefined;
	/** The outcome, in the page's language or marked as Vietnamese. */
	outcome?: Phrase | undefined;
	draft?: PdfInput | undefined;
	/** The report on the responses. */
	report?: PdfInput | undefined;
	/** The clock that decides the state: the build's, or the editor's in a preview. */
	now: Date;
}

/** A state badge. States that may come with time are there too, hidden, for the clock script. */
export interface StateBadge {
	state: ConsultationState;
	text: string;
	hidden: boolean;
}

/** A notice under the facts; `when` marks one the clock script shows when its time comes. */
export interface ConsultationNotice {
	when?: 'upcoming' | 'closed' | undefined;
	text: string;
	hidden: boolean;
}

/** The published outcome of a consultation: when, what, and the report to download. */
export interface ConsultationOutcome {
	id: string;
	heading: string;
	/** "Công bố ngày 15 tháng 6, 2026". */
	published: string;
	text: Phrase;
	report?: PdfLink | undefined;
}

/** A consultation's facts section (state, facts, notices) and its outcome once published. */
export interface ConsultationFacts extends FactSection {
	/** Unknown until both the opening and the closing time are given. */
	state: ConsultationState | undefined;
	badges: StateBadge[];
	notices: ConsultationNotice[];
	outcome?: ConsultationOutcome | undefined;
}

/** Every state, in the order a consultation goes through them. */
const states = ['upcoming', 'open', 'closed', 'outcome'] as const satisfies ConsultationState[];

/** The facts of a consultation (`ConsultationPanel.astro`), as they stand at `input.now`. */
export function consultationFacts(input: ConsultationInput, locale: Locale): ConsultationFacts {
	const { t } = useTranslations(locale);
	const intl = locales[locale].intl;
	const { opensAt, closesAt, outcomeAt, outcome, draft, report } = input;
	const state =
		opensAt && closesAt
			? consultationState({ opensAt, closesAt, outcomeAt }, input.now)
			: undefined;
	// Upcoming and open pages also carry the states the clock may switch them to without a rebuild.
	const live = state === 'upcoming' || state === 'open';
	const badges = states
		.filter((s) => s === state || (live && (s === 'open' || s === 'closed')))
		.map((s) => ({ state: s, text: t(`consultation.state.${s}`), hidden: s !== state }));
	const opens = opensAt && formatDateTime(opensAt, intl);
	const closes = closesAt && formatDateTime(closesAt, intl);
	const closedNotice = closes && t('consultation.closedNotice', { date: closes });
	const notices: ConsultationNotice[] = [];
	if (live && opens && closedNotice)
		notices.push(
			{
				when: 'upcoming',
				text: t('consultation.notOpenYet', { date: opens }),
				hidden: state !== 'upcoming',
			},
			{ when: 'closed', text: closedNotice, hidden: true },
		);
	if (state === 'closed' && closedNotice) notices.push({ text: closedNotice, hidden: false });
	return {
		id: 'consultation-facts',
		heading: t('consultation.facts'),
		state,
		badges,
		facts: known([
			!!input.respondents && {
				key: 'respondents',
				label: t('consultation.respondents'),
				value: { type: 'text', text: input.respondents },
			},
			!!opensAt && { key: 'opens', label: t('consultation.opens'), value: moment(opensAt, locale) },
			!!closesAt && {
				key: 'closes',
				label: t('consultation.closes'),
				value: moment(closesAt, locale),
			},
			!!draft && {
				key: 'document',
				label: t('consultation.document'),
				value: pdfLink(draft, [{ text: t('consultation.download') }], locale),
			},
		]),
		notices,
		// Shown once published: an outcome dated in the future leaves the state closed.
		outcome:
			state === 'outcome' && outcome && outcomeAt
				? {
						id: 'consultation-outcome',
						heading: t('consultation.outcome'),
						published: t('consultation.outcomeAt', { date: formatDate(outcomeAt, intl) }),
						text: outcome,
						report: report && pdfLink(report, [{ text: t('consultation.downloadReport') }], locale),
					}
				: undefined,
	};
}

/** What a clarification answers: the claim as it circulates, where, since when, and the verdict. */
export interface ClaimInput {
	/** The claim, in the page's language. */
	claim?: string | undefined;
	/** Where it circulates, in the page's language or marked as Vietnamese. */
	origin?: Phrase | undefined;
	claimDate?: Date | undefined;
	verdict?: Verdict | undefined;
}

/** The claim box of a clarification and the heading of the facts that follow in its body. */
export interface ClaimFacts {
	heading: string;
	claim: string;
	/** "Xuất hiện: <where> từ <date>", when either is known. */
	origin?: { label: string; where?: Phrase | undefined; since?: string | undefined } | undefined;
	verdict?: { label: string; verdict: Verdict; text: string } | undefined;
	/** Heading of the facts, which the article body states. */
	factsHeading: string;
}

/** The claim a clarification answers (`ClaimBox.astro`). */
export function claimFacts(input: ClaimInput, locale: Locale): ClaimFacts {
	const { t } = useTranslations(locale);
	const { origin, claimDate, verdict } = input;
	return {
		heading: t('clarification.claim'),
		claim: input.claim ?? '',
		origin:
			origin || claimDate
				? {
						label: t('clarification.origin'),
						where: origin,
						since:
							claimDate &&
							t('clarification.since', { date: formatDate(claimDate, locales[locale].intl) }),
					}
				: undefined,
		verdict: verdict && {
			label: t('clarification.verdict'),
			verdict,
			text: t(`clarification.verdict.${verdict}`),
		},
		factsHeading: t('clarification.facts'),
	};
}

/** The sources a clarification gives for the facts, as links. */
export interface ClaimSources {
	id: string;
	heading: string;
	links: { text: string; href: string; lang?: string | undefined }[];
}

/** The sources of a clarification (`FactSources.astro`), named once, in Vietnamese. */
export function claimSources(
	sources: readonly { title: string; url: string }[],
	locale: Locale,
): ClaimSources {
	const { t } = useTranslations(locale);
	const lang = locale === defaultLocale ? undefined : sourceLang;
	return {
		id: 'fact-sources',
		heading: t('clarification.sources'),
		links: sources.map((s) => ({ text: s.title, href: s.url, lang })),
	};
}
