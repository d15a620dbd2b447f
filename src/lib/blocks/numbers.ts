/**
 * Numbers in a figures table: written once in the Vietnamese file (and copied to translations) as
 * plain digits, shown in each page's language by `Intl` ("1.234" and "98,5" in Vietnamese,
 * "1,234" and "98.5" in English). A single `.` or `,` is a decimal mark either way, since editors
 * type both; thousands separators are refused, because "1.234" means 1234 to a Vietnamese reader
 * and 1.234 to an English one, and the table must say the same thing in both.
 */

/** A cell's number: its value, decimals written and whether it ends in `%`. */
export interface CellNumber {
	value: number;
	decimals: number;
	percent: boolean;
}

const number = /^([-−]?)(\d+)(?:[.,](\d+))?\s*(%?)$/;

/** The number a cell holds, undefined for text ("Phủ Lý", "—"), or an error for "1.234". */
export function parseCell(text: string): CellNumber | { error: string } | undefined {
	const trimmed = text.trim();
	const match = number.exec(trimmed);
	if (!match) return undefined;
	const [, minus, whole, fraction = '', percent] = match;
	if (/^\d{1,3}$/.test(whole!) && fraction.length === 3)
		return {
			error: `ô "${trimmed}" có thể là ${whole}${fraction} hoặc ${whole},${fraction}: viết số không dấu phân cách hàng nghìn (${whole}${fraction}), hoặc thêm chữ số thập phân (cell "${trimmed}" is ambiguous: write ${whole}${fraction} without a thousands separator)`,
		};
	return {
		value: Number(`${minus ? '-' : ''}${whole}.${fraction || '0'}`),
		decimals: fraction.length,
		percent: percent === '%',
	};
}

/** A cell's number as the page's language writes it. */
export function formatCell(cell: CellNumber, intl: string): string {
	const digits = { minimumFractionDigits: cell.decimals, maximumFractionDigits: cell.decimals };
	return new Intl.NumberFormat(intl, digits).format(cell.value) + (cell.percent ? '%' : '');
}
