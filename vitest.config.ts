/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config lets tests import modules that use `astro:*` and the project's aliases.
export default getViteConfig({
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    // The build-output tests build the site once (tests/build/global-setup.ts); builds take a while
    // on two cores.
    globalSetup: ['tests/build/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 600_000,
  },
});
