/**
 * The Department's periodic report on its communication activity (six-monthly, due 10 May, and
 * yearly, due 10 November): what was published, consulted on, clarified, translated, withdrawn
 * and issued in a period.
 *
 * Pure code only: raw frontmatter → items (`toItem` …), items → figures (`computeFigures`),
 * figures → Markdown and CSV. Reading the content tree and the response database is
 * `report-read.ts`; the command line is `scripts/report.mjs`.
 *
 * The CLI runs this file directly with Node 22's type stripping, so it keeps to erasable syntax
 * (no enums, no parameter properties) and imports with `.ts` specifiers.
 */
// The site's own rule for a real translation, so the report counts what readers can read. That
// module has only a type import, which type stripping erases; if it ever gains a runtime import
// without `.ts`, the CLI test (scripts/report.test.ts) fails and says so.
import vi from '../i18n/ui/vi.ts';
import { csvFile } from './csv.ts';
import { localDate } from './dates.ts';
import { groupNamesVi } from './feedback/export.ts';
import { isTranslated, type TranslationData } from './translations.ts';

/* ------------------------------------------------------------------------------------------ */
/* Time: every calendar day in this report is a day in Vietnam.                                */
/* ------------------------------------------------------------------------------------------ */

/**
 * Asia/Ho_Chi_Minh has been UTC+07:00 all year round, without daylight saving, since 1975. A
 * fixed offset turns a calendar day into an instant (which `Intl` cannot do) and back, with no
 * time zone library; `report.test.ts` checks it against `Intl` in that zone.
 */
const vietnamOffsetMs = 7 * 60 * 60 * 1000;
const dayMs = 24 * 60 * 60 * 1000;

/** Milliseconds of a UTC wall-clock date-time, or undefined when it is not on the calendar (2023-02-30). */
function wallClock(
	y: number,
	m: number,
	d: number,
	h = 0,
	min = 0,
	s = 0,
	ms = 0,
): number | undefined {
	if (m < 1 || m > 12 || d < 1 || d > 31 || h > 23 || min > 59 || s > 59) return undefined;
	const t = new Date(0);
	// setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
	t.setUTCFullYear(y, m - 1, d);
	if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d)
		return undefined;
	return t.getTime() + ((h * 60 + min) * 60 + s) * 1000 + ms;
}

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** 00:00 in Vietnam on a calendar day written YYYY-MM-DD, or undefined for anything else. */
export function vietnamDayStart(day: string): Date | undefined {
	const m = dayPattern.exec(day);
	if (!m) return undefined;
	const t = wallClock(Number(m[1]), Number(m[2]), Number(m[3]));
	return t === undefined ? undefined : new Date(t - vietnamOffsetMs);
}

/** The month in Vietnam of an instant, YYYY-MM: a post at 23:30 on 30 June, Vietnam time, is in June. */
export function vietnamMonth(instant: Date): string {
	return localDate(instant).slice(0, 7);
}

/** dd/mm/yyyy, as Vietnamese official documents write dates. */
export function formatDay(day: string): string {
	const [y, m, d] = day.split('-');
	return `${d}/${m}/${y}`;
}

