import { defaultLocale, type Locale } from '~/i18n/locales';
import { useTranslations } from '~/i18n/t';
import { localYear } from '~/lib/dates';
import { pickLocalized } from '~/lib/translations';
import { facetKeys, type FacetKey } from '~/lib/search/state';
import { articleKinds } from '~/schemas/kinds';
import { registered, type Article, type Catalog, type LegalDocument } from './catalog';
import { inLocale } from './routes';

/**
 * The search filters, declared once: article pages carry their values as
 * `data-pagefind-filter="<key>:<value>"` and the search page offers the same values, so a filter
 * can never name something the index does not hold. Values are the names readers see, in the
 * page's language (Pagefind returns them as they are written).
 */

/** Filter values of one article in one language. */
export function articleFacets(
	item: Article,
	catalog: Catalog,
	locale: Locale,
): Record<FacetKey, string[]> {
	const { t } = useTranslations(locale);
	const name = (values: Partial<Record<Locale, string | undefined>>) =>
		pickLocalized(values, locale, defaultLocale).text;
	return {
		type: [t(`section.${item.kind}`)],
		topic: item.data.topics.map((id) => name(registered(catalog.topicById, id).data.name)),
		unit: [name(registered(catalog.unitById, item.data.unit).data.name)],
		year: [String(localYear(item.data.date))],
	};
}

/**
 * Filter values of a legal document: its section, topics if it has any, the year of issue. It has
 * no unit of the sector (the issuer is often the Ministry or the Province), so no unit filter.
 */
export function documentFacets(
	doc: LegalDocument,
	catalog: Catalog,
	locale: Locale,
): Record<FacetKey, string[]> {
	const { t } = useTranslations(locale);
	return {
		type: [t('section.documents')],
		topic: (doc.data.topics ?? []).map(
			(id) =>
				pickLocalized(registered(catalog.topicById, id).data.name, locale, defaultLocale).text,
		),
		unit: [],
		year: [String(localYear(doc.data.issued))],
	};
}

/**
 * Every value a filter can take in a locale, in a reader's order: types as in the menu, topics
 * and units as in their registries, years newest first.
 */
export function facetOptions(catalog: Catalog, locale: Locale): Record<FacetKey, string[]> {
	const seen = Object.fromEntries(facetKeys.map((k) => [k, new Set<string>()])) as Record<
		FacetKey,
		Set<string>
	>;
	const all = [
		...inLocale(catalog.articles, locale).map((item) => articleFacets(item, catalog, locale)),
		...catalog.documents
			.filter((d) => d.versions[locale])
			.map((d) => documentFacets(d, catalog, locale)),
	];
	for (const facets of all)
		for (const key of facetKeys) for (const v of facets[key]) seen[key].add(v);
	const { t } = useTranslations(locale);
	const name = (values: Partial<Record<Locale, string | undefined>>) =>
		pickLocalized(values, locale, defaultLocale).text;
	const ordered = (all: string[], present: Set<string>) =>
		[...new Set(all)].filter((v) => present.has(v));
	return {
		type: ordered(
			[...articleKinds.map((k) => t(`section.${k}`)), t('section.documents')],
			seen.type,
		),
		topic: ordered(
			catalog.topics.map((tp) => name(tp.data.name)),
			seen.topic,
		),
		unit: ordered(
			catalog.units.map((u) => name(u.data.name)),
			seen.unit,
		),
		year: [...seen.year].sort().reverse(),
	};
}
