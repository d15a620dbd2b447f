/**
 * The site's feeds as one OPML subscription list (`/feeds.opml`), so that a district office's
 * portal or a newspaper imports it into its feed reader and keeps exactly the feeds that concern
 * it. A folder per language, named in that language, holding its all-articles feed and a folder
 * each for its sections, topics and units; every feed named as it names itself.
 */
import { defaultLocale, localeCodes, locales } from '~/i18n/locales';
import { useTranslations } from '~/i18n/t';
import { absoluteUrl } from '~/lib/paths';
import { renderOpml, type OpmlFeed, type OpmlFolder } from '~/lib/opml';
import type { FeedInfo, FeedSubject } from './feeds';

/** The OPML document listing `feeds` (every feed of the build: `feedInfos`), with absolute URLs. */
export function feedList(feeds: readonly FeedInfo[], site: URL | string): string {
	const folders = localeCodes.map((locale): OpmlFolder => {
		const { t } = useTranslations(locale);
		const mine = feeds.filter((f) => f.locale === locale);
		const of = (type: FeedSubject['type']) =>
			mine
				.filter((f) => f.subject.type === type)
				.map((f): OpmlFeed => ({
					text: f.title,
					xmlUrl: absoluteUrl(f.path, site),
					htmlUrl: absoluteUrl(f.page, site),
					language: locales[locale].lang,
					description: f.description,
				}));
		return {
			text: locales[locale].label,
			children: [
				...of('all'),
				{ text: t('opml.sections'), children: of('section') },
				{ text: t('section.topics'), children: of('topic') },
				{ text: t('section.units'), children: of('unit') },
			],
		};
	});
	// One file for every language: it names itself in the site's source language.
	const { t } = useTranslations(defaultLocale);
	const owner = t('site.name');
	return renderOpml({ title: t('opml.title', { site: owner }), owner }, folders);
}
