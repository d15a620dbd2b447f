/**
 * The JSON-LD of an article page, by kind: every article is a schema.org NewsArticle; a
 * clarification is also a ClaimReview, so search engines can show it as a fact check.
 */
import { defaultLocale, locales, type Locale } from '~/i18n/locales';
import { useTranslations } from '~/i18n/t';
import { absoluteUrl, homePath } from '~/lib/paths';
import { claimReviewJsonLd, newsArticleJsonLd } from '~/lib/structured-data';
import { pickLocalized } from '~/lib/translations';
import { registered, versionIn, type Article, type Catalog, type ItemOf } from '~/data/catalog';

/** What the page knows besides the item. */
export interface JsonLdContext {
	catalog: Catalog;
	locale: Locale;
	/** The page's path and its share card's. */
	path: string;
	share: string;
	site: URL;
}

/** The NewsArticle every article page carries. */
function newsArticle(item: Article, { catalog, locale, path, share, site }: JsonLdContext) {
	const { t } = useTranslations(locale);
	const v = versionIn(item, locale);
	const name = (values: Partial<Record<Locale, string | undefined>>) =>
		pickLocalized(values, locale, defaultLocale).text;
	return newsArticleJsonLd({
		headline: v.title,
		description: v.summary,
		url: absoluteUrl(path, site),
		lang: locales[locale].lang,
		published: item.data.date,
		modified: item.data.updated,
		image: absoluteUrl(share, site),
		publisher: t('site.name'),
		author: name(registered(catalog.unitById, item.data.unit).data.name),
		section: t(`section.${item.kind}`),
		keywords: item.data.topics.map((id) => name(registered(catalog.topicById, id).data.name)),
	});
}

/** The fact check a clarification is. */
function claimReview(item: ItemOf<'clarifications'>, { locale, path, site }: JsonLdContext) {
	const { t } = useTranslations(locale);
	const v = versionIn(item, locale);
	const { verdict } = item.data;
	return claimReviewJsonLd({
		url: absoluteUrl(path, site),
		lang: locales[locale].lang,
		// A translation with a title has its claim (the translation schema requires it).
		claim: v.texts.claim ?? item.data.claim,
		verdict,
		verdictLabel: t(`clarification.verdict.${verdict}`),
		published: item.data.date,
		claimDate: item.data.claimDate,
		claimOrigin: v.texts.claimOrigin,
		publisher: t('site.name'),
		publisherUrl: absoluteUrl(homePath(locale), site),
	});
}

/** Every JSON-LD object of an article page. */
export function articleJsonLd(item: Article, context: JsonLdContext): object[] {
	const news = newsArticle(item, context);
	return item.kind === 'clarifications' ? [news, claimReview(item, context)] : [news];
}
