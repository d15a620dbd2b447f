import { localYear } from './dates';
import type { Locale } from '~/i18n/locales';
import { documentTypes, type DocumentType } from '~/schemas/documents';

/**
 * The legal documents register's filters: by type and by year of issue, as static pages
 * (`/van-ban/loai/thong-tu/nam/2026/`) so they work without JavaScript on any phone. Only
 * combinations that list at least one document get a page.
 */

/**
 * URL slug of each type per locale: Vietnamese ids as stored, words of the language elsewhere. A
 * new locale without its slugs is a type error here.
 */
export const documentTypeSlugs: Record<Locale, Record<DocumentType, string>> = {
	vi: Object.fromEntries(documentTypes.map((t) => [t, t])) as Record<DocumentType, string>,
	en: {
		luat: 'law',
		'nghi-dinh': 'decree',
		'thong-tu': 'circular',
		'nghi-quyet': 'resolution',
		'quyet-dinh': 'decision',
		'chi-thi': 'directive',
		'ke-hoach': 'plan',
		'huong-dan': 'guidance',
		'cong-van': 'official-letter',
		'thong-bao': 'notice',
	},
	// Romanized Korean, like the Korean segments (src/i18n/locales.ts).
	ko: {
		luat: 'beomnyul',
		'nghi-dinh': 'sihaengnyeong',
		'thong-tu': 'sihaeng-gyuchik',
		'nghi-quyet': 'gyeorui',
		'quyet-dinh': 'gyeoljeong',
		'chi-thi': 'jisi',
		'ke-hoach': 'gyehoek',
		'huong-dan': 'jichim',
		'cong-van': 'gongmun',
		'thong-bao': 'gonggo',
	},
};

/** A filter of the register: by type, by year, both or neither. */
export interface DocumentFilter {
	type?: DocumentType | undefined;
	year?: number | undefined;
}

/** What a document needs for filtering. */
export interface Filterable {
	data: { docType: DocumentType; issued: Date };
}

/** Does a document pass the filter? */
export function matches(doc: Filterable, filter: DocumentFilter): boolean {
	return (
		(!filter.type || doc.data.docType === filter.type) &&
		(!filter.year || localYear(doc.data.issued) === filter.year)
	);
}

/** Types present in a list, in the register's order, with their counts. */
export function typeCounts(docs: readonly Filterable[]): { type: DocumentType; count: number }[] {
	return documentTypes
		.map((type) => ({ type, count: docs.filter((d) => d.data.docType === type).length }))
		.filter((c) => c.count > 0);
}

/** Years present in a list (Vietnam time), newest first, with their counts. */
export function yearCounts(docs: readonly Filterable[]): { year: number; count: number }[] {
	const counts = new Map<number, number>();
	for (const d of docs)
		counts.set(localYear(d.data.issued), (counts.get(localYear(d.data.issued)) ?? 0) + 1);
	return [...counts].sort((a, b) => b[0] - a[0]).map(([year, count]) => ({ year, count }));
}

/** Every filter that lists at least one document: none, each type, each year, each type × year. */
export function usedFilters(docs: readonly Filterable[]): DocumentFilter[] {
	const filters: DocumentFilter[] = [{}];
	for (const { type } of typeCounts(docs)) filters.push({ type });
	for (const { year } of yearCounts(docs)) filters.push({ year });
	for (const { type } of typeCounts(docs))
		for (const { year } of yearCounts(docs.filter((d) => d.data.docType === type)))
			filters.push({ type, year });
	return filters;
}
