import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCatalog, versionIn } from '~/data/catalog';
import { buildRoutes } from '~/data/routes';
import { useTranslations } from '~/i18n/t';
import { cacheDir } from '~/lib/cache-dir';
import { routeParam } from '~/lib/paths';
import { documentTypeName } from '~/lib/facts';
import { cachedShareCard, type ShareCard } from '~/lib/images/share-card';

/**
 * The share card of every article and legal document in every language it is published in, beside
 * its page: `/tin-tuc/<slug>/share.jpg`, `/en/news/<slug>/share.jpg`, `/van-ban/<slug>/share.jpg`.
 * A document's card names its type and number where an article's names its section. Beside each
 * home page (`/share.jpg`, `/en/share.jpg`) the card every other page shares: the Department's
 * name and tagline from its settings. Cards are kept in the build cache, so a
 * rebuild draws only the cards whose title, section or cover changed.
 *
 * Astro asks for one route at a time, but most of a card's cost is sharp's work on its own threads:
 * each request also starts the next few cards, so drawing overlaps, and only a few cards are held
 * in memory at once.
 */
type CardText = Omit<ShareCard, 'host'>;
const ahead = 6;
const cards: CardText[] = [];
const drawing = new Map<number, Promise<Buffer>>();

export const getStaticPaths = (async () => {
	const views = buildRoutes(await loadCatalog()).filter(
		(v) => v.type === 'article' || v.type === 'document' || v.type === 'home',
	);
	cards.length = 0;
	return views.map((view, index) => {
		const { t } = useTranslations(view.locale);
		const card: CardText =
			view.type === 'article'
				? {
						title: versionIn(view.item, view.locale).title,
						section: t(`section.${view.item.kind}`),
						siteName: t('site.name'),
						// Astro keeps the image's file path on its metadata (not in the public type).
						cover: (view.item.data.cover as { fsPath?: string } | undefined)?.fsPath,
					}
				: view.type === 'document'
					? {
							title: versionIn(view.item, view.locale).title,
							section: `${documentTypeName(view.item.data.docType, view.locale)} ${view.item.data.number}`,
							siteName: t('site.name'),
						}
					: // Beside each home page, the card of every other page: the Department as its
						// settings name it (content/settings/identity.yml), in that language.
						{
							title: t('site.tagline') || t('site.description'),
							section: t('site.shortName'),
							siteName: t('site.name'),
						};
		cards.push(card);
		return { params: { article: routeParam(view.path) }, props: { index, card } };
	});
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ index: number; card: CardText }> = async ({
	props: { index, card },
	site,
}) => {
	const draw = (c: CardText) =>
		cachedShareCard({ ...c, host: site!.host }, join(cacheDir, 'share-cards'));
	// In `astro dev` the list may not be this module's: draw just this card.
	if (cards[index] !== card) return jpeg(await draw(card));
	for (let next = index; next < Math.min(cards.length, index + ahead); next++) {
		if (drawing.has(next)) continue;
		const card = draw(cards[next]!);
		// A failure is reported by the request that awaits it, not as an unhandled rejection before.
		card.catch(() => undefined);
		drawing.set(next, card);
	}
	const result = await drawing.get(index)!;
	drawing.delete(index);
	return jpeg(result);
};

const jpeg = (data: Buffer) =>
	new Response(new Uint8Array(data), { headers: { 'Content-Type': 'image/jpeg' } });
