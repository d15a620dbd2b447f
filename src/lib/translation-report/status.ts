/**
 * What the Office sends to translators: per language, the items that have no translation, those
 * whose translation may be out of date (and since when, and why) and those that are up to date.
 * Pure: the items come from `readItems` (src/lib/report/read.ts, the content read through the
 * site's schemas), the languages from the caller (`translationLocales`), so a language added to
 * `src/i18n/locales.ts` appears here with no change.
 *
 * An item counts as the site counts it: a translation exists when its file has its own title and
 * is not held back (`isTranslated`); its state is the rule of src/lib/translation-status.ts, the
 * one the translated page's notice and the CMS use. Drafts and withdrawn articles are left out
 * (nobody reads them); an item scheduled for later is in, so its translation can be ready in time.
 */
import { defaultLocale } from '~/i18n/locales';
import { itemPath, staticPagePath } from '~/lib/paths';
import type { ReportItem } from '~/lib/report/model';
import {
	translationStatus,
	type SourceDates,
	type TranslationStatus,
} from '~/lib/translation-status';
import { isTranslated } from '~/lib/translations';
import { documentKinds, pageKind, type DocumentKind } from '~/schemas/kinds';

/** A language to report on: its code and its name. */
export interface Language {
	readonly code: string;
	readonly label: string;
}

/** Why a translation counts as missing: no file, a file without a title (a CMS stub), held back. */
export type Missing = 'absent' | 'stub' | 'draft';

/** One item in one language. */
export interface StatusRow {
	readonly kind: DocumentKind;
	readonly id: string;
	/** The Vietnamese title. */
	readonly title: string;
	/** The Vietnamese page's address. */
	readonly path: string;
	/** The translation's file, relative to the content folder: to create or to update. */
	readonly file: string;
	/** Publication date (articles) or date of issue (legal documents); static pages have none. */
	readonly dated: Date | undefined;
	/** When a scheduled item goes live. */
	readonly publishAt: Date | undefined;
	/** Set for a missing translation. */
	readonly missing?: Missing;
	/** Set for an existing translation: current or stale, and why. */
	readonly status?: TranslationStatus;
}

/** One language's items, by state. */
export interface LanguageStatus {
	readonly language: Language;
	readonly missing: readonly StatusRow[];
	readonly stale: readonly StatusRow[];
	readonly current: readonly StatusRow[];
}

type Data = ReportItem['data'];

/** The dates the staleness rule reads, from a Vietnamese file of any kind. */
function sourceDates(data: Data): SourceDates {
	return {
		date: 'date' in data ? data.date : undefined,
		updated: 'updated' in data ? data.updated : undefined,
		changes: 'changes' in data ? data.changes : undefined,
	};
}

/** Whether readers can see the item: not a draft, not withdrawn. */
function shown(data: Data): boolean {
	return !data.draft && !('withdrawnAt' in data && data.withdrawnAt);
}

/** The Vietnamese page of an item. */
function pathOf(kind: DocumentKind, id: string): string {
	return kind === pageKind ? staticPagePath(defaultLocale, id) : itemPath(defaultLocale, kind, id);
}

/** Newest first, undated (static pages) last, then in the order of the kinds and by folder. */
function order(a: StatusRow, b: StatusRow): number {
	const time = (r: StatusRow) => r.dated?.getTime() ?? -Infinity;
	return (
		time(b) - time(a) ||
		documentKinds.indexOf(a.kind) - documentKinds.indexOf(b.kind) ||
		(a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
	);
}

/** One item's row in one language. */
function row(item: ReportItem, code: string): StatusRow {
	const { kind, id, data } = item;
	const base = {
		kind,
		id,
		title: data.title,
		path: pathOf(kind, id),
		file: `${kind}/${id}/index.${code}.md`,
		dated: 'date' in data ? data.date : 'issued' in data ? data.issued : undefined,
		publishAt: 'publishAt' in data ? data.publishAt : undefined,
	};
	const texts = item.translations[code];
	if (!isTranslated(texts))
		return { ...base, missing: !texts ? 'absent' : texts.draft ? 'draft' : 'stub' };
	return { ...base, status: translationStatus(sourceDates(data), texts ?? {}) };
}

/** Every language's missing, stale and up-to-date translations. */
export function translationStatusReport(
	items: readonly ReportItem[],
	languages: readonly Language[],
): LanguageStatus[] {
	const visible = items.filter((i) => shown(i.data));
	return languages.map((language) => {
		const rows = visible.map((i) => row(i, language.code)).sort(order);
		return {
			language,
			missing: rows.filter((r) => r.missing),
			stale: rows.filter((r) => r.status?.state === 'stale'),
			current: rows.filter((r) => r.status?.state === 'current'),
		};
	});
}
