/**
 * A content file read the way Astro reads it, in plain Node: the same parser, then the same schema
 * (`src/schemas/kinds.ts`). The activity report reads through this module, so it and the site
 * cannot disagree on what a file says (a date-time without an offset, a draft, an empty
 * translation).
 *
 * - Markdown: Astro's glob loader takes the frontmatter with `parseFrontmatter` from
 *   `@astrojs/internal-helpers/frontmatter` (js-yaml's `load` with its default schema, which turns
 *   YAML timestamps into `Date`s); the report imports that very module (Astro's own dependency,
 *   `parse.test.ts` checks it is the copy Astro resolves).
 * - YAML registries: Astro's data entry type calls js-yaml's `load` on the whole file; so does
 *   this module, with the same copy of js-yaml.
 */
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { load } from 'js-yaml';

/**
 * The schemas' context outside a build. In a build `image()` resolves the file beside the entry to
 * image metadata; the report never reads images, so here it accepts the file name as written,
 * which is also what Astro's content layer itself passes before resolving it
 * (`image: () => z.string().transform(…)`).
 */
export const nodeSchemaContext: SchemaContext = {
	image: () => {
		const fileName: z.ZodType = z.string();
		// Astro types `image()` as the metadata object a build makes of it; outside a build the
		// value is the file name, and nothing in the report reads it.
		return fileName as ReturnType<SchemaContext['image']>;
	},
};

/** The frontmatter of a Markdown file as Astro hands it to the schema (`{}` when there is none). */
export function markdownData(text: string): unknown {
	return parseFrontmatter(text).frontmatter;
}

/** A YAML data file (a registry entry) as Astro hands it to the schema. */
export function yamlData(text: string, filename: string): unknown {
	return load(text, { filename });
}

/** What is wrong with a file: the field (empty for the whole file) and the message. */
export interface Issue {
	readonly field: string;
	readonly message: string;
}

/** The schema's output, or what is wrong: the file's YAML or each field the schema rejects. */
export type Checked<T> =
	| { readonly ok: true; readonly data: T }
	| { readonly ok: false; readonly issues: readonly Issue[] };

/** Parse a file's text with `read` and check the result with `schema`, as a build would. */
export function check<T>(schema: z.ZodType<T>, read: () => unknown): Checked<T> {
	let raw: unknown;
	try {
		raw = read();
	} catch (error) {
		// A YAML error fails the build with js-yaml's message (line and column included).
		const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
		return {
			ok: false,
			issues: [{ field: '', message: `YAML không hợp lệ: ${message} (invalid YAML)` }],
		};
	}
	const result = schema.safeParse(raw);
	if (result.success) return { ok: true, data: result.data };
	return {
		ok: false,
		issues: result.error.issues.map((i) => ({
			field: i.path.map(String).join('.'),
			message: i.message,
		})),
	};
}

/**
 * One line of the report's "notes on the figures" for a file: the file, each field with its
 * message (as the build would print them), and what the report did about it.
 */
export function describeIssues(
	file: string,
	issues: readonly Issue[],
	consequence: string,
): string {
	const details = issues.map((i) => (i.field ? `${i.field}: ${i.message}` : i.message));
	return `${file}: ${details.join('; ')} — ${consequence}`;
}
