/**
 * Time in the activity report: every calendar day is a day in Vietnam, and a period runs from
 * 00:00 of its first day to the end of its last, Vietnam time.
 *
 * Content dates are not parsed here: they come from the content schemas (`src/schemas/messages.ts`,
 * `date()`), read the way Astro reads them (`read.ts`). What is left is the command line's days and
 * the response database's timestamps.
 */
import { localDate } from '~/lib/dates';

/**
 * Asia/Ho_Chi_Minh has been UTC+07:00 all year round, without daylight saving, since 1975. A
 * fixed offset turns a calendar day into an instant (which `Intl` cannot do) and back, with no
 * time zone library; `period.test.ts` checks it against `Intl` in that zone.
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

const timestampPattern =
	/^(\d{4})-(\d{2})-(\d{2})(?:[Tt]|\s+)(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?\s*(?:([Zz])|([+-])(\d{2}):?(\d{2})?)?$/;

/**
 * A timestamp of the response database (`received_at`, ISO in UTC). SQLite's own
 * `datetime('now')` writes `2023-06-30 17:00:00` with no zone, which there means UTC; an offset,
 * if written, is honoured.
 */
export function parseUtcInstant(value: unknown): Date | undefined {
	if (typeof value !== 'string') return undefined;
	const m = timestampPattern.exec(value.trim());
	if (!m) return undefined;
	const ms = m[7] ? Number(m[7].slice(0, 3).padEnd(3, '0')) : 0;
	const utc = wallClock(
		Number(m[1]),
		Number(m[2]),
		Number(m[3]),
		Number(m[4]),
		Number(m[5]),
		Number(m[6] ?? 0),
		ms,
	);
	if (utc === undefined) return undefined;
	const offsetMinutes = m[9]
		? (Number(m[10]) * 60 + Number(m[11] ?? 0)) * (m[9] === '-' ? -1 : 1)
		: 0;
	return new Date(utc - offsetMinutes * 60 * 1000);
}

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
