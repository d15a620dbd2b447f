import { defineCollection, type SchemaContext } from 'astro:content';
import type { z } from 'astro/zod';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { articleGlob } from './lib/content/loader';
import { defaultLocale, localeCodes, type Locale } from './i18n/locales';
import {
	collectionName,
	documentKinds,
	kinds,
	registries,
	registryKinds,
	settings,
	settingsKinds,
	type DocumentKind,
	type RegistryKind,
	type SettingsKind,
} from './schemas/kinds';

/**
 * Astro's collections, made from the one table of kinds (`src/schemas/kinds.ts`): for each kind, a
 * collection of its Vietnamese source files (`news`) checked by the kind's full schema, and one per
 * translation locale (`news_en`) checked by its translation schema; one per registry.
 *
 * Content lives outside `src/`, in the folder layout Decap CMS writes:
 * `content/<kind>/<slug>/index.<locale>.md` with images beside it. Tests point `CONTENT_DIR` at
 * fixture trees to build them with the same code.
 */
const root = process.env.CONTENT_DIR ?? './content';

/** Id of an item: the folder name, shared by all its locale files. */
const folderId = ({ entry }: { entry: string }) => entry.slice(0, entry.indexOf('/'));

/** Id of a registry entry: its file name without extension. */
const fileId = ({ entry }: { entry: string }) => entry.replace(/\.ya?ml$/, '');

type Kinds = typeof kinds;
type TranslationLocale = Exclude<Locale, typeof defaultLocale>;

/**
 * The collections' types, spelt out so that `getCollection('policies')` returns entries typed by
 * the policy schema (building the object in a loop would leave only `Record<string, …>`).
 */
type Collections = { [K in DocumentKind]: { loader: Loader; schema: Kinds[K]['source'] } } & {
	[K in DocumentKind as `${K}_${TranslationLocale}`]: {
		loader: Loader;
		schema: Kinds[K]['translation'];
	};
} & { [R in RegistryKind]: { loader: Loader; schema: (typeof registries)[R] } } & {
	[S in SettingsKind]: { loader: Loader; schema: (typeof settings)[S] };
};

/** The collections of one kind: its source files and each locale's translations. */
function kindCollections(kind: DocumentKind) {
	return localeCodes.map((locale) => {
		// Typed loosely here: `Collections` below restates each collection's own schema type.
		const schema: z.ZodType | ((ctx: SchemaContext) => z.ZodType) =
			locale === defaultLocale ? kinds[kind].source : kinds[kind].translation;
		return [
			collectionName(kind, locale),
			defineCollection({
				// Bodies with blocks are compiled as MDX (src/lib/content/loader.ts).
				loader: articleGlob({
					base: `${root}/${kind}`,
					pattern: `*/index.${locale}.md`,
					generateId: folderId,
				}),
				schema,
			}),
		];
	});
}

export const collections = Object.fromEntries([
	...documentKinds.flatMap(kindCollections),
	...registryKinds.map((kind) => [
		kind,
		defineCollection({
			loader: glob({ base: `${root}/${kind}`, pattern: '*.{yml,yaml}', generateId: fileId }),
			schema: registries[kind],
		}),
	]),
	// One file per setting (`content/settings/identity.yml`): a collection of at most one entry.
	...settingsKinds.map((kind) => [
		kind,
		defineCollection({
			loader: glob({ base: `${root}/settings`, pattern: `${kind}.yml`, generateId: fileId }),
			schema: settings[kind],
		}),
	]),
]) as Collections;
