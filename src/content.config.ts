import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { defaultLocale, translationLocales } from './i18n/locales';
import { documentKinds, registryKinds } from './schemas/collections';
import { documentSchemas, registrySchemas } from './schemas';
import { collectionName } from './lib/collection-names';

/**
 * Content lives outside `src/`, in the folder layout Decap CMS writes:
 * `content/<kind>/<slug>/index.<locale>.md` with images beside it. Tests point `CONTENT_DIR` at
 * fixture trees to build them with the same code.
 */
const root = process.env.CONTENT_DIR ?? './content';

/** Id of an item: the folder name, shared by all its locale files. */
const folderId = ({ entry }: { entry: string }) => entry.split('/')[0]!;

/** Id of a registry entry: its file name without extension. */
const fileId = ({ entry }: { entry: string }) => entry.replace(/\.ya?ml$/, '');

/**
 * One collection per kind and locale: the Vietnamese source files are validated strictly, the
 * translations by the lighter translation schema. See `lib/collection-names.ts` for the names.
 */
const documentCollections = Object.fromEntries(
	documentKinds.flatMap((kind) => [
		[
			collectionName(kind, defaultLocale),
			defineCollection({
				loader: glob({
					base: `${root}/${kind}`,
					pattern: `*/index.${defaultLocale}.md`,
					generateId: folderId,
				}),
				schema: documentSchemas[kind].source,
			}),
		],
		...translationLocales.map((locale) => [
			collectionName(kind, locale),
			defineCollection({
				loader: glob({
					base: `${root}/${kind}`,
					pattern: `*/index.${locale}.md`,
					generateId: folderId,
				}),
				schema: documentSchemas[kind].translation,
			}),
		]),
	]),
);

export const collections = {
	...documentCollections,
	...Object.fromEntries(
		registryKinds.map((kind) => [
			kind,
			defineCollection({
				loader: glob({ base: `${root}/${kind}`, pattern: '*.{yml,yaml}', generateId: fileId }),
				schema: registrySchemas[kind],
			}),
		]),
	),
};
