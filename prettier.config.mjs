// @ts-check
/**
 * The Astro organisation's Prettier settings (withastro/astro and withastro/starlight), so code
 * copied from Astro's docs looks native. `npm run format` writes, `npm run format:check` (part of
 * `npm test`) fails on anything unformatted. Content is left as the CMS writes it (.prettierignore).
 * @type {import('prettier').Config}
 */
export default {
	printWidth: 100,
	semi: true,
	singleQuote: true,
	tabWidth: 2,
	trailingComma: 'all',
	useTabs: true,
	plugins: ['prettier-plugin-astro'],
	overrides: [
		{ files: ['*.astro'], options: { parser: 'astro' } },
		{ files: ['*.json', '*.yml', '*.yaml'], options: { useTabs: false } },
	],
};
