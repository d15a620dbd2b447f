/**
 * Dates as readers in Vietnam see them: always in Asia/Ho_Chi_Minh (a date written as 2026-09-05
 * means that day in Hà Nam, whatever the build machine's zone), formatted by `Intl` in the page's
 * language. The site's time zone is declared here and nowhere else.
 *
 * Vietnamese writes dates as numbers, day first ("20/11/2026", as official documents do: Decree
 * 30/2020/NĐ-CP, appendix I); "20 tháng 11, 2026", what `dateStyle: 'long'` gives, reads like a
 * translation. English readers expect the month by name. Sentences around a date ("Thứ Sáu,
 * 20/11/2026, 08:00 (GMT+7)") are dictionary templates with named placeholders, filled here.
 */
export const siteTimeZone = 'Asia/Ho_Chi_Minh';

type Style = 'list' | 'long';

/**
 * `Intl` formatters by language and options, made once: making one costs far more than using it,
 * and a build formats tens of thousands of dates (at 1,000 items it spent 2 s making formatters).
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function dateFormat(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
	const key = `d ${lang} ${JSON.stringify(options)}`;
	let format = formatters.get(key) as Intl.DateTimeFormat | undefined;
	if (!format) {
		format = new Intl.DateTimeFormat(lang, { ...options, timeZone: siteTimeZone });
		formatters.set(key, format);
	}
	return format;
}
function numberFormat(lang: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
	const key = `n ${lang} ${JSON.stringify(options)}`;
	let format = formatters.get(key) as Intl.NumberFormat | undefined;
	if (!format) {
		format = new Intl.NumberFormat(lang, options);
		formatters.set(key, format);
	}
	return format;
}

/** The calendar date's shape per language; a language not listed takes English's. */
const dateShapes: Record<string, Record<Style, Intl.DateTimeFormatOptions>> = {
	vi: {
		list: { day: '2-digit', month: '2-digit', year: 'numeric' },
		long: { day: '2-digit', month: '2-digit', year: 'numeric' },
	},
	en: {
		list: { day: 'numeric', month: 'short', year: 'numeric' },
		long: { day: 'numeric', month: 'long', year: 'numeric' },
	},
};

function calendarDate(date: Date, lang: string, style: Style): string {
	const shape = dateShapes[lang.split('-')[0]!] ?? dateShapes.en!;
	return dateFormat(lang, shape[style]).format(date);
}

/** The date in lists and cards: "20/11/2026" / "20 Nov 2026"; `lang` is an `Intl` locale. */
export function formatDate(date: Date, lang: string): string {
	return calendarDate(date, lang, 'list');
}

/** The date in a sentence: "02/10/2026" / "2 October 2026". */
export function formatLongDate(date: Date, lang: string): string {
	return calendarDate(date, lang, 'long');
}

/** The parts a date-and-time template may name, in Vietnam time. */
export interface DateTimeParts {
	/** "Thứ Sáu" / "Friday". */
	weekday: string;
	/** "20/11/2026" / "20 November 2026". */
	date: string;
	/** "08:00", 24-hour clock in both languages. */
	time: string;
}

/** The weekday, date and time of an instant in Vietnam, each formatted for the language. */
export function dateTimeParts(date: Date, lang: string): DateTimeParts {
	const part = (options: Intl.DateTimeFormatOptions) => dateFormat(lang, options).format(date);
	return {
		weekday: part({ weekday: 'long' }),
		date: calendarDate(date, lang, 'long'),
		time: part({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
	};
}

/**
 * Date and time in a dictionary template, e.g. `{{weekday}}, {{date}}, {{time}} ({{zone}})` with
 * `zone` "GMT+7" → "Thứ Sáu, 20/11/2026, 08:00 (GMT+7)". The zone's label comes from the
 * dictionary too ("Vietnam time, GMT+7" in English); a placeholder without a value stays visible.
 */
export function formatDateTime(date: Date, lang: string, template: string, zone: string): string {
	const vars: Record<string, string> = { ...dateTimeParts(date, lang), zone };
	return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => vars[name] ?? whole);
}

/** Whole days from `now` until `deadline` (rounded up: 30 hours left is "2 days"), at least 0. */
export function daysLeft(deadline: Date, now: Date): number {
	return Math.max(0, Math.ceil((deadline.getTime() - now.getTime()) / 86_400_000));
}

/** The calendar date in Vietnam as YYYY-MM-DD, for `<time datetime>` and grouping. */
export function localDate(date: Date): string {
	// en-CA formats as YYYY-MM-DD.
	return dateFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}

/** The year of a date in Vietnam (a post at 00:30 on 1 January, Vietnam time, is in the new year). */
export function localYear(date: Date): number {
	return Number(localDate(date).slice(0, 4));
}

/** Format a number in the page's language: 1.234 in Vietnamese, 1,234 in English. */
export function formatNumber(value: number, lang: string): string {
	return numberFormat(lang).format(value);
}
/** A file size for a download link: "240 kB", "1,2 MB" (decimal units, as phones show them). */
export function formatFileSize(bytes: number, lang: string): string {
	const [unit, value] =
		bytes >= 1_000_000
			? ['megabyte', bytes / 1_000_000]
			: ['kilobyte', Math.max(1, Math.round(bytes / 1000))];
	return numberFormat(lang, {
		style: 'unit',
		unit,
		unitDisplay: 'short',
		maximumFractionDigits: 1,
	}).format(value as number);
}
