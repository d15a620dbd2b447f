import { defaultLocale, locales, type Locale } from '~/i18n/locales';
import { formatDate } from '~/lib/dates';
import type { Note } from '~/lib/changes';
import { basisText, changeText } from '~/lib/translation-report/render';
import { translationStatus, type SourceDates } from '~/lib/translation-status';
import { isTranslated } from '~/lib/translations';

/**
 * What the translation pane of the CMS says about the translation being edited: the state the
 * translated page and `npm run translations` give (src/lib/translation-status.ts), in the same
 * Vietnamese words as the report, computed from the entry as the editor holds it, so it follows
 * the Vietnamese pane while it is edited (a major change note added there makes the English pane
 * say "may be out of date" at once). Pure: the widget (translation-widget.ts) hands it plain data.
 */

/** Frontmatter of one language of the entry, as plain values (Decap's data, `toJS()`). */
export type PaneData = Record<string, unknown>;

/** A date as the CMS holds it (`2026-10-02`, `2026-10-02T09:00:00.000+07:00`, a Date), read as YAML reads it. */
export function cmsDate(value: unknown): Date | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	const date = value instanceof Date ? value : new Date(String(value));
	return Number.isNaN(date.getTime()) ? undefined : date;
}

/** The Vietnamese file's dates and change notes, from the Vietnamese pane. */
export function cmsSourceDates(data: PaneData): SourceDates {
	const notes = Array.isArray(data['changes']) ? (data['changes'] as unknown[]) : [];
	const changes = notes.flatMap((n): Note[] => {
		if (!n || typeof n !== 'object') return [];
		const note = n as Record<string, unknown>;
		const date = cmsDate(note['date']);
		return date ? [{ date, note: String(note['note'] ?? ''), major: note['major'] === true }] : [];
	});
	return { date: cmsDate(data['date']), updated: cmsDate(data['updated']), changes };
}

/** The pane's notice: its state (also a data attribute, for tests and styling) and its text. */
export interface PaneNotice {
	state: 'source' | 'untranslated' | 'current' | 'stale';
	text: string;
}

/**
 * A language's Vietnamese name, lower-case as inside a sentence ("tiếng Anh", "tiếng Hàn"), from
 * `Intl`, so a language added to src/i18n/locales.ts is named with no table to extend.
 */
export function languageName(locale: Locale): string {
	const name = new Intl.DisplayNames('vi', { type: 'language' }).of(locales[locale].lang) ?? locale;
	return name.charAt(0).toLocaleLowerCase('vi') + name.slice(1);
}

/** The notice of `locale`'s pane, given the Vietnamese pane's data and its own. */
export function translationNotice(source: PaneData, own: PaneData, locale: Locale): PaneNotice {
	if (locale === defaultLocale)
		return {
			state: 'source',
			text: 'Chỉ điền ở bản dịch: ngày bản dịch được đối chiếu đầy đủ với bản tiếng Việt.',
		};
	const language = languageName(locale);
	const translation = {
		title: typeof own['title'] === 'string' ? own['title'] : undefined,
		draft: own['draft'] === true,
	};
	if (!isTranslated(translation))
		return {
			state: 'untranslated',
			text: `Chưa có bản ${language}: khi dịch xong, bấm "Ngay lúc này" để ghi ngày dịch.`,
		};
	const status = translationStatus(cmsSourceDates(source), {
		translated: cmsDate(own['translated']),
	});
	if (status.state === 'current')
		return {
			state: 'current',
			text: `Bản ${language} đã cập nhật (${basisText(status.basis)}): bản tiếng Việt không có thay đổi lớn nào sau đó.`,
		};
	return {
		state: 'stale',
		text: `Bản ${language} có thể đã cũ: bản tiếng Việt thay đổi ngày ${formatDate(status.since, 'vi-VN')}, sau bản dịch (${basisText(status.basis)}). Thay đổi: ${status.changes.map(changeText).join('; ')}. Sửa bản dịch theo bản tiếng Việt rồi bấm "Ngay lúc này" để ghi ngày dịch mới; cho tới khi đó, trang bản dịch báo bạn đọc rằng bản dịch có thể đã cũ.`,
	};
}
