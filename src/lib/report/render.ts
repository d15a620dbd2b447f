/**
 * The activity report's figures as the committee reads them (Vietnamese Markdown) and as a
 * spreadsheet takes them (CSV, one row per figure). The same figures always give the same bytes.
 */
import { csvFile } from '~/lib/csv';
import { byCode, kindLabels } from './labels';
import type { Count, Figures, Listed } from './figures';
import { formatDay, type Period } from './period';

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

/** A two-column Markdown table (name, count), or a note that there is nothing to show. */
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

/** A Markdown list of dated items, the kind named when the list mixes kinds. */
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

/** The responses part of section 3, or why there are no figures for it. */
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
