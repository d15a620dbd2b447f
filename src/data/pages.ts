import type { Locale } from '~/i18n/locales';
import { useTranslations } from '~/i18n/t';
import type { PageSlice } from '~/lib/paginate';
import type { Article } from './catalog';

/**
 * The dates a page of a listing covers, in its language: "Bài từ 02/03/2021 đến 28/05/2021". What
 * names an archive page (its heading, its title) and the status between its links.
 */
export function pageRange(slice: PageSlice<Article>, locale: Locale): string {
	const { t, date } = useTranslations(locale);
	const newest = slice.items[0];
	const oldest = slice.items.at(-1);
	if (!newest || !oldest) return '';
	const [from, to] = [date(oldest.data.date), date(newest.data.date)];
	return from === to ? t('pagination.day', { date: to }) : t('pagination.range', { from, to });
}

/** The title of a listing's page: its name, and on an archive page the dates it covers. */
export function pageTitle(name: string, slice: PageSlice<Article>, locale: Locale): string {
	return slice.archive === undefined ? name : `${name} – ${pageRange(slice, locale)}`;
}
