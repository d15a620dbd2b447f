import { describe, expect, test } from 'vitest';
import { computeFigures } from './figures';
import { parsePeriod } from './period';
import { figureRows, renderCsv, renderMarkdown } from './render';
import { alert, consultation, input, item, legalDocument } from './test-support';
import type { Figures } from './figures';

const h1 = parsePeriod('2023-01-01', '2023-06-30');

/** The value of one CSV figure, as the CSV writes it. */
function row(f: Figures, section: string, key: string): string | undefined {
	const value = figureRows(f).find((r) => r.section === section && r.key === key)?.value;
	return value === undefined ? undefined : String(value);
}

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

	test('an item scheduled for later than the clock is not yet published; once due it counts', () => {
		const items = [
			item('som', '2023-06-01T09:00:00+07:00'),
			item('hen-gio', '2023-06-20T09:00:00+07:00', { publishAt: '2023-06-20T09:00:00+07:00' }),
		];
		const before = computeFigures(input(items), h1, new Date('2023-06-20T08:59:00+07:00'));
		expect(before.published.total).toBe(1);
		expect(row(before, 'published_by_kind', 'news')).toBe('1');
		const after = computeFigures(input(items), h1, new Date('2023-06-20T09:00:00+07:00'));
		expect(after.published.total).toBe(2);
	});

	test('a topic repeated in a file counts once', () => {
		const f = computeFigures(input([item('a', '2023-02-01', { topics: ['t1', 't1'] })]), h1);
		expect(row(f, 'published_by_topic', 't1')).toBe('1');
	});

	test('a withdrawn item still counts as published, and is listed by its withdrawal date', () => {
		const f = computeFigures(
			input([
				item('rut-trong-ky', '2023-02-01', { withdrawnAt: '2023-03-01' }),
				item('dang-truoc-rut-trong-ky', '2022-06-01', {
					kind: 'policies',
					withdrawnAt: '2023-04-01',
				}),
				item('rut-sau-ky', '2023-05-01', { withdrawnAt: '2023-07-01' }),
				item('nhap-rut', '2023-05-01', { draft: true, withdrawnAt: '2023-05-02' }),
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
		const none = computeFigures(input([]), h1);
		expect(none.translations.englishPerMille).toBeNull();
		expect(row(none, 'translations', 'en_share_percent')).toBe('');
	});
});

describe('consultations, responses, clarifications, alerts, documents', () => {
	const items = [
		consultation('mo-va-dong', '2023-02-01', '2023-03-01', '2023-04-01'),
		consultation('chi-mo', '2023-06-01', '2023-07-15'),
		consultation('chi-dong', '2022-11-01', '2023-01-10', '2023-07-20'),
		consultation('nhap', '2023-02-01', '2023-03-01', undefined, { draft: true }),
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
				alert('a', 'warning', '2023-01-10'),
				alert('b', 'danger', '2023-06-30T23:00:00+07:00'),
				alert('c', 'info', '2023-07-01'),
			],
			documents: [
				legalDocument('qd', 'quyet-dinh', '2023-06-30'),
				legalDocument('cv', 'cong-van', '2023-07-01'),
				legalDocument('kh', 'ke-hoach', '2023-02-01', true),
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
		expect(f.responses?.total).toBe(4);
		expect(f.responses?.byConsultation).toEqual([
			{ key: 'chi-mo', label: 'Bài chi-mo', value: 1 },
			{ key: 'khong-ro', label: 'khong-ro (không tìm thấy đợt lấy ý kiến này)', value: 1 },
			{ key: 'mo-va-dong', label: 'Bài mo-va-dong', value: 2 },
		]);
		// Every group of the form is listed, zero or not, named in Vietnamese; an unknown one by its code.
		expect(f.responses?.byGroup.map((g) => [g.key, g.label, g.value])).toEqual([
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
