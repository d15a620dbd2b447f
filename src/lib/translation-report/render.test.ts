import { describe, expect, test } from 'vitest';
import { item } from '~/lib/report/test-support';
import { kinds } from '~/schemas/kinds';
import { renderStatusCsv, renderStatusMarkdown } from './render';
import { translationStatusReport } from './status';

const translation = (fields: Record<string, unknown> = {}) =>
	kinds.news.translation.parse({ title: 'Title', summary: 'Summary.', ...fields });
const report = translationStatusReport(
	[
		item('da-cu', '2026-10-01T08:00:00+07:00', {
			title: 'Tin | có dấu gạch đứng',
			updated: '2026-10-05T10:00:00+07:00',
			changes: [{ date: '2026-10-02T09:00:00+07:00', note: 'Bổ sung số liệu.', major: true }],
			translations: { en: translation({ translated: '2026-10-01' }) },
		}),
		item('chua-dich', '2026-09-01T09:00:00+07:00', { publishAt: '2026-09-01T09:00:00+07:00' }),
	],
	[
		{ code: 'en', label: 'English' },
		{ code: 'ko', label: '한국어' },
	],
);

describe('renderStatusMarkdown', () => {
	const md = renderStatusMarkdown(report);

	test('has a section per language with its counts', () => {
		expect(md).toContain(
			'## English (en)\n\nChưa dịch: **1** · Có thể đã cũ: **1** · Đã cập nhật: **0**',
		);
		expect(md).toContain(
			'## 한국어 (ko)\n\nChưa dịch: **2** · Có thể đã cũ: **0** · Đã cập nhật: **0**',
		);
	});

	test('says since when and why a translation may be out of date, in Vietnamese, with its file', () => {
		expect(md).toContain(
			'| Tin \\| có dấu gạch đứng | Tin tức | dịch ngày 01/10/2026 | 05/10/2026 | thay đổi lớn ngày 02/10/2026: “Bổ sung số liệu.”; cập nhật ngày 05/10/2026 | `news/da-cu/index.en.md` |',
		);
	});

	test('lists the files to create, with what the Office should know', () => {
		expect(md).toContain(
			'| Bài chua-dich | Tin tức | 01/09/2026 | hẹn đăng 09:00 01/09/2026 | `news/chua-dich/index.en.md` |',
		);
		expect(md).toContain('### Đã cập nhật (up to date): 0\n\n(Không có.)');
	});
});

describe('renderStatusCsv', () => {
	const csv = renderStatusCsv(report);
	const lines = csv.replace(/^\uFEFF/, '').split('\r\n');

	test('is UTF-8 with a BOM for Excel, one CRLF record per item and language', () => {
		expect(csv.startsWith('\uFEFF')).toBe(true);
		expect(lines[0]).toBe(
			'locale,state,kind,id,title_vi,vietnamese_page,translation_file,date,basis,basis_date,source_changed,reasons,note',
		);
		expect(lines.filter(Boolean)).toHaveLength(1 + 2 + 2);
	});

	test('gives dates as YYYY-MM-DD in Vietnam and the reasons in full', () => {
		expect(lines[1]).toBe(
			'en,stale,news,da-cu,Tin | có dấu gạch đứng,/tin-tuc/da-cu/,news/da-cu/index.en.md,2026-10-01,translated,2026-10-01,2026-10-05,thay đổi lớn ngày 02/10/2026: “Bổ sung số liệu.”; cập nhật ngày 05/10/2026,',
		);
		expect(lines[2]).toBe(
			'en,missing,news,chua-dich,Bài chua-dich,/tin-tuc/chua-dich/,news/chua-dich/index.en.md,2026-09-01,,,,,hẹn đăng 09:00 01/09/2026',
		);
	});

	test('the same content gives the same bytes', () => {
		expect(renderStatusCsv(report)).toBe(csv);
		expect(renderStatusMarkdown(report)).toBe(renderStatusMarkdown(report));
	});
});
