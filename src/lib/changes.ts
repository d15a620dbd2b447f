/**
 * Public change notes of an article. Each language file keeps its own notes; a translation that
 * has none shows the Vietnamese file's, marked as Vietnamese, so an English reader still learns
 * that the article changed. Oldest first, as a history reads.
 */
export interface Note {
	date: Date;
	note: string;
	major: boolean;
}

export function publicChanges<L extends string>(
	own: readonly Note[] | undefined,
	source: readonly Note[] | undefined,
	locale: L,
	sourceLocale: L,
): { notes: Note[]; locale: L } {
	const byDate = (notes: readonly Note[]) =>
		[...notes].sort((a, b) => a.date.getTime() - b.date.getTime());
	if (own && own.length > 0) return { notes: byDate(own), locale };
	return { notes: byDate(source ?? []), locale: sourceLocale };
}

/** The newest major change, which feeds announce. */
export function latestMajor(notes: readonly Note[] | undefined): Note | undefined {
	return [...(notes ?? [])]
		.filter((n) => n.major)
		.sort((a, b) => b.date.getTime() - a.date.getTime())[0];
}
