/**
 * The site's content as pages need it. `load.ts` reads it in a build; `build.ts` holds the rules
 * (pure, tested on fixtures); `types.ts` the item types, one per kind.
 */
export { loadCatalog } from './load';
export { buildCatalog } from './build';
export { itemText, localized, ofKind, registered, versionIn } from './access';
export * from './types';
