/**
 * Turning stored responses into what the drafting team works with: a CSV file for Excel and a
 * few counts. Times are Vietnam times (Asia/Ho_Chi_Minh), like everywhere else on the site: a
 * response sent at 00:30 in Hà Nam belongs to that day, not to the previous one in UTC.
 *
 * Erasable TypeScript with `.ts` import specifiers, so Node's type stripping runs it as is
 * (scripts/feedback-export.mjs); what it imports from elsewhere (dates, CSV, the dictionary) has no
 * imports of its own.
 */
import type { StoredResponse } from './store.ts';
import vi from '../../i18n/ui/vi.ts';
import { csvFile } from '../csv.ts';
import { localDate, siteTimeZone } from '../dates.ts';
import { respondentGroups, type RespondentGroup } from './validate.ts';

/** The groups' names for Vietnamese readers of the export and the report: the form's own labels. */
export const groupNamesVi = Object.fromEntries(
	respondentGroups.map((g) => [g, vi[`group.${g}`]]),
) as Readonly<Record<RespondentGroup, string>>;

/** One formatter for all rows (building one is costly); h23 so midnight is 00, never 24. */
const vietnamClock = new Intl.DateTimeFormat('en-GB', {
	timeZone: siteTimeZone,
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	hour: '2-digit',
	minute: '2-digit',
	second: '2-digit',
	hourCycle: 'h23',
});

function vietnamParts(
	date: Date,
): Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', string> {
	const parts = { year: '', month: '', day: '', hour: '', minute: '', second: '' };
	for (const { type, value } of vietnamClock.formatToParts(date))
		if (type in parts) parts[type as keyof typeof parts] = value;
	return parts;
}

/**
 * `YYYY-MM-DD HH:mm:ss` in Vietnam time (UTC+07:00, implied: Vietnam has no daylight saving time).
 * Without a zone suffix, so Excel reads it as a date and time rather than as text.
 */
export function vietnamDateTime(date: Date): string {
	const p = vietnamParts(date);
	return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second}`;
}

export const csvHeader = ['id', 'received_at', 'respondent_group', 'locale', 'text'] as const;

/**
 * The responses as an RFC 4180 CSV: CRLF after every record, and a UTF-8 byte order mark first,
 * without which Excel on Windows reads the file in the legacy code page and garbles Vietnamese
 * ("Há»c sinh"). `received_at` is Vietnam local time, see `vietnamDateTime`.
 */
export function toCsv(rows: readonly StoredResponse[]): string {
	return csvFile([
		csvHeader,
		...rows.map((r) => [r.id, vietnamDateTime(r.receivedAt), r.group, r.locale, r.text]),
	]);
}

/** Responses per group, every group listed (0 included) in the order of `respondentGroups`. */
export function countByGroup(
	rows: readonly StoredResponse[],
): Array<{ group: RespondentGroup; count: number }> {
	return respondentGroups.map((group) => ({
		group,
		count: rows.filter((r) => r.group === group).length,
	}));
}

/** Responses per day in Vietnam, days in order; days without responses are absent. */
export function countByDay(rows: readonly StoredResponse[]): Array<{ day: string; count: number }> {
	const counts = new Map<string, number>();
	for (const r of rows) {
		const day = localDate(r.receivedAt);
		counts.set(day, (counts.get(day) ?? 0) + 1);
	}
	return [...counts]
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
		.map(([day, count]) => ({ day, count }));
}

/**
 * The report the export prints: total, counts by group (Vietnamese name, English id in brackets)
 * and by day. Plain text aligned with spaces, for a terminal.
 */
export function summaryText(consultation: string, rows: readonly StoredResponse[]): string {
	const lines = [
		`Góp ý cho "${consultation}": ${rows.length} ý kiến (responses)`,
		'',
		'Theo nhóm (by group):',
	];
	const labels = countByGroup(rows).map(
		({ group, count }) => [`${groupNamesVi[group]} (${group})`, count] as const,
	);
	const width = Math.max(...labels.map(([label]) => label.length));
	for (const [label, count] of labels)
		lines.push(`  ${label.padEnd(width)}  ${String(count).padStart(5)}`);
	lines.push('', 'Theo ngày, giờ Việt Nam (by day, Vietnam time):');
	const days = countByDay(rows);
	if (days.length === 0) lines.push('  (không có / none)');
	for (const { day, count } of days) lines.push(`  ${day}  ${String(count).padStart(5)}`);
	return `${lines.join('\n')}\n`;
}
