/**
 * What the activity report counts (and the translation status report reads), in the content
 * schemas' own types (`src/schemas/kinds.ts`): an item is its Vietnamese file's data as its kind's
 * schema outputs it, so the reports have no model of their own to drift from the site's.
 */
import {
	articleKinds,
	type ArticleKind,
	type DocumentKind,
	type RegistryData,
	type SourceData,
} from '~/schemas/kinds';
import type { TranslationData } from '~/lib/translations';
import type { TranslationDates } from '~/lib/translation-status';

/**
 * The committee's order of the article kinds (the CMS lists them in another). Checked against the
 * table of kinds: a kind the table gains and this list lacks fails `astro check` below.
 */
const order = [
	'news',
	'stories',
	'policies',
	'press',
	'clarifications',
	'consultations',
] as const satisfies readonly ArticleKind[];

type Unplaced = Exclude<ArticleKind, (typeof order)[number]>;
/** `true` only when every article kind has its place in `order`; otherwise names the missing kinds. */
export const everyKindPlaced: [Unplaced] extends [never] ? true : Unplaced = true;

/** The article kinds (group `article` in the table of kinds), in the order the report lists them. */
export const reportKinds: readonly ArticleKind[] = articleKinds.toSorted(
	(a, b) => order.indexOf(a) - order.indexOf(b),
);

/** An item of a Markdown kind as the reader reads it: its files, checked by its kind's schemas. */
export interface ReportItem<K extends DocumentKind = DocumentKind> {
	readonly kind: K;
	/** Folder name: the item's id and Vietnamese URL slug. */
	readonly id: string;
	/** The Vietnamese file's frontmatter, as the kind's schema outputs it. */
	readonly data: SourceData<K>;
	/**
	 * Its translation files in the site's languages, by locale, as the translation schema outputs
	 * them: real translations and untranslated stubs alike (`isTranslated` tells them apart).
	 */
	readonly translations: Readonly<Partial<Record<string, TranslationData & TranslationDates>>>;
}

/** An article as the report reads it. */
export type ReportArticle<K extends ArticleKind = ArticleKind> = ReportItem<K>;

/** An entry of the legal documents register. */
export interface ReportDocument {
	/** Folder name. */
	readonly id: string;
	readonly data: SourceData<'documents'>;
}

/** An urgent notice (banner). */
export interface ReportAlert {
	/** File name without extension. */
	readonly id: string;
	readonly data: RegistryData<'alerts'>;
}

/** One response to a consultation, from the response database. */
export interface ConsultationResponse {
	/** Slug of the consultation. */
	readonly consultation: string;
	readonly group: string;
	readonly receivedAt: Date;
}

/** Everything the figures are computed from. */
export interface ReportInput {
	/** Every article whose Vietnamese file passes its schema, drafts included. */
	readonly items: readonly ReportArticle[];
	readonly documents: readonly ReportDocument[];
	readonly alerts: readonly ReportAlert[];
	/** Vietnamese names of topics and units by id. */
	readonly topics: Readonly<Record<string, string>>;
	readonly units: Readonly<Record<string, string>>;
	/** Responses, or null when there is no response database. */
	readonly responses: readonly ConsultationResponse[] | null;
	/** Files or rows that could not be counted, with why (shown in the report, never silently dropped). */
	readonly problems: readonly string[];
}
