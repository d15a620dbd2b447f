/**
 * The activity report's figures: what was published, consulted on, clarified, translated,
 * withdrawn and issued in a period. No I/O: the same input always gives the same figures.
 */
import { isDue } from '~/lib/schedule';
import type { ArticleKind } from '~/schemas/kinds';
import { localDate } from '~/lib/dates';
import { isTranslated } from '~/lib/translations';
import {
	byCode,
	docTypeLabels,
	groupLabels,
	kindLabels,
	languageLabel,
	own,
	severityLabels,
	verdictLabels,
} from './labels';
import { reportKinds, type ReportArticle, type ReportInput } from './model';
import { inPeriod, monthsOf, vietnamMonth, type Period } from './period';

/** One counted figure: a row of a table and of the CSV. */
export interface Count {
	readonly key: string;
	readonly label: string;
	readonly value: number;
}

/** An item named in a list (stories, clarifications, consultations, withdrawals). */
export interface Listed {
	readonly kind: ArticleKind;
	/** Folder name. */
	readonly slug: string;
	readonly title: string;
	/** The day that put it in the list, YYYY-MM-DD in Vietnam. */
	readonly day: string;
	/** Extra words after the title (a verdict). */
	readonly note?: string | undefined;
}

/** Every figure of the report, in the order of its sections. */
export interface Figures {
	readonly period: Period;
	readonly months: readonly string[];
	readonly published: {
		readonly total: number;
		readonly byKind: readonly Count[];
		readonly byTopic: readonly Count[];
		/** Sum of `byTopic`: more than `total` when items have several topics. */
		readonly topicAssignments: number;
		readonly byUnit: readonly Count[];
		readonly byLanguage: readonly Count[];
		readonly byMonth: readonly Count[];
	};
	readonly stories: readonly Listed[];
	readonly consultations: {
		readonly opened: readonly Listed[];
		readonly closed: readonly Listed[];
		readonly outcomes: readonly Listed[];
	};
	/** Null when there is no response database. */
	readonly responses: {
		readonly total: number;
		readonly byConsultation: readonly Count[];
		readonly byGroup: readonly Count[];
	} | null;
	readonly clarifications: {
		readonly list: readonly Listed[];
		readonly byVerdict: readonly Count[];
	};
	readonly press: readonly Listed[];
	readonly alerts: { readonly total: number; readonly bySeverity: readonly Count[] };
	readonly translations: {
		readonly byLocale: readonly Count[];
		/** Items published in the period that have an English version. */
		readonly withEnglish: number;
		/** withEnglish / published, in tenths of a percent, rounded half up; null when nothing was published. */
		readonly englishPerMille: number | null;
	};
	readonly withdrawals: readonly Listed[];
	readonly documents: { readonly total: number; readonly byType: readonly Count[] };
	readonly problems: readonly string[];
}

/**
 * A filter keeping the articles of one kind, typed by that kind's schema (the reader checked each
 * file with its own kind's schema, so the kind tells what the data holds).
 */
export function ofKind<K extends ArticleKind>(kind: K) {
	return (item: ReportArticle): item is ReportArticle<K> => item.kind === kind;
}

/** Tally keys, then list `known` keys (zero or not) and any other key met, sorted by key. */
function tally(
	keys: Iterable<string>,
	known: readonly string[],
	label: (key: string) => string,
	sort = true,
): Count[] {
	const counts = new Map<string, number>(known.map((k) => [k, 0]));
	for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
	const entries = [...counts];
	if (sort) entries.sort(([a], [b]) => byCode(a, b));
	return entries.map(([key, value]) => ({ key, label: label(key), value }));
}

/** Label of a registry id; ids missing from the registry are shown, flagged, rather than dropped. */
function registryLabel(names: Readonly<Record<string, string>>): (key: string) => string {
	return (key) => own(names, key) ?? `${key} (không có trong danh mục)`;
}

function listed(item: ReportArticle, when: Date, note?: string): Listed {
	return { kind: item.kind, slug: item.id, title: item.data.title, day: localDate(when), note };
}

/** Lists in date order, then by kind and slug so equal days are stable. */
function sortListed(list: Listed[]): Listed[] {
	return list.sort(
		(a, b) => byCode(a.day, b.day) || byCode(a.kind, b.kind) || byCode(a.slug, b.slug),
	);
}

/** Items whose date picked by `when` falls in the period, listed by that date. */
function listWhen<T extends ReportArticle>(
	items: readonly T[],
	period: Period,
	when: (item: T) => Date | undefined,
	note?: (item: T) => string,
): Listed[] {
	return sortListed(
		items.flatMap((item) => {
			const instant = when(item);
			return instant && inPeriod(instant, period) ? [listed(item, instant, note?.(item))] : [];
		}),
	);
}

