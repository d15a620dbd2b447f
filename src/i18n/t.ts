import { formatDate, formatDateTime, formatLongDate } from '../lib/dates';
import { locales, type Locale } from './locales';
import { siteName } from './site-names';
import en from './ui/en';
import ko from './ui/ko';
import vi, { type UiStrings } from './ui/vi';

/** Every locale's dictionary; a locale without one is a type error here. */
const dictionaries: Record<Locale, UiStrings> = { vi, en, ko };

/** Keys whose value is a plain string. */
export type TextKey = {
	[K in keyof UiStrings]: UiStrings[K] extends string ? K : never;
}[keyof UiStrings];
/** Keys whose value has plural forms. */
export type PluralKey = Exclude<keyof UiStrings, TextKey>;

type Vars = Record<string, string | number>;

/** Fill `{{name}}` placeholders; a placeholder without a value is left visible, never blank. */
export function interpolate(template: string, vars: Vars = {}): string {
	return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
		name in vars ? String(vars[name]) : whole,
	);
}

/** Translation functions bound to one locale. */
export function useTranslations(locale: Locale) {
	const dict = dictionaries[locale];
	const lang = locales[locale].intl;
	// Made once per call of useTranslations (once per component render), not once per phrase.
	let rules: Intl.PluralRules | undefined;
	let numbers: Intl.NumberFormat | undefined;
	/** A UI string with its placeholders filled. */
	const t = (key: TextKey, vars?: Vars) =>
		interpolate(siteName(locale, key) ?? (dict[key] as string), vars);
	/** A counted phrase in the right plural form, the number formatted for the locale. */
	const plural = (key: PluralKey, count: number) => {
		const forms = dict[key] as Record<string, string> & { other: string };
		rules ??= new Intl.PluralRules(lang);
		numbers ??= new Intl.NumberFormat(lang);
		return interpolate(forms[rules.select(count)] ?? forms.other, {
			count: numbers.format(count),
		});
	};
	/** A date in a list or card: "20/11/2026" / "20 Nov 2026". */
	const date = (d: Date) => formatDate(d, lang);
	/** A date in a sentence: "02/10/2026" / "2 October 2026". */
	const longDate = (d: Date) => formatLongDate(d, lang);
	/**
	 * A date with its time and zone: `full` for an article's publication and update ("Thứ Sáu,
	 * 20/11/2026, 08:00 (GMT+7)"), `deadline` for a closing time ("17:00, 30/04/2026 (GMT+7)").
	 */
	const dateTime = (d: Date, style: 'full' | 'deadline' = 'full') =>
		formatDateTime(d, lang, dict[`date.${style}`], dict['date.zone']);
	/** The plural forms of a key, for a script that counts again in the browser. */
	const pluralForms = (key: PluralKey) => dict[key] as Record<string, string>;
	return { t, plural, pluralForms, date, longDate, dateTime };
}
