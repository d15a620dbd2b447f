/**
 * The translation status as the Office reads it (Vietnamese Markdown, a section per language) and
 * as a spreadsheet takes it (CSV, one row per item and language). The same content always gives
 * the same bytes: no timestamp, dates in Vietnam (src/lib/dates.ts).
 */
import vi from '~/i18n/ui/vi';
import { csvFile } from '~/lib/csv';
import { formatDate, formatDateTime, localDate } from '~/lib/dates';
import { markdownText } from '~/lib/report/render';
import type { Basis, SourceChange } from '~/lib/translation-status';
import type { LanguageStatus, Missing, StatusRow } from './status';

const day = (d: Date) => formatDate(d, 'vi-VN');
const kindName = (r: StatusRow) => vi[`section.${r.kind}`];

/** Which Vietnamese text the translation renders, as the Office reads it. */
export function basisText(basis: Basis): string {
	if (basis.from === 'translated') return `dịch ngày ${day(basis.date)}`;
	if (basis.from === 'published')
		return `chưa ghi ngày dịch: tính theo ngày đăng ${day(basis.date)}`;
	return 'chưa ghi ngày dịch';
}

/** One material change of the Vietnamese file. */
export function changeText(change: SourceChange): string {
	return change.kind === 'updated'
		? `cập nhật ngày ${day(change.date)}`
		: `thay đổi lớn ngày ${day(change.date)}: “${change.note}”`;
}

const missingText: Record<Missing, string> = {
	absent: '',
	stub: 'tệp có nhưng chưa có tiêu đề',
	draft: 'bản dịch đang tạm ẩn (draft: true)',
};

/** What else the Office should know of a row: a stub, a held-back translation, a scheduled item. */
function noteOf(r: StatusRow): string {
	const scheduled = r.publishAt
		? `hẹn đăng ${formatDateTime(r.publishAt, 'vi-VN', '{{time}} {{date}}', '')}`
		: '';
	return [r.missing ? missingText[r.missing] : '', scheduled].filter(Boolean).join('; ');
}

/** A Markdown table, or a note that there is nothing in it. */
function table(head: readonly string[], rows: readonly (readonly string[])[]): string[] {
	if (rows.length === 0) return ['(Không có.)'];
	return [
		`| ${head.join(' | ')} |`,
		`| ${head.map(() => '---').join(' | ')} |`,
		...rows.map((cells) => `| ${cells.join(' | ')} |`),
	];
}

const title = (r: StatusRow) => markdownText(r.title);
const file = (r: StatusRow) => `\`${r.file}\``;

/** One language's section. */
function languageSection({ language, missing, stale, current }: LanguageStatus): string[] {
	return [
		`## ${markdownText(language.label)} (${language.code})`,
		'',
		`Chưa dịch: **${missing.length}** · Có thể đã cũ: **${stale.length}** · Đã cập nhật: **${current.length}**`,
		'',
		`### Có thể đã cũ (stale): ${stale.length}`,
		'',
		...table(
			['Tiêu đề', 'Loại', 'Bản dịch', 'Bản tiếng Việt đổi ngày', 'Vì sao', 'Tệp bản dịch'],
			stale.map((r) => {
				const s = r.status?.state === 'stale' ? r.status : undefined;
				return [
					title(r),
					kindName(r),
					s ? basisText(s.basis) : '',
					s ? day(s.since) : '',
					markdownText(s ? s.changes.map(changeText).join('; ') : ''),
					file(r),
				];
			}),
		),
		'',
		`### Chưa dịch (missing): ${missing.length}`,
		'',
		...table(
			['Tiêu đề', 'Loại', 'Ngày', 'Ghi chú', 'Tệp cần tạo'],
			missing.map((r) => [
				title(r),
				kindName(r),
				r.dated ? day(r.dated) : '',
				markdownText(noteOf(r)),
				file(r),
			]),
		),
		'',
		`### Đã cập nhật (up to date): ${current.length}`,
		'',
		...table(
			['Tiêu đề', 'Loại', 'Bản dịch', 'Tệp bản dịch'],
			current.map((r) => [
				title(r),
				kindName(r),
				r.status ? basisText(r.status.basis) : '',
				file(r),
			]),
		),
		'',
	];
}

/** The status of every language, in Vietnamese Markdown. */
export function renderStatusMarkdown(report: readonly LanguageStatus[]): string {
	return [
		'# Tình trạng bản dịch',
		'',
		'Theo từng ngôn ngữ: tin, bài chưa có bản dịch; bản dịch có thể đã cũ (bản tiếng Việt có ghi chú thay đổi lớn hoặc ngày cập nhật sau ngày dịch); bản dịch đã cập nhật. Ngày tính theo giờ Việt Nam. Không tính bản nháp và bài đã thu hồi. Bản dịch chưa ghi ngày dịch (`translated`) được tính theo ngày đăng bản tiếng Việt. Tệp: đường dẫn trong thư mục nội dung (content).',
		'',
		...report.flatMap(languageSection),
	].join('\n');
}

/** The state of a row as the CSV names it. */
const stateOf = (r: StatusRow) => (r.missing ? 'missing' : (r.status?.state ?? ''));

/** The status as CSV: UTF-8 with a BOM, CRLF line ends, dates as YYYY-MM-DD in Vietnam. */
export function renderStatusCsv(report: readonly LanguageStatus[]): string {
	const iso = (d: Date | undefined) => (d ? localDate(d) : '');
	const rows = report.flatMap(({ language, missing, stale, current }) =>
		[...stale, ...missing, ...current].map((r) => {
			const s = r.status;
			const basis = s?.basis;
			return [
				language.code,
				stateOf(r),
				r.kind,
				r.id,
				r.title,
				r.path,
				r.file,
				iso(r.dated),
				basis?.from ?? '',
				basis && basis.from !== 'unknown' ? iso(basis.date) : '',
				s?.state === 'stale' ? iso(s.since) : '',
				s?.state === 'stale' ? s.changes.map(changeText).join('; ') : '',
				noteOf(r),
			];
		}),
	);
	return csvFile([
		[
			'locale',
			'state',
			'kind',
			'id',
			'title_vi',
			'vietnamese_page',
			'translation_file',
			'date',
			'basis',
			'basis_date',
			'source_changed',
			'reasons',
			'note',
		],
		...rows,
	]);
}
