/**
 * js-yaml is Astro's YAML parser (a dependency of `astro` and of `@astrojs/internal-helpers`),
 * which ships no types of its own; the report calls only `load`, as Astro's data entry type does.
 */
declare module 'js-yaml' {
	/** One YAML document with the default schema (timestamps become `Date`s); throws on bad YAML. */
	export function load(text: string, options?: { filename?: string }): unknown;
}
