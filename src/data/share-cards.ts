import { versionIn } from '~/data/catalog';
import type { View } from '~/data/routes';
import { useTranslations } from '~/i18n/t';
import { documentTypeName } from '~/lib/facts';
import type { ShareCard } from '~/lib/images/share-card';
import { shareCardPath } from '~/lib/paths';

/**
 * The share card of every article and legal document in every language it is published in, beside
 * its page: `/tin-tuc/<slug>/share.jpg`, `/en/news/<slug>/share.jpg`, `/van-ban/<slug>/share.jpg`.
 * A document's card names its type and number where an article's names its section. Beside each
 * home page (`/share.jpg`, `/en/share.jpg`) the card every other page shares: the Department's
 * name and tagline from its settings.
 *
 * Read by the build (src/integrations/share-cards.ts draws them after the pages) and by `astro dev`
 * (which draws one when asked).
 */
export function placedShareCards(
	views: readonly View[],
	host: string,
): { path: string; card: ShareCard }[] {
	return views.flatMap((view) => {
		const card = cardOf(view);
		return card ? [{ path: shareCardPath(view.path), card: { ...card, host } }] : [];
	});
}

function cardOf(view: View): Omit<ShareCard, 'host'> | undefined {
	const { t } = useTranslations(view.locale);
	switch (view.type) {
		case 'article':
			return {
				title: versionIn(view.item, view.locale).title,
				section: t(`section.${view.item.kind}`),
				siteName: t('site.name'),
				// Astro keeps the image's file path on its metadata (not in the public type).
				cover: (view.item.data.cover as { fsPath?: string } | undefined)?.fsPath,
			};
		case 'document':
			return {
				title: versionIn(view.item, view.locale).title,
				section: `${documentTypeName(view.item.data.docType, view.locale)} ${view.item.data.number}`,
				siteName: t('site.name'),
			};
		case 'home':
			// The card of every other page: the Department as its settings name it
			// (content/settings/identity.yml), in that language.
			return {
				title: t('site.tagline') || t('site.description'),
				section: t('site.shortName'),
				siteName: t('site.name'),
			};
		default:
			return undefined;
	}
}
