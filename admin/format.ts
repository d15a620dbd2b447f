import { parse, stringify } from 'yaml';

/**
 * The file format the CMS reads and writes: Markdown with YAML front matter, like Decap's own
 * `frontmatter` format, with one difference that matters for review through git: a locale file
 * whose content the editor did not change is written back byte for byte as it was read.
 *
 * Decap writes every locale file of an entry on each save and re-serialises them (quoting,
 * folding long lines, list style), so fixing a typo in the English text would otherwise rewrite
 * the Vietnamese file too, and reviewers would see changes nobody made.
 */

/** Name under which the format is registered (`CMS.registerCustomFormat`) and used in the config. */
export const formatName = 'frontmatter-preserving';

type Entry = Record<string, unknown> & { body?: string };

const fence = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** A stable key for entry data: JSON with sorted object keys. */
export function canonical(value: unknown): string {
	return JSON.stringify(value, (_key, v: unknown) =>
		v && typeof v === 'object' && !Array.isArray(v)
			? Object.fromEntries(
					Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
				)
			: v,
	);
}

/** Drop empty values the CMS adds for fields an editor never filled. */
function withoutEmpty(data: Entry): Entry {
	return Object.fromEntries(
		Object.entries(data).filter(([, v]) => v !== undefined && v !== null && v !== ''),
	) as Entry;
}

/** Parse a Markdown file into Decap's entry shape: front matter fields plus `body`. */
export function parseFile(text: string): Entry {
	const match = fence.exec(text);
	if (!match) return { body: text };
	const data = (parse(match[1]!) ?? {}) as Entry;
	return { ...data, body: text.slice(match[0].length) };
}

/** Write an entry as Markdown with YAML front matter, in the order of `sortedKeys`. */
export function stringifyFile(entry: Entry, sortedKeys: string[] = []): string {
	const { body = '', ...data } = withoutEmpty(entry);
	const keys = [
		...sortedKeys.filter((k) => k in data),
		...Object.keys(data).filter((k) => !sortedKeys.includes(k)),
	];
	const ordered = Object.fromEntries(keys.map((k) => [k, data[k]]));
	// lineWidth 0: never fold a long summary across lines, so a diff shows the sentence that changed.
	const yaml = keys.length ? stringify(ordered, { lineWidth: 0 }) : '';
	return `---\n${yaml}---\n${body}`;
}

/** A Decap custom format that remembers what it read, to write unchanged files back unchanged. */
export function preservingFormat() {
	const read = new Map<string, string>();
	return {
		fromFile(text: string): Entry {
			const entry = parseFile(text);
			read.set(canonical(withoutEmpty(entry)), text);
			return entry;
		},
		toFile(entry: Entry, sortedKeys?: string[]): string {
			return read.get(canonical(withoutEmpty(entry))) ?? stringifyFile(entry, sortedKeys);
		},
	};
}