/**
 * Every figure of the report. No I/O: the same input (and `now`) always gives the same figures.
 * `now` is the clock the site is built by (`buildNow`): an item scheduled for later (`publishAt`)
 * is not yet published, so it is counted in no figure, as the site does not show it. Without
 * `now`, scheduled items count as published by their date.
 */
export function computeFigures(input: ReportInput, period: Period, now?: Date): Figures {
	// Drafts are not published and never counted, in any figure (the site's rule: a draft source
	// is published in no language); nor is an item whose publishAt is still to come.
	const live = input.items.filter((i) => !i.data.draft && (!now || isDue(i.data.publishAt, now)));
	const published = live.filter((i) => inPeriod(i.data.date, period));
	const months = monthsOf(period);

	// Locales are taken from the whole content, not the period, so the columns stay the same from
	// one report to the next; English always appears because its share is a figure of its own.
	const locales = [...new Set(['en', ...live.flatMap((i) => Object.keys(i.translations))])]
		.filter((l) => l !== 'vi')
		.sort(byCode);
	const translated = (locale: string) =>
		published.filter((i) => isTranslated(i.translations[locale]));
	const byLocale = locales.map((l) => ({
		key: l,
		label: languageLabel(l),
		value: translated(l).length,
	}));
	const withEnglish = translated('en').length;

	const byTopic = tally(
		// An item names a topic once however often its file repeats it.
		published.flatMap((i) => [...new Set(i.data.topics)]),
		Object.keys(input.topics),
		registryLabel(input.topics),
	);
	const clarifications = listWhen(
		live.filter(ofKind('clarifications')),
		period,
		(i) => i.data.date,
		(i) => own(verdictLabels, i.data.verdict) ?? i.data.verdict,
	);
	const consultations = live.filter(ofKind('consultations'));
	const documents = input.documents.filter((d) => !d.data.draft && inPeriod(d.data.issued, period));
	const alerts = input.alerts.filter((a) => inPeriod(a.data.startsAt, period));

	return {
		period,
		months,
		published: {
			total: published.length,
			byKind: tally(
				published.map((i) => i.kind),
				reportKinds,
				(k) => own(kindLabels, k) ?? k,
				false,
			),
			byTopic,
			topicAssignments: byTopic.reduce((sum, c) => sum + c.value, 0),
			byUnit: tally(
				published.map((i) => i.data.unit),
				Object.keys(input.units),
				registryLabel(input.units),
			),
			byLanguage: [{ key: 'vi', label: languageLabel('vi'), value: published.length }, ...byLocale],
			byMonth: tally(
				published.map((i) => vietnamMonth(i.data.date)),
				months,
				(m) => `Tháng ${m.slice(5)}/${m.slice(0, 4)}`,
			),
		},
		stories: listWhen(live.filter(ofKind('stories')), period, (i) => i.data.date),
		consultations: {
			opened: listWhen(consultations, period, (i) => i.data.opensAt),
			closed: listWhen(consultations, period, (i) => i.data.closesAt),
			outcomes: listWhen(consultations, period, (i) => i.data.outcomeAt),
		},
		responses: responseFigures(input, period),
		clarifications: {
			list: clarifications,
			byVerdict: tally(
				published.filter(ofKind('clarifications')).map((i) => i.data.verdict),
				Object.keys(verdictLabels),
				(v) => own(verdictLabels, v) ?? v,
			),
		},
		press: listWhen(live.filter(ofKind('press')), period, (i) => i.data.date),
		alerts: {
			total: alerts.length,
			bySeverity: tally(
				alerts.map((a) => a.data.severity),
				Object.keys(severityLabels),
				(s) => own(severityLabels, s) ?? s,
				false,
			),
		},
		translations: {
			byLocale,
			withEnglish,
			// Rounded once, to tenths of a percent: the CSV and the Markdown then show the same digit.
			englishPerMille:
				published.length === 0 ? null : Math.round((withEnglish * 1000) / published.length),
		},
		withdrawals: listWhen(live, period, (i) => i.data.withdrawnAt),
		documents: {
			total: documents.length,
			byType: tally(
				documents.map((d) => d.data.docType),
				Object.keys(docTypeLabels),
				(t) => own(docTypeLabels, t) ?? t,
			),
		},
		problems: input.problems,
	};
}

/** Responses received in the period, per consultation (named by its title) and per respondent group. */
function responseFigures(input: ReportInput, period: Period): Figures['responses'] {
	if (input.responses === null) return null;
	const received = input.responses.filter((r) => inPeriod(r.receivedAt, period));
	const titles = new Map(
		input.items.filter(ofKind('consultations')).map((i) => [i.id, i.data.title]),
	);
	return {
		total: received.length,
		byConsultation: tally(
			received.map((r) => r.consultation),
			[],
			(slug) => titles.get(slug) ?? `${slug} (không tìm thấy đợt lấy ý kiến này)`,
		),
		byGroup: tally(
			received.map((r) => r.group),
			Object.keys(groupLabels),
			(g) => own(groupLabels, g) ?? g,
		),
	};
}
