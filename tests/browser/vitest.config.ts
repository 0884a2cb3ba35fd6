import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests in a real browser (issue #5): Debian's Chromium
 * (/usr/bin/chromium, `apt-get install -y chromium`) driven by playwright-core
 * against the real API server on the seeded test Neo4j (tests/support). The
 * server serves web/dist, so build it first (`npm run build:web`, which
 * `npm install` runs). Screenshots of every step go to test-artifacts/browser/.
 *
 *   npm run test:browser
 */
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  resolve: {
    // As in the root vitest.config.ts: one graphql-js realm (the CJS build) for the server under test.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    name: 'browser',
    include: ['tests/browser/**/*.test.ts'],
    globalSetup: ['tests/support/globalSetup.ts'],
    // One Chromium and one server at a time on a 2-core machine.
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 300_000,
  },
});
