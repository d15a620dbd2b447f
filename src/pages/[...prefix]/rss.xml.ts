import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCatalog } from '~/data/catalog';
import { buildFeeds, type Feed } from '~/data/feeds';
import { locales } from '~/i18n/locales';
import { useTranslations } from '~/i18n/t';
import { routeParam } from '~/lib/paths';

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
	return rss({
		title: t('feed.title', { section, site: t('site.name') }),
		description: feed.section ? t(`section.${feed.section}.intro`) : t('site.description'),
		site: site!,
		items: feed.items,
		customData: `<language>${locales[feed.locale].lang}</language>`,
	});
};