const dateTimePattern =
	/^(\d{4})-(\d{2})-(\d{2})(?:[Tt]|\s+)(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?\s*(?:([Zz])|([+-])(\d{2}):?(\d{2})?)?$/;

/**
 * A frontmatter or database date as an instant. Accepts what editors and the CMS write:
 * - a bare date `2026-03-18`: 00:00 that day in Vietnam (not UTC midnight, which is 07:00 there);
 * - a date-time with an offset or Z: that instant;
 * - a date-time without an offset: Vietnam time, the project's rule for dates (see the schemas).
 * A `Date` comes from a YAML parser that reads timestamps itself (YAML 1.1 schema, js-yaml); it
 * reads a bare date as UTC midnight, so a Date exactly at UTC midnight is taken as that day in
 * Vietnam. (`report-read.ts` parses YAML with the core schema, which keeps dates as strings, so
 * an explicit `T00:00:00Z` is never misread there.)
 */
export function parseInstant(value: unknown): Date | undefined {
	if (value instanceof Date) {
		const t = value.getTime();
		if (Number.isNaN(t)) return undefined;
		return t % dayMs === 0 ? new Date(t - vietnamOffsetMs) : new Date(t);
	}
	if (typeof value !== 'string') return undefined;
	const text = value.trim();
	const day = vietnamDayStart(text);
	if (day) return day;
	const m = dateTimePattern.exec(text);
	if (!m) return undefined;
	const ms = m[7] ? Number(m[7].slice(0, 3).padEnd(3, '0')) : 0;
	const local = wallClock(
		Number(m[1]),
		Number(m[2]),
		Number(m[3]),
		Number(m[4]),
		Number(m[5]),
		Number(m[6] ?? 0),
		ms,
	);
	if (local === undefined) return undefined;
	let offsetMs = vietnamOffsetMs;
	if (m[8]) offsetMs = 0;
	else if (m[9]) {
		const minutes = Number(m[10]) * 60 + Number(m[11] ?? 0);
		offsetMs = (m[9] === '-' ? -minutes : minutes) * 60 * 1000;
	}
	return new Date(local - offsetMs);
}

/**
 * A timestamp of the response database (`received_at`, ISO in UTC). SQLite's own
 * `datetime('now')` writes `2023-06-30 17:00:00` with no zone, which there means UTC, not
 * Vietnam time as in the content.
 */
export function parseUtcInstant(value: unknown): Date | undefined {
	if (typeof value !== 'string') return undefined;
	const text = value.trim();
	const m = dateTimePattern.exec(text);
	if (!m) return undefined;
	return parseInstant(m[8] || m[9] ? text : `${text}Z`);
}

/* ------------------------------------------------------------------------------------------ */
/* Period                                                                                       */
/* ------------------------------------------------------------------------------------------ */

/** Inclusive calendar days in Vietnam, and the instants they span. */
export interface Period {
	/** First day, YYYY-MM-DD. */
	readonly from: string;
	/** Last day, YYYY-MM-DD (included to its last instant). */
	readonly to: string;
	/** 00:00 in Vietnam on `from`. */
	readonly start: Date;
	/** 00:00 in Vietnam on the day after `to`: the period ends just before it. */
	readonly end: Date;
}

/** A wrong `--from`/`--to`: the CLI prints the message and exits with code 2. */
export class PeriodError extends Error {
	override name = 'PeriodError';
}

/** Check and build the period from the two command-line days. */
export function parsePeriod(from: string | undefined, to: string | undefined): Period {
	const example = 'ví dụ --from 2023-01-01 --to 2023-06-30';
	if (!from || !to)
		throw new PeriodError(
			`Cần cả --from và --to (${example}). (Both --from and --to are required.)`,
		);
	const start = vietnamDayStart(from);
	if (!start)
		throw new PeriodError(
			`--from "${from}" không phải ngày có thật dạng YYYY-MM-DD. (--from must be a real date, YYYY-MM-DD.)`,
		);
	const last = vietnamDayStart(to);
	if (!last)
		throw new PeriodError(
			`--to "${to}" không phải ngày có thật dạng YYYY-MM-DD. (--to must be a real date, YYYY-MM-DD.)`,
		);
	if (last < start)
		throw new PeriodError(
			`--from (${from}) phải trước hoặc bằng --to (${to}). (--from must not be after --to.)`,
		);
	return { from, to, start, end: new Date(last.getTime() + dayMs) };
}

/** True when an instant falls within the period (from 00:00 of `from` to the end of `to`, Vietnam time). */
export function inPeriod(instant: Date | undefined, period: Period): boolean {
	return instant !== undefined && instant >= period.start && instant < period.end;
}

/** Every month the period touches, YYYY-MM, in order. */
export function monthsOf(period: Period): string[] {
	const months: string[] = [];
	let [y, m] = period.from.split('-').map(Number) as [number, number];
	const last = period.to.slice(0, 7);
	for (;;) {
		const month = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
		months.push(month);
		if (month >= last) return months;
		if (++m > 12) [y, m] = [y + 1, 1];
	}
}

/* ------------------------------------------------------------------------------------------ */
/* Items, as read from the content                                                              */
/* ------------------------------------------------------------------------------------------ */

/** The article kinds the report counts, in the order it lists them. */
export const reportKinds = [
	'news',
	'stories',
	'policies',
	'press',
	'clarifications',
	'consultations',
] as const;
export type ReportKind = (typeof reportKinds)[number];

/** What the report knows of a published or draft article. */
export interface Item {
	readonly kind: ReportKind;
	/** Folder name. */
	readonly slug: string;
	/** Vietnamese title. */
	readonly title: string;
	/** Publication instant. */
	readonly date: Date;
	readonly topics: readonly string[];
	/** Unit id, '' when the file names none. */
	readonly unit: string;
	readonly draft: boolean;
	readonly withdrawnAt?: Date | undefined;
	/** Translation files by locale (not `vi`), whether or not they are real translations. */
	readonly translations: Readonly<Record<string, TranslationData>>;
	/** Consultations only. */
	readonly opensAt?: Date | undefined;
	readonly closesAt?: Date | undefined;
	readonly outcomeAt?: Date | undefined;
	/** Clarifications only: false | misleading | unverified. */
	readonly verdict?: string | undefined;
	/** Press releases only: spokesperson id. */
	readonly spokesperson?: string | undefined;
}

/** An entry of the legal documents register. */
export interface LegalDocument {
	readonly slug: string;
	readonly title: string;
	readonly docType: string;
	readonly number: string;
	readonly issued: Date;
	readonly draft: boolean;
}

/** An urgent notice (banner). */
export interface Alert {
	readonly id: string;
	readonly severity: string;
	readonly startsAt: Date;
}

/** One response to a consultation, from the response database. */
export interface ConsultationResponse {
	/** Slug of the consultation. */
	readonly consultation: string;
	readonly group: string;
	readonly receivedAt: Date;
}

/** Everything the figures are computed from. */
export interface ReportInput {
	readonly items: readonly Item[];
	readonly documents: readonly LegalDocument[];
	readonly alerts: readonly Alert[];
	/** Vietnamese names of topics and units by id. */
	readonly topics: Readonly<Record<string, string>>;
	readonly units: Readonly<Record<string, string>>;
	/** Responses, or null when there is no response database. */
	readonly responses: readonly ConsultationResponse[] | null;
	/** Files or rows that could not be counted, with why (shown in the report, never silently dropped). */
	readonly problems: readonly string[];
}

/** A converted record (undefined when it cannot be counted), and what was wrong with it. */
export interface Converted<T> {
	readonly value: T | undefined;
	readonly problems: readonly string[];
}

type Data = Readonly<Record<string, unknown>>;

function str(value: unknown): string | undefined {
	return typeof value === 'string' && value.trim() !== ''
		? value.trim().normalize('NFC')
		: undefined;
}

/** An optional date field: absent is fine, present but unreadable is a problem. */
function optionalInstant(
	data: Data,
	field: string,
	file: string,
	problems: string[],
): Date | undefined {
	if (data[field] === undefined || data[field] === null) return undefined;
	const instant = parseInstant(data[field]);
	if (!instant)
		problems.push(
			`${file}: "${field}" không phải ngày hợp lệ, bỏ qua trường này. (${field} is not a valid date.)`,
		);
	return instant;
}

/** A translation file's frontmatter as `isTranslated` reads it. */
export function toTranslation(data: Data | undefined): TranslationData {
	return {
		title: typeof data?.['title'] === 'string' ? data['title'] : undefined,
		draft: data?.['draft'] === true,
	};
}

/**
 * The Vietnamese source file of an article, with its translation files, as an item. A draft
 * whose fields are incomplete is dropped quietly (drafts are never counted); a published file
 * without a title or a readable date cannot be counted, and says so.
 */
export function toItem(
	kind: ReportKind,
	slug: string,
	data: Data | undefined,
	translations: Readonly<Record<string, Data | undefined>>,
	file: string,
): Converted<Item> {
	if (!data)
		return {
			value: undefined,
			problems: [
				`${file}: không đọc được phần đầu YAML (frontmatter), không tính. (No readable frontmatter.)`,
			],
		};
	const draft = data['draft'] === true;
	const problems: string[] = [];
	const title = str(data['title']);
	const date = parseInstant(data['date']);
	if (!title || !date) {
		if (draft) return { value: undefined, problems: [] };
		const missing = [!title && 'title', !date && 'date'].filter(Boolean).join(', ');
		return {
			value: undefined,
			problems: [
				`${file}: thiếu hoặc sai ${missing}, không tính. (Missing or invalid ${missing}.)`,
			],
		};
	}
	const topics = Array.isArray(data['topics'])
		? data['topics'].filter((t): t is string => typeof t === 'string' && t !== '')
		: [];
	const item: Item = {
		kind,
		slug,
		title,
		date,
		topics: [...new Set(topics)],
		unit: str(data['unit']) ?? '',
		draft,
		withdrawnAt: optionalInstant(data, 'withdrawnAt', file, problems),
		translations: Object.fromEntries(
			Object.entries(translations).map(([locale, t]) => [locale, toTranslation(t)]),
		),
		opensAt:
			kind === 'consultations' ? optionalInstant(data, 'opensAt', file, problems) : undefined,
		closesAt:
			kind === 'consultations' ? optionalInstant(data, 'closesAt', file, problems) : undefined,
		outcomeAt:
			kind === 'consultations' ? optionalInstant(data, 'outcomeAt', file, problems) : undefined,
		verdict: kind === 'clarifications' ? str(data['verdict']) : undefined,
		spokesperson: kind === 'press' ? str(data['spokesperson']) : undefined,
	};
	for (const [locale, t] of Object.entries(translations))
		if (!t)
			problems.push(
				`${file.replace(/index\.vi\.md$/, `index.${locale}.md`)}: không đọc được phần đầu YAML, không tính bản dịch này. (No readable frontmatter.)`,
			);
	return { value: item, problems: draft ? [] : problems };
}

/** A legal document's Vietnamese file as a register entry. */
export function toDocument(
	slug: string,
	data: Data | undefined,
	file: string,
): Converted<LegalDocument> {
	const draft = data?.['draft'] === true;
	const docType = str(data?.['docType']);
	const issued = parseInstant(data?.['issued']);
	if (!data || !docType || !issued) {
		if (draft) return { value: undefined, problems: [] };
		return {
			value: undefined,
			problems: [
				`${file}: thiếu hoặc sai docType, issued, không tính. (Missing or invalid docType or issued.)`,
			],
		};
	}
	return {
		value: {
			slug,
			title: str(data['title']) ?? slug,
			docType,
			number: str(data['number']) ?? '',
			issued,
			draft,
		},
		problems: [],
	};
}

/** An alert file as a notice. */
export function toAlert(id: string, data: Data | undefined, file: string): Converted<Alert> {
	const severity = str(data?.['severity']);
	const startsAt = parseInstant(data?.['startsAt']);
	if (!severity || !startsAt)
		return {
			value: undefined,
			problems: [
				`${file}: thiếu hoặc sai severity, startsAt, không tính. (Missing or invalid severity or startsAt.)`,
			],
		};
	return { value: { id, severity, startsAt }, problems: [] };
}

/** Vietnamese name of a topic or unit file (`name: { vi, en }`), or undefined. */
export function registryName(data: Data | undefined): string | undefined {
	const name = data?.['name'];
	if (typeof name === 'string') return str(name);
	return name && typeof name === 'object' ? str((name as Data)['vi']) : undefined;
}

/* ------------------------------------------------------------------------------------------ */
/* Figures                                                                                      */
/* ------------------------------------------------------------------------------------------ */

/** Vietnamese names of the article kinds, as the committee knows them. */
export const kindLabels: Readonly<Record<ReportKind, string>> = {
	news: 'Tin tức',
	stories: 'Gương người tốt, việc tốt',
	policies: 'Chính sách',
	press: 'Thông cáo báo chí',
	clarifications: 'Thông tin cải chính, làm rõ',
	consultations: 'Lấy ý kiến dự thảo',
};

/** The site's own words for a family of dictionary keys (`clarification.verdict.false` → false), in dictionary order. */
function dictionaryLabels(
	prefix: string,
	only?: readonly string[],
): Readonly<Record<string, string>> {
	return Object.fromEntries(
		Object.entries(vi)
			.filter(
				([key]) => key.startsWith(prefix) && (!only || only.includes(key.slice(prefix.length))),
			)
			.map(([key, label]) => [key.slice(prefix.length), label as string]),
	);
}

/** Clarification verdicts, as the clarification pages name them. */
export const verdictLabels = dictionaryLabels('clarification.verdict.');

/** Alert severities, as the banner names them. */
export const severityLabels = dictionaryLabels('alert.', ['info', 'warning', 'danger']);

/** Types of legal documents, as the register names them. */
export const docTypeLabels = dictionaryLabels('document.type.');

/**
 * Respondent groups as the consultation form names them. A group the database holds that the form
 * no longer offers is shown by its code.
 */
export const groupLabels: Readonly<Record<string, string>> = groupNamesVi;

const languageNames = new Intl.DisplayNames(['vi'], { type: 'language', fallback: 'code' });

/** "Tiếng Anh" for en; the code itself if `Intl` does not know it. */
export function languageLabel(locale: string): string {
	try {
		return languageNames.of(locale) ?? locale;
	} catch {
		return locale;
	}
}

/** One counted figure: a row of a table and of the CSV. */
export interface Count {
	readonly key: string;
	readonly label: string;
	readonly value: number;
}

/** An item named in a list (stories, clarifications, consultations, withdrawals). */
export interface Listed {
	readonly kind: ReportKind;
	readonly slug: string;
	readonly title: string;
	/** The day that put it in the list, YYYY-MM-DD in Vietnam. */
	readonly day: string;
	/** Extra words after the title (a verdict). */
	readonly note?: string | undefined;
}

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

/** A record's own entry only: an id such as "constructor" must not find Object.prototype's. */
function own(record: Readonly<Record<string, string>>, key: string): string | undefined {
	return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Code-unit order: the same on every machine, unlike `localeCompare`. */
function byCode(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
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
function registryLabel(
	names: Readonly<Record<string, string>>,
	none: string,
): (key: string) => string {
	return (key) => (key === '' ? none : (own(names, key) ?? `${key} (không có trong danh mục)`));
}

function listed(item: Item, when: Date, note?: string): Listed {
	return { kind: item.kind, slug: item.slug, title: item.title, day: localDate(when), note };
}

/** Lists in date order, then by kind and slug so equal days are stable. */
function sortListed(list: Listed[]): Listed[] {
	return list.sort(
		(a, b) => byCode(a.day, b.day) || byCode(a.kind, b.kind) || byCode(a.slug, b.slug),
	);
}

/** Items whose date picked by `when` falls in the period, listed by that date. */
function listWhen(
	items: readonly Item[],
	period: Period,
	when: (item: Item) => Date | undefined,
	note?: (item: Item) => string,
): Listed[] {
	return sortListed(
		items.flatMap((item) => {
			const instant = when(item);
			return instant && inPeriod(instant, period) ? [listed(item, instant, note?.(item))] : [];
		}),
	);
}

/** Every figure of the report. No I/O: the same input always gives the same figures. */
export function computeFigures(input: ReportInput, period: Period): Figures {
	// Drafts are not published and never counted, in any figure.
	const live = input.items.filter((i) => !i.draft);
	const published = live.filter((i) => inPeriod(i.date, period));
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
		published.flatMap((i) => i.topics),
		Object.keys(input.topics),
		registryLabel(input.topics, 'Không ghi chủ đề'),
	);
	const clarifications = listWhen(
		live.filter((i) => i.kind === 'clarifications'),
		period,
		(i) => i.date,
		(i) => own(verdictLabels, i.verdict ?? '') ?? i.verdict ?? '',
	);
	const consultations = live.filter((i) => i.kind === 'consultations');
	const documents = input.documents.filter((d) => !d.draft && inPeriod(d.issued, period));
	const alerts = input.alerts.filter((a) => inPeriod(a.startsAt, period));

	return {
		period,
		months,
		published: {
			total: published.length,
			byKind: tally(
				published.map((i) => i.kind),
				reportKinds,
				(k) => kindLabels[k as ReportKind],
				false,
			),
			byTopic,
			topicAssignments: byTopic.reduce((sum, c) => sum + c.value, 0),
			byUnit: tally(
				published.map((i) => i.unit),
				Object.keys(input.units),
				registryLabel(input.units, 'Không ghi đơn vị'),
			),
			byLanguage: [{ key: 'vi', label: languageLabel('vi'), value: published.length }, ...byLocale],
			byMonth: tally(
				published.map((i) => vietnamMonth(i.date)),
				months,
				(m) => `Tháng ${m.slice(5)}/${m.slice(0, 4)}`,
			),
		},
		stories: listWhen(
			live.filter((i) => i.kind === 'stories'),
			period,
			(i) => i.date,
		),
		consultations: {
			opened: listWhen(consultations, period, (i) => i.opensAt),
			closed: listWhen(consultations, period, (i) => i.closesAt),
			outcomes: listWhen(consultations, period, (i) => i.outcomeAt),
		},
		responses: responseFigures(input, period),
		clarifications: {
			list: clarifications,
			byVerdict: tally(
				published.filter((i) => i.kind === 'clarifications').map((i) => i.verdict ?? ''),
				Object.keys(verdictLabels),
				(v) => own(verdictLabels, v) ?? (v || 'Không ghi kết luận'),
			),
		},
		press: listWhen(
			live.filter((i) => i.kind === 'press'),
			period,
			(i) => i.date,
		),
		alerts: {
			total: alerts.length,
			bySeverity: tally(
				alerts.map((a) => a.severity),
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
		withdrawals: listWhen(live, period, (i) => i.withdrawnAt),
		documents: {
			total: documents.length,
			byType: tally(
				documents.map((d) => d.docType),
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
		input.items.filter((i) => i.kind === 'consultations').map((i) => [i.slug, i.title]),
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

/* ------------------------------------------------------------------------------------------ */
/* Rendering                                                                                    */
/* ------------------------------------------------------------------------------------------ */

const numberVi = new Intl.NumberFormat('vi-VN');
const percentVi = new Intl.NumberFormat('vi-VN', {
	style: 'percent',
	minimumFractionDigits: 1,
	maximumFractionDigits: 1,
});

/** 1.234 (Vietnamese digit grouping). */
export function formatCount(value: number): string {
	return numberVi.format(value);
}

/** "36,4%" from 364 tenths of a percent. */
export function formatPerMille(perMille: number): string {
	// perMille / 1000 is the double nearest to a 3-decimal number, so Intl does not round it again.
	return percentVi.format(perMille / 1000);
}

/** Text from content or the database, safe inside a Markdown paragraph, list item or table cell. */
export function markdownText(text: string): string {
	return text
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`);
}

function table(head: readonly [string, string], rows: readonly Count[]): string[] {
	if (rows.length === 0) return ['(Không có.)'];
	return [
		`| ${head[0]} | ${head[1]} |`,
		'| --- | ---: |',
		...rows.map((r) => `| ${markdownText(r.label)} | ${formatCount(r.value)} |`),
	];
}

/** Largest first, then by key: the committee reads tables of topics and units by weight. */
function byWeight(rows: readonly Count[]): Count[] {
	return [...rows].sort((a, b) => b.value - a.value || byCode(a.key, b.key));
}

function list(items: readonly Listed[], showKind = false): string[] {
	if (items.length === 0) return ['(Không có.)'];
	return items.map((i) => {
		const kind = showKind ? ` (${kindLabels[i.kind]})` : '';
		const note = i.note ? ` — ${markdownText(i.note)}` : '';
		return `- ${formatDay(i.day)}: ${markdownText(i.title)}${kind}${note}`;
	});
}

/** The report in Vietnamese Markdown, for the provincial committee. */
export function renderMarkdown(f: Figures): string {
	const n = formatCount;
	const { published: p, consultations: c, translations: t } = f;
	const period = `từ ngày ${formatDay(f.period.from)} đến ngày ${formatDay(f.period.to)}`;
	const lines: string[] = [
		'# Báo cáo kết quả công tác truyền thông',
		'',
		`Kỳ báo cáo: ${period} (theo giờ Việt Nam).`,
		'',
		'## 1. Tin, bài đã đăng',
		'',
		`Tổng số tin, bài đã đăng trong kỳ: **${n(p.total)}** (kể cả tin, bài sau đó bị thu hồi; không tính bản nháp).`,
		'',
		'### 1.1. Theo loại tin, bài',
		'',
		...table(['Loại', 'Số tin, bài'], p.byKind),
		'',
		'### 1.2. Theo chủ đề',
		'',
		`Một tin, bài gắn nhiều chủ đề được tính ở mỗi chủ đề, nên tổng theo chủ đề (${n(p.topicAssignments)}) có thể lớn hơn tổng số tin, bài (${n(p.total)}).`,
		'',
		...table(['Chủ đề', 'Số tin, bài'], byWeight(p.byTopic)),
		'',
		'### 1.3. Theo đơn vị',
		'',
		...table(['Đơn vị', 'Số tin, bài'], byWeight(p.byUnit)),
		'',
		'### 1.4. Theo ngôn ngữ',
		'',
		'Tiếng Việt: mọi tin, bài đã đăng; ngôn ngữ khác: các bản dịch đã đăng của tin, bài đăng trong kỳ.',
		'',
		...table(['Ngôn ngữ', 'Số tin, bài'], p.byLanguage),
		'',
		'### 1.5. Theo tháng',
		'',
		...table(['Tháng', 'Số tin, bài'], p.byMonth),
		'',
		'## 2. Gương người tốt, việc tốt',
		'',
		`Số bài gương người tốt, việc tốt: **${n(f.stories.length)}**.`,
		'',
		...list(f.stories),
		'',
		'## 3. Lấy ý kiến dự thảo',
		'',
		`Số đợt lấy ý kiến mở trong kỳ: **${n(c.opened.length)}**.`,
		'',
		...list(c.opened),
		'',
		`Số đợt lấy ý kiến kết thúc trong kỳ: **${n(c.closed.length)}**.`,
		'',
		...list(c.closed),
		'',
		`Số đợt đã công bố kết quả trong kỳ: **${n(c.outcomes.length)}**.`,
		'',
		...list(c.outcomes),
		'',
		'### Ý kiến góp ý nhận được',
		'',
		...responseLines(f.responses),
		'',
		'## 4. Thông tin cải chính, làm rõ',
		'',
		`Số tin cải chính, làm rõ: **${n(f.clarifications.list.length)}**.`,
		'',
		...table(['Kết luận', 'Số tin'], f.clarifications.byVerdict),
		'',
		...list(f.clarifications.list),
		'',
		'## 5. Thông cáo báo chí',
		'',
		`Số thông cáo báo chí: **${n(f.press.length)}**.`,
		'',
		...list(f.press),
		'',
		'## 6. Thông báo khẩn',
		'',
		`Số thông báo khẩn bắt đầu hiển thị trong kỳ: **${n(f.alerts.total)}**.`,
		'',
		...table(['Mức độ', 'Số thông báo'], f.alerts.bySeverity),
		'',
		'## 7. Bản dịch',
		'',
		...table(['Ngôn ngữ', 'Số bản dịch đã đăng'], t.byLocale),
		'',
		t.englishPerMille === null
			? 'Tỷ lệ tin, bài có bản tiếng Anh: không tính được (không có tin, bài nào đăng trong kỳ).'
			: `Tỷ lệ tin, bài đăng trong kỳ có bản tiếng Anh: **${formatPerMille(t.englishPerMille)}** (${n(t.withEnglish)}/${n(p.total)}).`,
		'',
		'## 8. Tin, bài thu hồi',
		'',
		`Số tin, bài thu hồi trong kỳ: **${n(f.withdrawals.length)}** (tính theo ngày thu hồi; các tin, bài này vẫn được tính là đã đăng).`,
		'',
		...list(f.withdrawals, true),
		'',
		'## 9. Văn bản đã ban hành',
		'',
		`Số văn bản ban hành trong kỳ (theo ngày ban hành): **${n(f.documents.total)}**.`,
		'',
		...table(['Loại văn bản', 'Số văn bản'], byWeight(f.documents.byType)),
	];
	if (f.problems.length > 0) {
		lines.push(
			'',
			'## Lưu ý về số liệu',
			'',
			`Có ${n(f.problems.length)} tệp hoặc bản ghi không đọc được đầy đủ; số liệu ở trên không tính phần đó:`,
			'',
		);
		lines.push(...f.problems.map((p) => `- ${markdownText(p)}`));
	}
	return `${lines.join('\n')}\n`;
}

function responseLines(r: Figures['responses']): string[] {
	if (r === null)
		return [
			'Không có cơ sở dữ liệu ý kiến góp ý (no response database): chưa thống kê được số ý kiến nhận được.',
		];
	return [
		`Tổng số ý kiến nhận được trong kỳ: **${formatCount(r.total)}**.`,
		'',
		...table(['Đợt lấy ý kiến', 'Số ý kiến'], byWeight(r.byConsultation)),
		'',
		...table(['Nhóm người góp ý', 'Số ý kiến'], byWeight(r.byGroup)),
	];
}

/** One CSV row: a figure. */
export interface Row {
	readonly section: string;
	readonly key: string;
	readonly label: string;
	/** A count, or text (the period's days, a share written with a dot, empty for none). */
	readonly value: number | string;
}

/** Every figure as a row, in a fixed order: sections as in the report, keys sorted within them. */
export function figureRows(f: Figures): Row[] {
	const rows: Row[] = [];
	const one = (section: string, key: string, label: string, value: number | string) =>
		rows.push({ section, key, label, value });
	const all = (section: string, counts: readonly Count[]) =>
		counts.forEach((c) => one(section, c.key, c.label, c.value));
	const { published: p, consultations: c, translations: t } = f;

	one('period', 'from', 'Từ ngày', f.period.from);
	one('period', 'to', 'Đến ngày', f.period.to);
	one('published', 'total', 'Tổng số tin, bài đã đăng', p.total);
	one(
		'published',
		'topic_assignments',
		'Tổng lượt gắn chủ đề (tin, bài nhiều chủ đề được tính ở mỗi chủ đề)',
		p.topicAssignments,
	);
	all('published_by_kind', p.byKind);
	all('published_by_topic', p.byTopic);
	all('published_by_unit', p.byUnit);
	all('published_by_language', p.byLanguage);
	all('published_by_month', p.byMonth);
	one('stories', 'count', 'Số bài gương người tốt, việc tốt', f.stories.length);
	one('consultations', 'opened', 'Số đợt lấy ý kiến mở trong kỳ', c.opened.length);
	one('consultations', 'closed', 'Số đợt lấy ý kiến kết thúc trong kỳ', c.closed.length);
	one('consultations', 'outcomes', 'Số đợt đã công bố kết quả trong kỳ', c.outcomes.length);
	one(
		'responses',
		'database',
		'Có cơ sở dữ liệu ý kiến góp ý (1 có, 0 không)',
		f.responses === null ? 0 : 1,
	);
	if (f.responses !== null) {
		one('responses', 'total', 'Tổng số ý kiến nhận được trong kỳ', f.responses.total);
		all('responses_by_consultation', f.responses.byConsultation);
		all('responses_by_group', f.responses.byGroup);
	}
	one('clarifications', 'count', 'Số tin cải chính, làm rõ', f.clarifications.list.length);
	all('clarifications_by_verdict', f.clarifications.byVerdict);
	one('press', 'count', 'Số thông cáo báo chí', f.press.length);
	one('alerts', 'count', 'Số thông báo khẩn bắt đầu trong kỳ', f.alerts.total);
	all('alerts_by_severity', f.alerts.bySeverity);
	all('translations_by_locale', t.byLocale);
	one('translations', 'with_en', 'Số tin, bài đăng trong kỳ có bản tiếng Anh', t.withEnglish);
	// A dot decimal for spreadsheets; empty when nothing was published (no share to speak of).
	one(
		'translations',
		'en_share_percent',
		'Tỷ lệ tin, bài đăng trong kỳ có bản tiếng Anh (%)',
		t.englishPerMille === null ? '' : (t.englishPerMille / 10).toFixed(1),
	);
	one('withdrawals', 'count', 'Số tin, bài thu hồi trong kỳ', f.withdrawals.length);
	one('documents', 'count', 'Số văn bản ban hành trong kỳ', f.documents.total);
	all('documents_by_type', f.documents.byType);
	one('data_problems', 'count', 'Số tệp hoặc bản ghi không đọc được đầy đủ', f.problems.length);
	return rows;
}

/** The figures as CSV: UTF-8 with a BOM (so Excel reads Vietnamese right), CRLF line ends. */
export function renderCsv(f: Figures): string {
	return csvFile([
		['section', 'key', 'label', 'value'],
		...figureRows(f).map((r) => [r.section, r.key, r.label, r.value]),
	]);
}

/** Output file name without extension: bao-cao-<from>-<to>. */
export function reportBaseName(period: Period): string {
	return `bao-cao-${period.from}-${period.to}`;
}
