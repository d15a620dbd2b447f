import { defaultLocale, localeCodes, locales, type Locale } from '~/i18n/locales';
import { useTranslations } from '~/i18n/t';
import { latestMajor, publicChanges } from '~/lib/changes';
import { pickLocalized } from '~/lib/translations';
import { formatDate } from '~/lib/dates';
import { feedPath, itemPath } from '~/lib/paths';
import { articleKinds, type ArticleKind } from '~/schemas/kinds';
import { localized, registered, type Catalog } from './catalog';
import { sectionExists } from './routes';

/** Items per feed: readers poll feeds, so they stay small. */
const feedSize = 30;

/** One RSS feed: a locale's latest articles, or one section's. */
export interface Feed {
	locale: Locale;
	section?: ArticleKind;
	path: string;
	items: {
		title: string;
		link: string;
		pubDate: Date;
		description: string;
		/** Topic names in the feed's language (readers show categories as they are). */
		categories: string[];
	}[];
}

/** Every feed of the site: one per locale and one per section that exists in it. */
export function buildFeeds(catalog: Catalog): Feed[] {
	return localeCodes.flatMap((locale) => {
		const { t } = useTranslations(locale);
		const sections = [undefined, ...articleKinds.filter((k) => sectionExists(catalog, locale, k))];
		return sections.map((section) => ({
			locale,
			...(section && { section }),
			path: feedPath(locale, section),
			items: localized(catalog.articles, locale)
				.filter(({ item }) => !section || item.kind === section)
				.slice(0, feedSize)
				.map(({ item: a, v }) => {
					// A major change is announced in front of the summary, in this language if noted in it.
					const major = latestMajor(
						publicChanges(v.texts.changes, a.data.changes, locale, defaultLocale).notes,
					);
					const change =
						major &&
						t('feed.change', {
							date: formatDate(major.date, locales[locale].intl),
							note: major.note,
						});
					return {
						title: v.title,
						link: itemPath(locale, a.kind, v.slug),
						pubDate: a.data.date,
						description: change ? `${change} — ${v.summary}` : v.summary,
						categories: a.data.topics.map(
							(id) =>
								pickLocalized(registered(catalog.topicById, id).data.name, locale, defaultLocale)
									.text,
						),
					};
				}),
		}));
	});
}
