import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCatalog } from '../../data/catalog';
import { buildRoutes } from '../../data/routes';
import { useTranslations } from '../../i18n/t';
import { cacheDir } from '../../lib/cache-dir';
import { routeParam } from '../../lib/paths';
import { cachedShareCard, type ShareCard } from '../../lib/share-card';

/**
 * The share card of every article in every language it is published in, beside its page:
 * `/tin-tuc/<slug>/share.jpg`, `/en/news/<slug>/share.jpg`. Cards are kept in the build cache, so a
 * rebuild draws only the cards whose title, section or cover changed.
 */
export const getStaticPaths = (async () => {
  const views = buildRoutes(await loadCatalog()).filter((v) => v.type === 'article');
  return views.map((view) => {
    const { t } = useTranslations(view.locale);
    // Astro keeps the image's file path on its metadata (not in the public type).
    const cover = (view.item.data.cover as { fsPath?: string } | undefined)?.fsPath;
    const card: Omit<ShareCard, 'host'> = {
      title: view.item.versions[view.locale]!.title,
      section: t(`section.${view.item.kind}`),
      siteName: t('site.name'),
      cover,
    };
    return { params: { article: routeParam(view.path) }, props: { card } };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: Omit<ShareCard, 'host'> }> = async ({ props: { card }, site }) => {
  const jpeg = await cachedShareCard({ ...card, host: site!.host }, join(cacheDir, 'share-cards'));
  return new Response(new Uint8Array(jpeg), { headers: { 'Content-Type': 'image/jpeg' } });
};
