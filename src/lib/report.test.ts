import { describe, expect, test } from 'vitest';
import {
	PeriodError,
	computeFigures,
	figureRows,
	formatPerMille,
	inPeriod,
	markdownText,
	monthsOf,
	parseInstant,
	parsePeriod,
	parseUtcInstant,
	renderCsv,
	renderMarkdown,
	toItem,
	vietnamDayStart,
	vietnamMonth,
	type Figures,
	type Item,
	type ReportInput,
} from './report.ts';
import { parseFrontmatter } from './report-read.ts';
import { csvField } from './csv.ts';

const h1 = parsePeriod('2023-01-01', '2023-06-30');

/** An item with defaults; `date` is an ISO string for readability. */
function item(slug: string, date: string, extra: Partial<Omit<Item, 'date'>> = {}): Item {
	return {
		kind: 'news',
		slug,
		title: `Bài ${slug}`,
		date: parseInstant(date)!,
		topics: ['t1'],
		unit: 'u1',
		draft: false,
		translations: {},
		...extra,
	};
}

function input(items: Item[], extra: Partial<ReportInput> = {}): ReportInput {
	return {
		items,
		documents: [],
		alerts: [],
		topics: { t1: 'Chủ đề một', t2: 'Chủ đề hai' },
		units: { u1: 'Đơn vị một' },
		responses: null,
		problems: [],
		...extra,
	};
}

/** The value of one CSV figure, as the CSV writes it. */
function row(f: Figures, section: string, key: string): string | undefined {
	const value = figureRows(f).find((r) => r.section === section && r.key === key)?.value;
	return value === undefined ? undefined : String(value);
}

describe('dates in Vietnam time', () => {
	test('a bare date is 00:00 that day in Vietnam, as a string or as a YAML 1.1 Date at UTC midnight', () => {
		expect(parseInstant('2023-06-30')!.toISOString()).toBe('2023-06-29T17:00:00.000Z');
		expect(parseInstant(new Date('2023-06-30T00:00:00Z'))!.toISOString()).toBe(
			'2023-06-29T17:00:00.000Z',
		);
		// A Date that is not at UTC midnight is an instant already.
		expect(parseInstant(new Date('2023-06-30T01:00:00Z'))!.toISOString()).toBe(
			'2023-06-30T01:00:00.000Z',
		);
	});

	test('an offset is honoured; no offset means Vietnam time; nonsense is undefined', () => {
		expect(parseInstant('2026-03-18T08:00:00+07:00')!.toISOString()).toBe(
			'2026-03-18T01:00:00.000Z',
		);
		expect(parseInstant('2026-03-18T08:00:00Z')!.toISOString()).toBe('2026-03-18T08:00:00.000Z');
		expect(parseInstant('2026-03-18 08:00')!.toISOString()).toBe('2026-03-18T01:00:00.000Z');
		expect(parseInstant('2026-03-18T08:00:00.5-05:00')!.toISOString()).toBe(
			'2026-03-18T13:00:00.500Z',
		);
		for (const bad of [
			'2023-02-30',
			'2023-13-01',
			'18/03/2026',
			'2026-03-18T25:00',
			'',
			20230318,
			undefined,
			new Date('x'),
		])
			expect(parseInstant(bad), String(bad)).toBeUndefined();
	});

	test('database timestamps without a zone are UTC (SQLite datetime), unlike content dates', () => {
		expect(parseUtcInstant('2023-06-30 17:00:00')!.toISOString()).toBe('2023-06-30T17:00:00.000Z');
		expect(parseUtcInstant('2023-06-30T17:00:00.000Z')!.toISOString()).toBe(
			'2023-06-30T17:00:00.000Z',
		);
		expect(parseUtcInstant('2023-07-01T00:00:00+07:00')!.toISOString()).toBe(
			'2023-06-30T17:00:00.000Z',
		);
		expect(parseUtcInstant('hôm qua')).toBeUndefined();
	});

	test('the fixed +07:00 agrees with Intl in Asia/Ho_Chi_Minh', () => {
		const intl = new Intl.DateTimeFormat('en-CA', {
			timeZone: 'Asia/Ho_Chi_Minh',
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
		});
		for (const iso of [
			'2023-06-30T16:59:59Z',
			'2023-06-30T17:00:00Z',
			'2024-02-29T12:00:00Z',
			'1990-12-31T17:30:00Z',
		]) {
			// The day Intl says an instant is in starts, by the fixed offset, at most one day before it.
			const start = vietnamDayStart(intl.format(new Date(iso)))!.getTime();
			expect(Date.parse(iso) - start, iso).toBeGreaterThanOrEqual(0);
			expect(Date.parse(iso) - start, iso).toBeLessThan(24 * 60 * 60 * 1000);
		}
	});

	test('month bucketing at the Vietnam midnight boundary', () => {
		const lateJune = parseInstant('2023-06-30T23:30:00+07:00')!;
		const earlyJuly = parseInstant('2023-07-01T00:10:00+07:00')!;
		expect(vietnamMonth(lateJune)).toBe('2023-06');
		expect(vietnamMonth(earlyJuly)).toBe('2023-07');
		expect(inPeriod(lateJune, h1)).toBe(true);
		expect(inPeriod(earlyJuly, h1)).toBe(false);
		expect(inPeriod(parseInstant('2023-01-01T00:00:00+07:00'), h1)).toBe(true);
		expect(inPeriod(parseInstant('2022-12-31T23:59:59+07:00'), h1)).toBe(false);
	});
});

