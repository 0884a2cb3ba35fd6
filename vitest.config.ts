import { defineConfig } from 'vitest/config';

/**
 * Test tiers (README, "Tests"):
 * - unit: beside the code (src/**\/*.test.ts, bench/**\/*.test.ts), no database; includes the
 *   Cypher-shape snapshots and the printed-schema snapshot;
 * - integration: tests/**\/*.test.ts against a real Neo4j 5.26 that
 *   tests/support/globalSetup.ts starts (embedded, free port, temp dir),
 *   files run one at a time to stay within a 2-core machine.
 */
export default defineConfig({
  resolve: {
    // graphql 16 ships ESM (index.mjs) and CJS builds; Vite would pick the ESM one while
    // @graphql-tools loads the CJS one, and graphql-js refuses types from "another realm".
    // Node (npm start) resolves the CJS build for both; tests do the same.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'bench/**/*.test.ts'],
          exclude: ['src/neo4j/**'],
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/**/*.test.ts', 'src/neo4j/**/*.test.ts'],
          // Browser tests need Chromium and a built web/; they have their own config (npm run test:browser).
          exclude: ['tests/browser/**'],
          globalSetup: ['tests/support/globalSetup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
