/**
 * A query that runs past the transaction timeout (QUERY_TIMEOUT_MS) is
 * stopped by Neo4j and answered with code TIMEOUT; its transaction is gone
 * (SHOW TRANSACTIONS lists nothing of it) and the server answers the next
 * request. The heavy query needs a graph where it really is heavy, so this
 * file starts its own Neo4j (the shared test graph is small and stays
 * untouched): a layered graph whose two ends are joined by 25^5 ≈ 9.8 million
 * shortest paths, which `paths(mode: ALL_SHORTEST)` has to enumerate.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver, Database } from '../../src/db/index.js';
import { findFreePort, startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/neo4j/index.js';
import { createServer, type ApiServer } from '../../src/server/createServer.js';
import { post } from './securityKit.js';

const TIMEOUT_MS = 300;
const WIDTH = 25;
const LAYERS = 5;

const dir = mkdtempSync(path.join(os.tmpdir(), 'timeout-test-'));
let neo4j: EmbeddedNeo4j;
let driver: ReturnType<typeof createDriver>;
let server: ApiServer;
let url: string;
const errors: unknown[] = [];

beforeAll(async () => {
  neo4j = await startEmbeddedNeo4j({ dataDir: path.join(dir, 'neo4j'), boltPort: await findFreePort(), heap: '512m' });
  driver = createDriver({ uri: neo4j.uri });
  // person:from -> WIDTH nodes per layer, each layer fully linked to the next -> person:to (LAYERS + 1 hops).
  await new Database(driver, 'neo4j', 60_000).executeWriteAll([
    {
      cypher: `CREATE (:Entity:Person {id: 'person:from', name: 'From'}), (:Entity:Person {id: 'person:to', name: 'To'})
WITH 1 AS one
UNWIND range(1, $layers) AS layer
UNWIND range(1, $width) AS i
CREATE (:Entity:Person {id: 'person:l' + layer + '-' + i, name: 'L' + layer + ' ' + i, layer: layer})`,
      params: { layers: LAYERS, width: WIDTH },
    },
    {
      cypher: `MATCH (a:Person), (b:Person) WHERE b.layer = a.layer + 1 CREATE (a)-[:KNOWS {id: a.id + '>' + b.id}]->(b)`,
      params: {},
    },
    {
      cypher: `MATCH (f:Person {id: 'person:from'}), (n:Person {layer: 1}) CREATE (f)-[:KNOWS {id: f.id + '>' + n.id}]->(n)`,
      params: {},
    },
    {
      cypher: `MATCH (n:Person {layer: $layers}), (t:Person {id: 'person:to'}) CREATE (n)-[:KNOWS {id: n.id + '>' + t.id}]->(t)`,
      params: { layers: LAYERS },
    },
  ]);
  server = createServer({ host: '127.0.0.1', port: 0, nodeEnv: 'production', maxBodyBytes: 1 << 20 }, new Database(driver, 'neo4j', TIMEOUT_MS), (m, e) =>
    errors.push({ m, e }),
  );
  ({ url } = await server.start());
}, 300_000);

afterAll(async () => {
  await server?.stop();
  await driver?.close();
  await neo4j?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** Transactions running now, apart from the SHOW TRANSACTIONS itself. */
async function otherTransactions(): Promise<string[]> {
  const session = driver.session();
  try {
    const result = await session.run('SHOW TRANSACTIONS YIELD currentQuery WHERE NOT currentQuery STARTS WITH "SHOW TRANSACTIONS" RETURN currentQuery');
    return result.records.map((r) => String(r.get('currentQuery')));
  } finally {
    await session.close();
  }
}

describe(`a query past QUERY_TIMEOUT_MS (${TIMEOUT_MS} ms here)`, () => {
  it('the graph is as built: 2 + 125 nodes, adjacent layers fully linked', async () => {
    const session = driver.session();
    try {
      const result = await session.run('MATCH (n:Entity) WITH count(n) AS nodes MATCH ()-[r:KNOWS]->() RETURN nodes, count(r) AS rels');
      expect(Number(result.records[0]!.get('nodes'))).toBe(2 + LAYERS * WIDTH);
      expect(Number(result.records[0]!.get('rels'))).toBe(2 * WIDTH + (LAYERS - 1) * WIDTH * WIDTH);
    } finally {
      await session.close();
    }
  });

  it('is stopped and answered with TIMEOUT; its transaction is gone; the next requests are answered', async () => {
    const heavy = await post(url, {
      query: '{ paths(from: "person:from", to: "person:to", maxHops: 6, first: 50, mode: ALL_SHORTEST) { length } }',
    });
    expect(heavy.status).toBe(200);
    expect(heavy.body.data).toBeNull();
    expect(heavy.body.errors).toEqual([
      {
        message: `The query took longer than ${TIMEOUT_MS} ms and was stopped; narrow it (fewer ids, smaller depth or limit).`,
        locations: [{ line: 1, column: 3 }],
        path: ['paths'],
        extensions: { code: 'TIMEOUT' },
      },
    ]);
    expect(errors).toEqual([]);

    // Neo4j has terminated and rolled back the transaction (it may take a moment to disappear from the list).
    let running = await otherTransactions();
    for (let i = 0; i < 50 && running.length > 0; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      running = await otherTransactions();
    }
    expect(running).toEqual([]);

    // The same server answers: a light query through the same database, and /health.
    const light = await post(url, { query: '{ paths(from: "person:from", to: "person:l1-1", maxHops: 1) { length nodes { id } } }' });
    expect(light.body).toEqual({ data: { paths: [{ length: 1, nodes: [{ id: 'person:from' }, { id: 'person:l1-1' }] }] } });
    const health = await fetch(new URL('/health', url));
    expect(health.status).toBe(200);
  });
});
