/** The facts of a consultation on a draft: its state, dates, draft and outcome. */
import { locales, type Locale } from '~/i18n/locales';
import { useTranslations } from '~/i18n/t';
import { consultationState, type ConsultationState } from '~/lib/consultations';
import { formatDate } from '~/lib/dates';
import {
	known,
	moment,
	pdfLink,
	type FactSection,
	type PdfInput,
	type PdfLink,
	type Phrase,
} from './model';

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
	const { t, dateTime } = useTranslations(locale);
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
	const opens = opensAt && dateTime(opensAt, 'deadline');
	const closes = closesAt && dateTime(closesAt, 'deadline');
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
