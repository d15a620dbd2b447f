import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCatalog } from '~/data/catalog';
import { buildFeeds, type Feed } from '~/data/feeds';
import { renderPlan } from '~/data/incremental';
import { locales } from '~/i18n/locales';
import { absoluteUrl, routeParam } from '~/lib/paths';

/**
 * RSS 2.0 feeds, one beside the first page of every listing in each language it exists in:
 * `/rss.xml`, `/en/rss.xml`, `/tin-tuc/rss.xml`, `/chu-de/chuyen-doi-so/rss.xml`… (src/data/feeds.ts).
 */
export const getStaticPaths = (async () => {
	const catalog = await loadCatalog();
	return buildFeeds(catalog, renderPlan(catalog).views).map((feed) => ({
		params: { prefix: routeParam(feed.path.replace(/rss\.xml$/, '')) },
		props: { feed },
	}));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ feed: Feed }> = ({ props: { feed }, site }) => {
	// atom:link rel="self" is what the W3C feed validator asks of every RSS feed: readers use it
	// to find the feed again from a copy.
	const self = absoluteUrl(feed.path, site!);
	// The channel links to the page the feed follows, in the feed's language; item links are
	// absolute paths, so they resolve against the host whatever this is.
	return rss({
		title: feed.title,
		description: feed.description,
		site: absoluteUrl(feed.page, site!),
		xmlns: { atom: 'http://www.w3.org/2005/Atom' },
		items: feed.items,
		customData:
			`<language>${locales[feed.locale].lang}</language>` +
			`<atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
	});
};
