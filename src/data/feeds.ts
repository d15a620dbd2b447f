import { localeCodes, type Locale } from '../i18n/locales';
import { feedPath, itemPath } from '../lib/paths';
import { articleKinds, type ArticleKind } from '../schemas/collections';
import type { Catalog } from './catalog';
import { inLocale, sectionExists } from './routes';

/** Items per feed: readers poll feeds, so they stay small. */
const feedSize = 30;

/** One RSS feed: a locale's latest articles, or one section's. */
export interface Feed {
  locale: Locale;
  section?: ArticleKind;
  path: string;
  items: { title: string; link: string; pubDate: Date; description: string; categories: string[] }[];
}

/** Every feed of the site: one per locale and one per section that exists in it. */
export function buildFeeds(catalog: Catalog): Feed[] {
  return localeCodes.flatMap((locale) => {
    const sections = [undefined, ...articleKinds.filter((k) => sectionExists(catalog, locale, k))];
    return sections.map((section) => ({
      locale,
      ...(section && { section }),
      path: feedPath(locale, section),
      items: inLocale(catalog.articles, locale)
        .filter((a) => !section || a.kind === section)
        .slice(0, feedSize)
        .map((a) => {
          const v = a.versions[locale]!;
          return {
            title: v.title,
            link: itemPath(locale, a.kind, v.slug),
            pubDate: a.data.date,
            description: v.summary,
            categories: a.data.topics,
          };
        }),
    }));
  });
}
