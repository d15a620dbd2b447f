/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/** Only the checks of the real content, for the CI of content pull requests (`npm run check:content`). */
const contentChecks = {
	extends: true,
	test: {
		name: 'content',
		include: [
			'tests/build/invariants.test.ts',
			'tests/build/links.test.ts',
			'tests/browser/a11y.test.ts',
			'tests/browser/csp.test.ts',
		],
		globalSetup: ['tests/content/global-setup.ts'],
		hookTimeout: 900_000,
		testTimeout: 60_000,
	},
};

const everything = [
	// Pure helpers, tested beside their code.
	{
		extends: true,
		test: {
			name: 'unit',
			include: ['src/**/*.test.ts', 'admin/**/*.test.ts', 'scripts/**/*.test.ts'],
		},
	},
	// Tests of the built HTML: the global setup builds the site, the fixtures and the bad-content matrix once.
	{
		extends: true,
		test: {
			name: 'build',
			include: ['tests/build/**/*.test.ts'],
			globalSetup: ['tests/build/global-setup.ts'],
			hookTimeout: 900_000,
		},
	},
	// The real CMS in Chromium against a real git repository (tests/e2e/cms.test.ts).
	{
		extends: true,
		test: {
			name: 'e2e',
			include: ['tests/e2e/**/*.test.ts'],
			testTimeout: 180_000,
			hookTimeout: 300_000,
		},
	},
	// Search, accessibility, CSP and sharing in headless Chromium, on the built real site.
	{
		extends: true,
		test: {
			name: 'browser',
			include: ['tests/browser/**/*.test.ts'],
			globalSetup: ['tests/browser/global-setup.ts'],
			hookTimeout: 900_000,
			testTimeout: 60_000,
		},
	},
	// What takes the site live and keeps it up: deploys into release folders, Debian's nginx serving
	// a release, scheduled publishing, and the feedback server under load, kill -9 and backup.
	{
		extends: true,
		test: {
			name: 'ops',
			include: ['tests/ops/**/*.test.ts'],
			testTimeout: 300_000,
			hookTimeout: 900_000,
		},
	},
];

// Astro's Vite config lets tests import modules that use `astro:*` and the project's aliases.
export default getViteConfig({
	test: {
		environment: 'node',
		reporters: ['default', './tests/support/summary-reporter.ts'],
		// One test file at a time: builds and two browsers at once overload a two-core machine and
		// make the browser tests flaky; the suite is I/O- and browser-bound, not CPU-parallel.
		fileParallelism: false,
		projects: process.env.CONTENT_CHECK ? [contentChecks] : everything,
	},
});
