/**
 * Where the language switcher leads. A page with a real translation links to it. An article or a
 * legal document without one links to a notice on the page itself, in the other language ("This
 * page has not been translated into English yet", with a link to what exists in English), so a
 * reader who asked for English learns why they stay on a Vietnamese page instead of landing, without
 * a word, on a list. Other pages without a translation (a listing) link to the route table's
 * fallback, the matching section or the home page.
 */
import type { Locale } from '~/i18n/locales';
import type { View } from './routes';

/** The id of the "not translated into <locale>" notice on a page: `not-in-en`. */
export function untranslatedNoticeId(locale: Locale): string {
	return `not-in-${locale}`;
}

/** Whether the page carries a "not translated" notice for `locale` (see OtherLanguages.astro). */
export function hasUntranslatedNotice(view: View, locale: Locale): boolean {
	return (view.type === 'article' || view.type === 'document') && !view.alternates[locale];
}

/** The switcher's link to `locale` from this page. */
export function switchHref(view: View, locale: Locale): string {
	return hasUntranslatedNotice(view, locale)
		? `#${untranslatedNoticeId(locale)}`
		: view.switchTo[locale];
}
