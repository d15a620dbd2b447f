/**
 * The CMS fields of every collection, in the order editors see them, with Vietnamese labels and
 * hints. Each field name is a frontmatter key of `src/schemas/`; `config.test.ts` checks that the
 * two agree (same keys, same required fields, translated fields marked `i18n: true`), so a field
 * added to a schema cannot be forgotten here.
 */
export type { CmsField } from './common';
export * from './articles';
export * from './documents';
export * from './registries';
export * from './settings';
