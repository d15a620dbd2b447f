/**
 * The admin refuses to save what the build would reject. Decap checks each field alone (required,
 * pattern); the rules between fields (a cover needs its alt text, a withdrawal its reason, a
 * consultation closes after it opens…) live in the site's zod schemas. This module runs those
 * same schemas on the entry in the browser, in a `preSave` event listener: a save that breaks a
 * rule is refused with the build's own message, naming the field, so the two cannot drift.
 */
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { defaultLocale, locales, type Locale } from '~/i18n/locales';
import { bodyProblems } from '~/lib/blocks/rules';
import {
	articleKinds,
	kinds,
	registries,
	settings,
	type DocumentKind,
	type RegistryKind,
} from '~/schemas/kinds';

/**
 * What the schemas need of Astro in the browser: `image()` takes the file name Decap stores
 * (`cover.jpg`, beside the entry), as Astro's does before resolving it.
 */
const browserContext = { image: () => z.string() } as unknown as SchemaContext;

/** One reason the build would reject the entry. */
export interface Problem {
	/** The language file at fault. */
	locale: Locale;
	/** The frontmatter key (the CMS field's name); `''` when the issue concerns the whole file. */
	field: string;
	/** The message the build gives. */
	message: string;
}

/** Frontmatter as the CMS holds it: one object per language. */
export type EntryData = Partial<Record<Locale, Record<string, unknown> | undefined>>;

const isKind = (name: string): name is DocumentKind => name in kinds;
const isRegistry = (name: string): name is RegistryKind => name in registries;

/**
 * The frontmatter of a Markdown file as `admin/format.ts` writes it: without the body Decap keeps
 * beside it, and without the empty values (`''`, `null`) it holds for fields nobody filled, which
 * the format leaves out of the file (a cleared page order is written as no order at all).
 */
function frontmatter(data: Record<string, unknown> | undefined): Record<string, unknown> {
	const { body: _body, ...rest } = data ?? {};
	return Object.fromEntries(
		Object.entries(rest).filter(([, v]) => v !== undefined && v !== null && v !== ''),
	);
}

function issues(schema: z.ZodType, data: unknown, locale: Locale): Problem[] {
	const result = schema.safeParse(data);
	if (result.success) return [];
	return result.error.issues.map((issue) => ({
		locale,
		field: typeof issue.path[0] === 'string' ? issue.path[0] : '',
		message: issue.message,
	}));
}

/**
 * What the build would say of an entry of a collection, checked with the site's schemas: the
 * Vietnamese file with the kind's source schema, each other language with its translation schema,
 * a registry file with its own. No problems: the build accepts it.
 */
export function entryProblems(collection: string, data: EntryData): Problem[] {
	if (isRegistry(collection))
		return issues(registries[collection], data[defaultLocale] ?? {}, defaultLocale);
	// The settings collection holds one file today: the identity ("Thông tin chung").
	if (collection === 'settings')
		return issues(settings.identity, data[defaultLocale] ?? {}, defaultLocale);
	if (!isKind(collection)) return [];
	const kind = kinds[collection];
	const translations = (Object.keys(locales) as Locale[]).filter(
		(l) => l !== defaultLocale && data[l] !== undefined,
	);
	return [
		...issues(kind.source(browserContext), frontmatter(data[defaultLocale]), defaultLocale),
		...translations.flatMap((l) => issues(kind.translation, frontmatter(data[l]), l)),
		// The blocks of an article's body in every language, as the build's MDX guard checks them.
		...((articleKinds as readonly string[]).includes(collection)
			? [defaultLocale as Locale, ...translations].flatMap((l) => blockIssues(data[l]?.body, l))
			: []),
	];
}

/** The problems of a body's blocks (src/lib/blocks/rules.ts), as problems of the body field. */
function blockIssues(body: unknown, locale: Locale): Problem[] {
	if (typeof body !== 'string') return [];
	return bodyProblems(body).map(({ message }) => ({ locale, field: 'body', message }));
}

/** Labels of a collection's fields, by name, as the CMS shows them. */
export type FieldLabels = Record<string, string>;

/**
 * The message an editor reads: one line per problem, naming the field as the form labels it (and
 * its key, which the build's message quotes), and the language pane when it is not Vietnamese.
 */
export function problemsMessage(problems: Problem[], labels: FieldLabels = {}): string {
	return problems
		.map(({ locale, field, message }) => {
			const pane = locale === defaultLocale ? '' : ` (${locales[locale].label})`;
			const name = field ? `«${labels[field] ?? field}»${pane}: ` : pane ? `${pane.trim()}: ` : '';
			return `${name}${message}`;
		})
		.join('\n');
}

/** A refused save. Decap shows `String(error)` in its toast: the message alone, without "Error:". */
export class RefusedSave extends Error {
	override toString() {
		return this.message;
	}
}

/** Decap's view of the entry being saved (an Immutable.js map). */
interface EntryMap {
	get(key: 'collection'): string;
	getIn(path: string[]): { toJS(): Record<string, unknown> } | undefined;
}

/** The part of Decap's API this module uses. */
export interface CmsEvents {
	registerEventListener(listener: {
		name: 'preSave';
		handler: (event: { entry: EntryMap }) => unknown;
	}): void;
}

/** The collections of the config `CMS.init` receives: the field labels shown in messages. */
interface ConfigCollections {
	collections: {
		name: string;
		/** A folder collection's fields; a files collection (settings) has them per file. */
		fields?: { name: string; label: string }[];
		files?: { fields: { name: string; label: string }[] }[];
	}[];
}

/** Refuse, before anything is written, a save the build would reject. */
export function registerValidation(cms: CmsEvents, config: ConfigCollections) {
	const labels = new Map(
		config.collections.map((c) => [
			c.name,
			Object.fromEntries(
				(c.fields ?? c.files?.flatMap((f) => f.fields) ?? []).map((f) => [f.name, f.label]),
			) as FieldLabels,
		]),
	);
	cms.registerEventListener({
		name: 'preSave',
		handler: ({ entry }) => {
			const collection = entry.get('collection');
			const data: EntryData = { [defaultLocale]: entry.getIn(['data'])?.toJS() };
			for (const locale of Object.keys(locales) as Locale[])
				if (locale !== defaultLocale) data[locale] = entry.getIn(['i18n', locale, 'data'])?.toJS();
			const problems = entryProblems(collection, data);
			// Decap shows it after its own "could not save the entry:" (ui.toast.onFailToPersist).
			if (problems.length)
				throw new RefusedSave(
					`${problems.length > 1 ? `${problems.length} lỗi:\n` : ''}${problemsMessage(problems, labels.get(collection))}`,
				);
			// undefined: the entry is saved as it is.
			return undefined;
		},
	});
}
