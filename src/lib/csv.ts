/**
 * CSV as Excel on Vietnamese Windows reads it: RFC 4180 quoting, CRLF after every record, and a
 * UTF-8 byte order mark first (without it Excel reads the legacy code page: "Há»c sinh"). Used by
 * the feedback export and the activity report; plain erasable TypeScript with no imports, so
 * Node's type stripping runs it from the scripts.
 */

/**
 * Text beginning with = + - @ (or a tab or CR) would run as a formula in a spreadsheet; text from
 * a public form must stay text, so it gets a leading apostrophe. Numbers are written as they are.
 */
const formulaStart = /^[=+\-@\t\r]/;

/** One field: defused against formulas, then quoted if it holds a comma, a quote or a line break. */
export function csvField(value: string | number): string {
	let s = String(value);
	if (typeof value === 'string' && formulaStart.test(s)) s = `'${s}`;
	return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A whole file: the byte order mark, then each record on a CRLF-terminated line. */
export function csvFile(records: readonly (readonly (string | number)[])[]): string {
	return `\uFEFF${records.map((r) => `${r.map(csvField).join(',')}\r\n`).join('')}`;
}
