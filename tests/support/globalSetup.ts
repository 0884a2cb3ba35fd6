import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { findFreePort, startEmbeddedNeo4j } from '../../src/neo4j/index.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}

/**
 * Starts a real Neo4j 5.26 for the integration tests: embedded, on a free
 * port, in a fresh temporary directory (so a running dev server is not
 * disturbed), or the one NEO4J_TEST_URI names. Tests seed it themselves.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.NEO4J_TEST_URI) {
    project.provide('neo4jUri', process.env.NEO4J_TEST_URI);
    return async () => {};
  }
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'paradiplomacy-test-'));
  const boltPort = await findFreePort();
  const neo4j = await startEmbeddedNeo4j({ dataDir, boltPort, heap: '768m' });
  project.provide('neo4jUri', neo4j.uri);
  return async () => {
    await neo4j.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
