/**
 * The consultations' windows (opening, closing, scheduled publication) as the feedback server
 * reads them: a small file the build writes beside the server's entry (`windowsFile`), not the
 * content collections. Importing `astro:content` into the server would put the whole content
 * store in its bundle: 80 MB at 5,000 articles per language, parsed by every server start and
 * bundled again by every build, for a handful of dates.
 *
 * Plain TypeScript with `.ts` specifiers: the integration that writes the file runs from the
 * config, outside Vite.
 */
import type { ConsultationWindow } from './validate.ts';

/** The file's name, in the server's output folder (`dist/server/`). */
export const windowsFile = 'consultations.json';

/** What a consultation's Vietnamese file says of its window. */
interface WindowFacts {
	id: string;
	data: {
		draft?: boolean | undefined;
		opensAt: Date;
		closesAt: Date;
		publishAt?: Date | undefined;
	};
}

/** The file's content: consultation id → instants as ISO strings. */
export type StoredWindows = Record<
	string,
	{ opensAt: string; closesAt: string; publishAt?: string }
>;

/**
 * The windows of every consultation that is not a draft. Scheduled ones are included: the server's
 * clock decides against `publishAt`, request by request (`parseFeedback`).
 */
export function storedWindows(entries: readonly WindowFacts[]): StoredWindows {
	const out: StoredWindows = {};
	for (const { id, data } of entries) {
		if (data.draft) continue;
		out[id] = {
			opensAt: data.opensAt.toISOString(),
			closesAt: data.closesAt.toISOString(),
			...(data.publishAt && { publishAt: data.publishAt.toISOString() }),
		};
	}
	return out;
}

/** The windows by id, from the stored file; a file that is not one fails, naming what is wrong. */
export function readWindows(json: string): Map<string, ConsultationWindow> {
	const parsed: unknown = JSON.parse(json);
	if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
		throw new Error(`${windowsFile}: expected an object of consultation windows`);
	const instant = (id: string, field: string, value: unknown): Date => {
		const d = typeof value === 'string' ? new Date(value) : new Date(Number.NaN);
		if (Number.isNaN(d.getTime()))
			throw new Error(
				`${windowsFile}: ${id}.${field} is not an instant (${JSON.stringify(value)})`,
			);
		return d;
	};
	return new Map(
		Object.entries(parsed as Record<string, Record<string, unknown>>).map(([id, w]) => [
			id,
			{
				opensAt: instant(id, 'opensAt', w.opensAt),
				closesAt: instant(id, 'closesAt', w.closesAt),
				publishAt: w.publishAt === undefined ? undefined : instant(id, 'publishAt', w.publishAt),
			},
		]),
	);
}

const sharedKey = Symbol.for('newsroom.feedback-windows');

/**
 * The hand-over from the catalog, loaded by the pages in Astro's bundle, to the integration that
 * writes the file (`src/integrations/feedback-windows.ts`), which runs from the config: two copies
 * of every module, one global object.
 */
export function windowsShared(): { windows?: StoredWindows } {
	const g = globalThis as { [sharedKey]?: { windows?: StoredWindows } };
	return (g[sharedKey] ??= {});
}
