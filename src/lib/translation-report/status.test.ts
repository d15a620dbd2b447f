import { describe, expect, test } from 'vitest';
import type { ReportItem } from '~/lib/report/model';
import { item } from '~/lib/report/test-support';
import { kinds } from '~/schemas/kinds';
import { translationStatusReport, type LanguageStatus } from './status';

const en = { code: 'en', label: 'English' };
const translation = (fields: Record<string, unknown> = {}) =>
	kinds.news.translation.parse({ title: 'Title', summary: 'Summary.', ...fields });
const major = { date: '2026-10-02T09:00:00+07:00', note: 'Bổ sung số liệu.', major: true };

/** A static page, as the reader gives it. */
function page(id: string, fields: Record<string, unknown>, translations = {}): ReportItem {
	const data = kinds.pages.source().parse({ title: id, summary: 'S.', ...fields });
	return { kind: 'pages', id, data, translations };
}

/** The ids in each state of one language. */
const ids = (s: LanguageStatus) => ({
	missing: s.missing.map((r) => r.id),
	stale: s.stale.map((r) => r.id),
	current: s.current.map((r) => r.id),
});

describe('translationStatusReport', () => {
	const items = [
		item('da-cap-nhat', '2026-10-01T08:00:00+07:00', {
			changes: [major],
			translations: { en: translation({ translated: '2026-10-03' }) },
		}),
		item('da-cu', '2026-10-01T08:00:00+07:00', {
			changes: [major],
			translations: { en: translation() },
		}),
		item('chua-dich', '2026-09-01'),
		item('ban-dich-rong', '2026-08-01', { translations: { en: kinds.news.translation.parse({}) } }),
		item('ban-dich-nhap', '2026-07-01', { translations: { en: translation({ draft: true }) } }),
		item('ban-nhap', '2026-06-01', { draft: true }),
		item('da-thu-hoi', '2026-05-01', { withdrawnAt: '2026-05-02' }),
		page('gioi-thieu', { updated: '2026-01-05' }, { en: translation() }),
	];
	const [english] = translationStatusReport(items, [en]);

	test('sorts each language’s items into missing, stale and up to date, newest first', () => {
		expect(ids(english!)).toEqual({
			missing: ['chua-dich', 'ban-dich-rong', 'ban-dich-nhap'],
			stale: ['da-cu', 'gioi-thieu'],
			current: ['da-cap-nhat'],
		});
	});

	test('leaves out drafts and withdrawn articles: nobody reads them', () => {
		const all = [...english!.missing, ...english!.stale, ...english!.current].map((r) => r.id);
		expect(all).not.toContain('ban-nhap');
		expect(all).not.toContain('da-thu-hoi');
	});

	test('says why a translation is missing: no file, a stub without a title, held back', () => {
		expect(english!.missing.map((r) => r.missing)).toEqual(['absent', 'stub', 'draft']);
	});

	test('says since when and why a translation may be out of date, and which file to update', () => {
		const stale = english!.stale[0]!;
		expect(stale).toMatchObject({
			kind: 'news',
			path: '/tin-tuc/da-cu/',
			file: 'news/da-cu/index.en.md',
			status: {
				state: 'stale',
				basis: { from: 'published', date: new Date('2026-10-01T08:00:00+07:00') },
				since: new Date(major.date),
				changes: [{ kind: 'major', note: 'Bổ sung số liệu.' }],
			},
		});
		// A static page has no publication date: updated without `translated` is enough.
		expect(english!.stale[1]).toMatchObject({
			path: '/gioi-thieu/',
			dated: undefined,
			status: { basis: { from: 'unknown' } },
		});
	});

	test('lists every language it is given, a third one included, each with its own files', () => {
		const korean = { code: 'ko', label: '한국어' };
		const withKorean = [
			item('co-ban-han', '2026-10-01', { translations: { ko: translation() } }),
			...items,
		];
		const report = translationStatusReport(withKorean, [en, korean]);
		expect(report.map((l) => l.language.code)).toEqual(['en', 'ko']);
		expect(report[1]!.current.map((r) => r.file)).toEqual(['news/co-ban-han/index.ko.md']);
		expect(report[1]!.missing.map((r) => r.id)).toContain('da-cu');
		expect(report[0]!.missing.map((r) => r.id)).toContain('co-ban-han');
	});
});
