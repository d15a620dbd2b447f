import { describe, expect, test } from 'vitest';
import { cmsDate, cmsSourceDates, languageName, translationNotice } from './translation-status';

/** The Vietnamese pane of a policy updated on 2 April, as Decap holds it (strings from the file). */
const source = {
	title: 'Tuyển sinh lớp 10',
	date: '2026-03-20T08:00:00+07:00',
	updated: '2026-04-02T15:00:00+07:00',
	changes: [
		{ date: '2026-03-21T09:00:00.000+07:00', note: 'Sửa lỗi chính tả.' },
		{ date: '2026-04-02T15:00:00.000+07:00', note: 'Đổi lịch thi.', major: true },
	],
};
const english = { title: 'Grade 10 admissions', summary: 'S.' };

describe('translationNotice', () => {
	test('a translation dated before the Vietnamese update may be out of date, saying since when and why', () => {
		const notice = translationNotice(source, { ...english, translated: '2026-03-23' }, 'en');
		expect(notice.state).toBe('stale');
		expect(notice.text).toBe(
			'Bản tiếng Anh có thể đã cũ: bản tiếng Việt thay đổi ngày 02/04/2026, sau bản dịch (dịch ngày 23/03/2026). Thay đổi: thay đổi lớn ngày 02/04/2026: “Đổi lịch thi.”; cập nhật ngày 02/04/2026. Sửa bản dịch theo bản tiếng Việt rồi bấm "Ngay lúc này" để ghi ngày dịch mới; cho tới khi đó, trang bản dịch báo bạn đọc rằng bản dịch có thể đã cũ.',
		);
	});

	test('a translation dated on or after the last change is up to date', () => {
		const notice = translationNotice(source, { ...english, translated: '2026-04-02' }, 'en');
		expect(notice).toEqual({
			state: 'current',
			text: 'Bản tiếng Anh đã cập nhật (dịch ngày 02/04/2026): bản tiếng Việt không có thay đổi lớn nào sau đó.',
		});
	});

	test('without a translation date, it is taken as of the Vietnamese publication, as on the site', () => {
		expect(translationNotice(source, english, 'en').text).toContain(
			'sau bản dịch (chưa ghi ngày dịch: tính theo ngày đăng 20/03/2026)',
		);
	});

	test('an empty or held-back translation is not translated yet', () => {
		expect(translationNotice(source, {}, 'en').state).toBe('untranslated');
		expect(translationNotice(source, { ...english, draft: true }, 'en').state).toBe('untranslated');
	});

	test('the Vietnamese pane only says what the field is for', () => {
		expect(translationNotice(source, source, 'vi')).toMatchObject({ state: 'source' });
	});
});

describe('reading the CMS’s values', () => {
	test('names a language in Vietnamese from Intl, whatever the language', () => {
		expect(languageName('en')).toBe('tiếng Anh');
	});

	test('dates as the CMS writes and YAML reads them; empty values are no date', () => {
		expect(cmsDate('2026-04-02')?.toISOString()).toBe('2026-04-02T00:00:00.000Z');
		expect(cmsDate('2026-04-02T15:00:00.000+07:00')?.toISOString()).toBe(
			'2026-04-02T08:00:00.000Z',
		);
		expect(cmsDate('')).toBeUndefined();
		expect(cmsDate('không phải ngày')).toBeUndefined();
	});

	test('change notes being typed: a note without a date yet is left out', () => {
		const dates = cmsSourceDates({ ...source, changes: [...source.changes, { note: 'Đang gõ' }] });
		expect(dates.changes?.map((c) => [c.note, c.major])).toEqual([
			['Sửa lỗi chính tả.', false],
			['Đổi lịch thi.', true],
		]);
	});
});
