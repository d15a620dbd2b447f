import type { Note } from './changes';
import { localDate } from './dates';

/**
 * Whether a translation may be out of date: the one rule read by the translated page's notice, the
 * translation report (`npm run translations`) and the CMS's translation pane.
 *
 * The Vietnamese file says when it changed materially: `updated` (the last significant update) and
 * its major change notes (`changes[].major`). A translation says which Vietnamese text it renders
 * by its `translated` date. A translation lacking that date is taken to render the Vietnamese text
 * as first published (`date`): nothing proves it followed a later change, so a later change makes
 * it "may be out of date" until a translator checks it and sets `translated`. A static page has no
 * publication date: without `translated`, any `updated` makes it "may be out of date".
 *
 * Dates compare by calendar day in Vietnam (src/lib/dates.ts): a change made on the day the
 * translation is dated counts as included. A translator rarely knows the hour a text was
 * translated, and the notice names a day, never an hour.
 */

/** What the rule reads of the Vietnamese file. */
export interface SourceDates {
	/** Publication date (articles); static pages and legal documents have none. */
	date?: Date | undefined;
	/** The last significant update. */
	updated?: Date | undefined;
	/** Public change notes; only the major ones count. */
	changes?: readonly Note[] | undefined;
}

/** What the rule reads of a translation file. */
export interface TranslationDates {
	/** The day the translation last rendered the whole Vietnamese file. */
	translated?: Date | undefined;
}

/** A material change of the Vietnamese file. */
export type SourceChange =
	{ kind: 'updated'; date: Date } | { kind: 'major'; date: Date; note: string };

/** Which Vietnamese text a translation is taken to render, and how that is known. */
export type Basis =
	{ from: 'translated'; date: Date } | { from: 'published'; date: Date } | { from: 'unknown' };

/** A translation's state against its Vietnamese file. */
export type TranslationStatus =
	| { state: 'current'; basis: Basis }
	| {
			state: 'stale';
			basis: Basis;
			/** When the Vietnamese file last changed materially: what the notice names. */
			since: Date;
			/** The material changes after the basis, oldest first. */
			changes: SourceChange[];
	  };

/** The Vietnamese text a translation renders: its own date, else the publication, else unknown. */
export function basisOf(source: SourceDates, translation: TranslationDates): Basis {
	if (translation.translated) return { from: 'translated', date: translation.translated };
	if (source.date) return { from: 'published', date: source.date };
	return { from: 'unknown' };
}

/** The Vietnamese file's material changes, oldest first. */
export function sourceChanges(source: SourceDates): SourceChange[] {
	const changes: SourceChange[] = [
		...(source.updated ? [{ kind: 'updated' as const, date: source.updated }] : []),
		...(source.changes ?? [])
			.filter((n) => n.major)
			.map((n) => ({ kind: 'major' as const, date: n.date, note: n.note })),
	];
	return changes.sort(
		(a, b) => a.date.getTime() - b.date.getTime() || a.kind.localeCompare(b.kind),
	);
}

/** Whether a translation may be out of date against its Vietnamese file, and why. */
export function translationStatus(
	source: SourceDates,
	translation: TranslationDates,
): TranslationStatus {
	const basis = basisOf(source, translation);
	const day = basis.from === 'unknown' ? undefined : localDate(basis.date);
	const later = sourceChanges(source).filter((c) => day === undefined || localDate(c.date) > day);
	const last = later.at(-1);
	if (!last) return { state: 'current', basis };
	return { state: 'stale', basis, since: last.date, changes: later };
}
