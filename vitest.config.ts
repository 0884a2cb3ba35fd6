import { defineConfig } from 'vitest/config';

/**
 * Test tiers (README, "Tests"):
 * - unit: beside the code (src/**\/*.test.ts), no database; includes the
 *   Cypher-shape snapshots and the printed-schema snapshot;
 * - integration: tests/**\/*.test.ts against a real Neo4j 5.26 that
 *   tests/support/globalSetup.ts starts (embedded, free port, temp dir),
 *   files run one at a time to stay within a 2-core machine.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts'],
          exclude: ['src/neo4j/**'],
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/**/*.test.ts', 'src/neo4j/**/*.test.ts'],
          globalSetup: ['tests/support/globalSetup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