describe('the period', () => {
	test('spans from 00:00 of --from to the end of --to, Vietnam time, and lists every month', () => {
		expect(h1.start.toISOString()).toBe('2022-12-31T17:00:00.000Z');
		expect(h1.end.toISOString()).toBe('2023-06-30T17:00:00.000Z');
		expect(monthsOf(h1)).toEqual([
			'2023-01',
			'2023-02',
			'2023-03',
			'2023-04',
			'2023-05',
			'2023-06',
		]);
		expect(monthsOf(parsePeriod('2022-11-15', '2023-02-01'))).toEqual([
			'2022-11',
			'2022-12',
			'2023-01',
			'2023-02',
		]);
		expect(monthsOf(parsePeriod('2023-05-05', '2023-05-05'))).toEqual(['2023-05']);
	});

	test.each([
		[undefined, '2023-06-30', /--from và --to/],
		['2023-01-01', undefined, /--from và --to/],
		['2023-02-30', '2023-06-30', /--from "2023-02-30"/],
		['2023-01-01', '30/06/2023', /--to "30\/06\/2023"/],
		['2023-07-01', '2023-06-30', /phải trước hoặc bằng/],
	])('rejects --from %s --to %s', (from, to, message) => {
		expect(() => parsePeriod(from, to)).toThrow(PeriodError);
		expect(() => parsePeriod(from, to)).toThrow(message);
	});
});

describe('published items', () => {
	test('are counted by kind, month, topic (an item in each of its topics) and unit; drafts never', () => {
		const f = computeFigures(
			input([
				item('a', '2023-06-30T23:30:00+07:00', { topics: ['t1', 't2'] }),
				item('b', '2023-07-01T00:10:00+07:00'),
				item('c', '2023-01-01', { kind: 'stories', unit: 'u2' }),
				item('d', '2023-03-01', { draft: true, kind: 'stories' }),
				item('e', '2022-12-31T23:59:00+07:00'),
			]),
			h1,
		);
		expect(f.published.total).toBe(2);
		expect(row(f, 'published_by_kind', 'news')).toBe('1');
		expect(row(f, 'published_by_kind', 'stories')).toBe('1');
		expect(row(f, 'published_by_kind', 'policies')).toBe('0');
		expect(f.published.byMonth.map((m) => [m.key, m.value])).toEqual([
			['2023-01', 1],
			['2023-02', 0],
			['2023-03', 0],
			['2023-04', 0],
			['2023-05', 0],
			['2023-06', 1],
		]);
		expect(row(f, 'published_by_topic', 't1')).toBe('2');
		expect(row(f, 'published_by_topic', 't2')).toBe('1');
		expect(f.published.topicAssignments).toBe(3);
		expect(row(f, 'published_by_unit', 'u1')).toBe('1');
		// An id missing from the registry is counted, and flagged.
		expect(f.published.byUnit.find((c) => c.key === 'u2')).toEqual({
			key: 'u2',
			label: 'u2 (không có trong danh mục)',
			value: 1,
		});
		expect(f.stories.map((s) => s.slug)).toEqual(['c']);
		expect(renderMarkdown(f)).toContain('tính ở mỗi chủ đề');
	});

	test('a withdrawn item still counts as published, and is listed by its withdrawal date', () => {
		const f = computeFigures(
			input([
				item('rut-trong-ky', '2023-02-01', { withdrawnAt: parseInstant('2023-03-01') }),
				item('dang-truoc-rut-trong-ky', '2022-06-01', {
					kind: 'policies',
					withdrawnAt: parseInstant('2023-04-01'),
				}),
				item('rut-sau-ky', '2023-05-01', { withdrawnAt: parseInstant('2023-07-01') }),
				item('nhap-rut', '2023-05-01', { draft: true, withdrawnAt: parseInstant('2023-05-02') }),
			]),
			h1,
		);
		expect(f.published.total).toBe(2);
		expect(f.withdrawals.map((w) => [w.slug, w.day])).toEqual([
			['rut-trong-ky', '2023-03-01'],
			['dang-truoc-rut-trong-ky', '2023-04-01'],
		]);
	});
});

