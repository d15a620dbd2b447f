/**
 * Dates as readers in Vietnam see them: always in Asia/Ho_Chi_Minh (a date written as 2026-09-05
 * means that day in Hà Nam, whatever the build machine's zone), formatted by `Intl` in the page's
 * language. The site's time zone is declared here and nowhere else.
 */
export const siteTimeZone = 'Asia/Ho_Chi_Minh';

/** "5 tháng 9, 2026" / "5 September 2026"; `lang` is an `Intl` locale such as vi-VN or en-GB. */
export function formatDate(date: Date, lang: string): string {
	return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: siteTimeZone }).format(date);
}

/** Date and time: "07:30 5 tháng 9, 2026" / "5 September 2026 at 07:30". */
export function formatDateTime(date: Date, lang: string): string {
	return new Intl.DateTimeFormat(lang, {
		dateStyle: 'long',
		timeStyle: 'short',
		timeZone: siteTimeZone,
	}).format(date);
}

/** The calendar date in Vietnam as YYYY-MM-DD, for `<time datetime>` and grouping. */
export function localDate(date: Date): string {
	// en-CA formats as YYYY-MM-DD.
	return new Intl.DateTimeFormat('en-CA', {
		timeZone: siteTimeZone,
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
	}).format(date);
}

/** The year of a date in Vietnam (a post at 00:30 on 1 January, Vietnam time, is in the new year). */
export function localYear(date: Date): number {
	return Number(localDate(date).slice(0, 4));
}

/** Format a number in the page's language: 1.234 in Vietnamese, 1,234 in English. */
export function formatNumber(value: number, lang: string): string {
	return new Intl.NumberFormat(lang).format(value);
}

/** A file size for a download link: "240 kB", "1,2 MB" (decimal units, as phones show them). */
export function formatFileSize(bytes: number, lang: string): string {
	const [unit, value] =
		bytes >= 1_000_000
			? ['megabyte', bytes / 1_000_000]
			: ['kilobyte', Math.max(1, Math.round(bytes / 1000))];
	return new Intl.NumberFormat(lang, {
		style: 'unit',
		unit,
		unitDisplay: 'short',
		maximumFractionDigits: 1,
	}).format(value as number);
}
