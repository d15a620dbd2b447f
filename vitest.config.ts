/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config lets tests import modules that use `astro:*` and the project's aliases.
export default getViteConfig({
  test: {
    environment: 'node',
    reporters: ['default', './tests/support/summary-reporter.ts'],
    // One test file at a time: builds and two browsers at once overload a two-core machine and
    // make the browser tests flaky; the suite is I/O- and browser-bound, not CPU-parallel.
    fileParallelism: false,
    projects: [
      // Pure helpers, tested beside their code.
      { extends: true, test: { name: 'unit', include: ['src/**/*.test.ts', 'admin/**/*.test.ts', 'scripts/**/*.test.ts'] } },
      // Tests of the built HTML: the global setup builds the site and the fixtures once.
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
      { extends: true, test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], testTimeout: 180_000, hookTimeout: 300_000 } },
      // Search in headless Chromium through Pagefind's own JS, on the built real site.
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
    ],
  },
});