describe('translations', () => {
	const items = [
		item('en', '2023-02-01', { translations: { en: { title: 'In English' } } }),
		item('en-fr', '2023-02-02', {
			translations: { en: { title: 'In English' }, fr: { title: 'En français' } },
		}),
		item('stub', '2023-02-03', { translations: { en: { title: '  ' } } }),
		item('draft-en', '2023-02-04', { translations: { en: { title: 'Held back', draft: true } } }),
		item('draft-source', '2023-02-05', {
			draft: true,
			translations: { en: { title: 'Of a draft' } },
		}),
		item('outside', '2023-08-01', {
			translations: { en: { title: 'Later' }, de: { title: 'Später' } },
		}),
	];
	const f = computeFigures(input(items), h1);

	test('count only real translations of items published in the period, by locale', () => {
		expect(f.translations.byLocale.map((c) => [c.key, c.value])).toEqual([
			['de', 0],
			['en', 2],
			['fr', 1],
		]);
		expect(f.published.byLanguage.map((c) => [c.key, c.label, c.value])).toEqual([
			['vi', 'Tiếng Việt', 4],
			['de', 'Tiếng Đức', 0],
			['en', 'Tiếng Anh', 2],
			['fr', 'Tiếng Pháp', 1],
		]);
	});

	test('give the English share with one decimal, vi-VN in Markdown and a dot in the CSV', () => {
		const third = computeFigures(input(items.slice(0, 3)), h1);
		expect(third.translations.englishPerMille).toBe(667);
		expect(renderMarkdown(third)).toContain('có bản tiếng Anh: **66,7%** (2/3)');
		expect(row(third, 'translations', 'en_share_percent')).toBe('66.7');
		expect(formatPerMille(364)).toBe('36,4%');
		expect(formatPerMille(1000)).toBe('100,0%');
		const none = computeFigures(input([]), h1);
		expect(none.translations.englishPerMille).toBeNull();
		expect(row(none, 'translations', 'en_share_percent')).toBe('');
	});
});

