import { defaultLocale, locales, type Locale } from '~/i18n/locales';
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

/** One choice of a search filter; `lang` where the name is another language's (a fallback). */
export interface FacetOption {
	value: string;
	lang?: string | undefined;
}

/**
 * Every value a filter can take in a locale, in a reader's order: types as in the menu, topics
 * and units as in their registries, years newest first. A topic or unit without a name in the
 * locale keeps its Vietnamese name, marked as Vietnamese for screen readers (WCAG 3.1.2).
 */
export function facetOptions(catalog: Catalog, locale: Locale): Record<FacetKey, FacetOption[]> {
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
	const name = (values: Partial<Record<Locale, string | undefined>>): FacetOption => {
		const picked = pickLocalized(values, locale, defaultLocale);
		return {
			value: picked.text,
			...(picked.locale !== locale && { lang: locales[picked.locale].lang }),
		};
	};
	const plain = (value: string): FacetOption => ({ value });
	const ordered = (all: FacetOption[], present: Set<string>) => {
		const unique = new Map(all.map((o) => [o.value, o]));
		return [...unique.values()].filter((o) => present.has(o.value));
	};
	return {
		type: ordered(
			[...articleKinds.map((k) => t(`section.${k}`)), t('section.documents')].map(plain),
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
		year: [...seen.year].sort().reverse().map(plain),
	};
}
