/**
 * The collections of the site, declared once. `content.config.ts` builds Astro collections from
 * these lists, the route table builds pages from them, and the CMS config (issue #3) is generated
 * from them, so a collection cannot exist in one place and be missing in another.
 */

/** Dated editorial items that get listings, feeds and article pages. */
export const articleKinds = [
	'news',
	'stories',
	'policies',
	'consultations',
	'clarifications',
	'press',
] as const;
/** One of the article collections. */
export type ArticleKind = (typeof articleKinds)[number];

/** Undated pages about the Department (about, organisation, contacts). */
export const pageKind = 'pages' as const;

/**
 * The register of legal documents (Decree 42/2022/NĐ-CP): one Markdown file per document and
 * language, listed by type and year rather than by date like articles.
 */
export const documentsKind = 'documents' as const;

/**
 * Registries: data files (YAML, one per entry) edited in the CMS too: what articles point at
 * (topics, units, spokespeople), and urgent notices.
 */
export const registryKinds = ['topics', 'units', 'spokespeople', 'alerts'] as const;
/** One of the registry collections. */
export type RegistryKind = (typeof registryKinds)[number];

/** Kinds whose entries are Markdown files with one file per locale. */
export type DocumentKind = ArticleKind | typeof pageKind | typeof documentsKind;

/** Every Markdown kind, in the order the CMS lists them. */
export const documentKinds: readonly DocumentKind[] = [...articleKinds, pageKind, documentsKind];

/** Narrow a string to an article kind. */
export function isArticleKind(value: string): value is ArticleKind {
	return (articleKinds as readonly string[]).includes(value);
}