describe('consultations, responses, clarifications, alerts, documents', () => {
	const consultation = (slug: string, opens: string, closes: string, outcome?: string) =>
		item(slug, opens, {
			kind: 'consultations',
			opensAt: parseInstant(opens),
			closesAt: parseInstant(closes),
			outcomeAt: outcome ? parseInstant(outcome) : undefined,
		});
	const items = [
		consultation('mo-va-dong', '2023-02-01', '2023-03-01', '2023-04-01'),
		consultation('chi-mo', '2023-06-01', '2023-07-15'),
		consultation('chi-dong', '2022-11-01', '2023-01-10', '2023-07-20'),
		{ ...consultation('nhap', '2023-02-01', '2023-03-01'), draft: true },
		item('sai', '2023-02-01', { kind: 'clarifications', verdict: 'false' }),
		item('chua-ro', '2023-03-01', { kind: 'clarifications', verdict: 'unverified' }),
		item('cu', '2022-03-01', { kind: 'clarifications', verdict: 'misleading' }),
		item('thong-cao', '2023-03-01', { kind: 'press', spokesperson: 'chanh-van-phong' }),
	];
	const at = (iso: string) => new Date(iso);
	const responses = [
		{ consultation: 'mo-va-dong', group: 'parent', receivedAt: at('2023-02-02T01:00:00Z') },
		{ consultation: 'mo-va-dong', group: 'teacher', receivedAt: at('2023-02-03T01:00:00Z') },
		{ consultation: 'chi-mo', group: 'parent', receivedAt: at('2023-06-30T16:59:59Z') },
		{ consultation: 'chi-mo', group: 'parent', receivedAt: at('2023-06-30T17:00:00Z') },
		{ consultation: 'khong-ro', group: '=HYPERLINK("x")', receivedAt: at('2023-03-01T00:00:00Z') },
	];
	const f = computeFigures(
		input(items, {
			responses,
			alerts: [
				{ id: 'a', severity: 'warning', startsAt: parseInstant('2023-01-10')! },
				{ id: 'b', severity: 'danger', startsAt: parseInstant('2023-06-30T23:00:00+07:00')! },
				{ id: 'c', severity: 'info', startsAt: parseInstant('2023-07-01')! },
			],
			documents: [
				{
					slug: 'qd',
					title: 'QĐ',
					docType: 'quyet-dinh',
					number: '1/QĐ',
					issued: parseInstant('2023-06-30')!,
					draft: false,
				},
				{
					slug: 'cv',
					title: 'CV',
					docType: 'cong-van',
					number: '2/CV',
					issued: parseInstant('2023-07-01')!,
					draft: false,
				},
				{
					slug: 'kh',
					title: 'KH',
					docType: 'ke-hoach',
					number: '3/KH',
					issued: parseInstant('2023-02-01')!,
					draft: true,
				},
			],
		}),
		h1,
	);

	test('consultations opened, closed and with an outcome, each by its own date', () => {
		expect(f.consultations.opened.map((c) => c.slug)).toEqual(['mo-va-dong', 'chi-mo']);
		expect(f.consultations.closed.map((c) => c.slug)).toEqual(['chi-dong', 'mo-va-dong']);
		expect(f.consultations.outcomes.map((c) => c.slug)).toEqual(['mo-va-dong']);
	});

	test('responses received in the period, per consultation with its title and per group', () => {
		expect(f.responses!.total).toBe(4);
		expect(f.responses!.byConsultation).toEqual([
			{ key: 'chi-mo', label: 'Bài chi-mo', value: 1 },
			{ key: 'khong-ro', label: 'khong-ro (không tìm thấy đợt lấy ý kiến này)', value: 1 },
			{ key: 'mo-va-dong', label: 'Bài mo-va-dong', value: 2 },
		]);
		// Every group of the form is listed, zero or not, named in Vietnamese; an unknown one by its code.
		expect(f.responses!.byGroup.map((g) => [g.key, g.label, g.value])).toEqual([
			['=HYPERLINK("x")', '=HYPERLINK("x")', 1],
			['manager', 'Cán bộ quản lý giáo dục', 0],
			['other', 'Khác', 0],
			['parent', 'Cha mẹ học sinh', 2],
			['press', 'Nhà báo', 0],
			['student', 'Học sinh', 0],
			['teacher', 'Giáo viên', 1],
		]);
		// Text from the public form cannot become a spreadsheet formula.
		expect(renderCsv(f)).toContain(
			`responses_by_group,"'=HYPERLINK(""x"")","'=HYPERLINK(""x"")",1\r\n`,
		);
	});

	test('without a response database the report says so', () => {
		const none = computeFigures(input(items), h1);
		expect(none.responses).toBeNull();
		expect(renderMarkdown(none)).toContain('no response database');
		expect(row(none, 'responses', 'database')).toBe('0');
		expect(row(none, 'responses', 'total')).toBeUndefined();
	});

	test('clarifications by verdict, press releases, alerts by severity, documents by type', () => {
		expect(f.clarifications.list.map((c) => [c.slug, c.note])).toEqual([
			['sai', 'Sai sự thật'],
			['chua-ro', 'Chưa được kiểm chứng'],
		]);
		expect(f.clarifications.byVerdict.map((c) => [c.key, c.value])).toEqual([
			['false', 1],
			['misleading', 0],
			['unverified', 1],
		]);
		expect(row(f, 'press', 'count')).toBe('1');
		expect(f.alerts.bySeverity.map((c) => [c.key, c.value])).toEqual([
			['info', 0],
			['warning', 1],
			['danger', 1],
		]);
		expect(f.documents.total).toBe(1);
		expect(f.documents.byType.filter((c) => c.value > 0)).toEqual([
			{ key: 'quyet-dinh', label: 'Quyết định', value: 1 },
		]);
		expect(f.documents.byType.find((c) => c.key === 'cong-van')?.value).toBe(0);
	});
});

