import { inject } from 'vitest';
import type { AuthConfig } from '../../src/config/config.js';
import { createDriver, Database } from '../../src/db/index.js';
import { ensureSchema } from '../../src/db/ensureSchema.js';
import { loadSeedFiles } from '../../src/seed/loadSeedFiles.js';
import { seedDatabase } from '../../src/seed/seedDatabase.js';
import { createServer, type ApiServer } from '../../src/server/createServer.js';

/** A connection to the test Neo4j (see globalSetup), with the schema set up and the seed loaded. */
export async function openSeededGraph(timeoutMs = 10_000): Promise<{ db: Database; close(): Promise<void> }> {
  const driver = createDriver({ uri: inject('neo4jUri') });
  const db = new Database(driver, 'neo4j', timeoutMs);
  await ensureSchema(db);
  await seedDatabase(db, loadSeedFiles());
  return { db, close: () => driver.close() };
}

/** The API over real HTTP on a free port, on the seeded test graph. */
export async function startTestServer(
  options: { nodeEnv?: 'development' | 'production' | 'test'; maxBodyBytes?: number; auth?: AuthConfig } = {},
): Promise<{ url: string; db: Database; server: ApiServer; close(): Promise<void> }> {
  const graph = await openSeededGraph();
  const server = createServer(
    {
      host: '127.0.0.1',
      port: 0,
      nodeEnv: options.nodeEnv ?? 'test',
      maxBodyBytes: options.maxBodyBytes ?? 1024 * 1024,
      ...(options.auth ? { auth: options.auth } : {}),
    },
    graph.db,
    // TEST_SERVER_LOG=1 shows what the server logs (masked errors among it) when a test fails.
    process.env.TEST_SERVER_LOG ? console.error : () => {},
  );
  const { url } = await server.start();
  return {
    url,
    db: graph.db,
    server,
    async close() {
      await server.stop();
      await graph.close();
    },
  };
}

/** POSTs a GraphQL operation and returns the parsed JSON response and status. */
export async function postGraphQL(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
): Promise<{ status: number; body: { data?: any; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> } }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as any };
}
