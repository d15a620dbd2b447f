import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCatalog } from '~/data/catalog';
import { buildFeeds, type Feed } from '~/data/feeds';
import { locales } from '~/i18n/locales';
import { useTranslations } from '~/i18n/t';
import { absoluteUrl, homePath, routeParam, sectionPath } from '~/lib/paths';

/** RSS 2.0 feeds: `/rss.xml`, `/en/rss.xml`, `/tin-tuc/rss.xml`, `/en/news/rss.xml`… */
export const getStaticPaths = (async () => {
	const feeds = buildFeeds(await loadCatalog());
	return feeds.map((feed) => ({
		params: { prefix: routeParam(feed.path.replace(/rss\.xml$/, '')) },
		props: { feed },
	}));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ feed: Feed }> = ({ props: { feed }, site }) => {
	const { t } = useTranslations(feed.locale);
	const section = feed.section ? t(`section.${feed.section}`) : t('footer.feedAll');
	// The channel links to the page the feed follows, in the feed's language; item links are
	// absolute paths, so they resolve against the host whatever this is.
	const page = feed.section ? sectionPath(feed.locale, feed.section) : homePath(feed.locale);
	// atom:link rel="self" is what the W3C feed validator asks of every RSS feed: readers use it
	// to find the feed again from a copy.
	const self = absoluteUrl(feed.path, site!);
	return rss({
		title: t('feed.title', { section, site: t('site.name') }),
		description: feed.section ? t(`section.${feed.section}.intro`) : t('site.description'),
		site: absoluteUrl(page, site!),
		xmlns: { atom: 'http://www.w3.org/2005/Atom' },
		items: feed.items,
		customData:
			`<language>${locales[feed.locale].lang}</language>` +
			`<atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
	});
};