describe('reading files into items', () => {
	test('frontmatter with a BOM and CRLF line ends; dates stay strings for parseInstant', () => {
		const data = parseFrontmatter(
			'\uFEFF---\r\ntitle: "Tin"\r\ndate: 2023-06-30\r\ndraft: true\r\n---\r\nBody\r\n',
		);
		expect(data).toEqual({ title: 'Tin', date: '2023-06-30', draft: true });
		expect(parseFrontmatter('no frontmatter')).toBeUndefined();
		expect(parseFrontmatter('---\ntitle: [unclosed\n---\n')).toBeUndefined();
	});

	test('a published file without a date is reported, a draft one is dropped quietly', () => {
		const bad = toItem('news', 'x', { title: 'Tin', date: 'hôm qua' }, {}, 'news/x/index.vi.md');
		expect(bad.value).toBeUndefined();
		expect(bad.problems).toEqual([
			expect.stringMatching(/^news\/x\/index\.vi\.md: thiếu hoặc sai date/),
		]);
		expect(toItem('news', 'x', { title: 'Tin', draft: true }, {}, 'f')).toEqual({
			value: undefined,
			problems: [],
		});
		const ok = toItem(
			'news',
			'x',
			{ title: ' Tin ', date: '2023-06-30', topics: ['a', 'a', 3], withdrawnAt: 'sai' },
			{ en: { title: 'News' } },
			'f',
		);
		expect(ok.value).toMatchObject({
			title: 'Tin',
			topics: ['a'],
			unit: '',
			withdrawnAt: undefined,
			translations: { en: { title: 'News', draft: false } },
		});
		expect(ok.problems).toEqual([
			expect.stringMatching(/^f: "withdrawnAt" không phải ngày hợp lệ/),
		]);
		const brokenTranslation = toItem(
			'news',
			'x',
			{ title: 'Tin', date: '2023-06-30' },
			{ en: undefined },
			'news/x/index.vi.md',
		);
		expect(brokenTranslation.value?.translations['en']).toEqual({ title: undefined, draft: false });
		expect(brokenTranslation.problems).toEqual([
			expect.stringMatching(/^news\/x\/index\.en\.md: không đọc được/),
		]);
	});

	test('problems appear in the report instead of vanishing', () => {
		const f = computeFigures(
			input([], { problems: ['news/x/index.vi.md: thiếu hoặc sai date, không tính.'] }),
			h1,
		);
		expect(renderMarkdown(f)).toContain('## Lưu ý về số liệu');
		expect(row(f, 'data_problems', 'count')).toBe('1');
	});
});

describe('output', () => {
	const items = [
		item('b', '2023-03-01', { topics: ['t2', 't1'], translations: { en: { title: 'B' } } }),
		item('a', '2023-03-01', { kind: 'stories', title: 'Tên có dấu phẩy, "ngoặc kép" | và *sao*' }),
		item('c', '2023-05-01', { kind: 'clarifications', verdict: 'misleading' }),
	];

	test('is the same bytes whatever the order of the input', () => {
		const one = computeFigures(input(items), h1);
		const two = computeFigures(
			input([...items].reverse(), { topics: { t2: 'Chủ đề hai', t1: 'Chủ đề một' } }),
			h1,
		);
		expect(renderCsv(two)).toBe(renderCsv(one));
		expect(renderMarkdown(two)).toBe(renderMarkdown(one));
	});

	test('CSV: BOM, CRLF, RFC 4180 quoting, the header first', () => {
		const csv = renderCsv(computeFigures(input(items), h1));
		expect(csv.startsWith('\uFEFFsection,key,label,value\r\n')).toBe(true);
		expect(csv.endsWith('\r\n')).toBe(true);
		expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
		expect(csv).toContain('\r\npublished,total,"Tổng số tin, bài đã đăng",3\r\n');
		expect(csvField('a "b", c')).toBe('"a ""b"", c"');
		expect(csvField(-1)).toBe('-1');
	});

	test('Markdown: Vietnamese heading, dd/mm/yyyy period, vi-VN numbers, escaped titles', () => {
		const many = Array.from({ length: 1234 }, (_, i) => item(`n${i}`, '2023-04-01'));
		const md = renderMarkdown(computeFigures(input([...items, ...many]), h1));
		expect(md).toMatch(/^# Báo cáo kết quả công tác truyền thông\n/);
		expect(md).toContain('từ ngày 01/01/2023 đến ngày 30/06/2023');
		expect(md).toContain('Tổng số tin, bài đã đăng trong kỳ: **1.237**');
		expect(md).toContain('- 01/03/2023: Tên có dấu phẩy, "ngoặc kép" \\| và \\*sao\\*');
		expect(markdownText('a\n|b')).toBe('a \\|b');
	});
});
