/**
 * The Vietnamese words of the activity report: the committee's names of the article kinds, and the
 * site's own words (its UI dictionary, the consultation form) for verdicts, severities, document
 * types and respondent groups.
 */
import vi from '~/i18n/ui/vi';
import type { ArticleKind } from '~/schemas/kinds';
import { groupNamesVi } from '~/lib/feedback/export';

/** Vietnamese names of the article kinds, as the committee knows them. */
export const kindLabels: Readonly<Record<ArticleKind, string>> = {
	news: 'Tin tức',
	stories: 'Gương người tốt, việc tốt',
	policies: 'Chính sách',
	press: 'Thông cáo báo chí',
	clarifications: 'Thông tin cải chính, làm rõ',
	consultations: 'Lấy ý kiến dự thảo',
};

/** The site's own words for a family of dictionary keys (`clarification.verdict.false` → false), in dictionary order. */
function dictionaryLabels(
	prefix: string,
	only?: readonly string[],
): Readonly<Record<string, string>> {
	return Object.fromEntries(
		Object.entries(vi)
			.filter(
				([key]) => key.startsWith(prefix) && (!only || only.includes(key.slice(prefix.length))),
			)
			.map(([key, label]) => [key.slice(prefix.length), label as string]),
	);
}

/** Clarification verdicts, as the clarification pages name them. */
export const verdictLabels = dictionaryLabels('clarification.verdict.');

/** Alert severities, as the banner names them. */
export const severityLabels = dictionaryLabels('alert.', ['info', 'warning', 'danger']);

/** Types of legal documents, as the register names them. */
export const docTypeLabels = dictionaryLabels('document.type.');

/**
 * Respondent groups as the consultation form names them. A group the database holds that the form
 * no longer offers is shown by its code.
 */
export const groupLabels: Readonly<Record<string, string>> = groupNamesVi;

const languageNames = new Intl.DisplayNames(['vi'], { type: 'language', fallback: 'code' });

/** "Tiếng Anh" for en; the code itself if `Intl` does not know it. */
export function languageLabel(locale: string): string {
	try {
		return languageNames.of(locale) ?? locale;
	} catch {
		return locale;
	}
}

/** A record's own entry only: an id such as "constructor" must not find Object.prototype's. */
export function own(record: Readonly<Record<string, string>>, key: string): string | undefined {
	return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Code-unit order: the same on every machine, unlike `localeCompare`. */
export function byCode(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
