/**
 * A read that runs past the transaction timeout (QUERY_TIMEOUT_MS) is
 * answered with code TIMEOUT no later than READ_DEADLINE_GRACE_MS after it,
 * even when Neo4j is slow to stop it; its transaction goes (SHOW
 * TRANSACTIONS lists nothing of it) and the server answers meanwhile and
 * after. The heavy query needs a graph where it really is heavy, so this
 * file starts its own Neo4j (the shared test graph is small and stays
 * untouched). Its two ends are joined by one path, through a hub; the hub is
 * linked to every node of a clique whose pairs are each joined by several
 * relationships. `paths(first: 50)` finds the one shortest path, then looks
 * for 49 longer ones: Neo4j's `SHORTEST k` search walks every trail of up to
 * 6 hops that leaves the hub into the clique and comes back (about 2 million
 * here), and each of them repeats the hub, so none is a path. That search
 * only notices its termination when it is done, which is why the API has a
 * deadline of its own for reads.
 *
 * The first test checks that this really runs past ten times the timeout
 * through the driver, so a faster search in a later Neo4j or a later
 * pathsBetween fails that check by name instead of making this test pass or
 * fail by chance (a layered graph with 9.8 million shortest paths, used
 * before, stopped being heavy once the minimal paths came from
 * allShortestPaths, which stops at 50).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pathsBetween } from '../../src/cypher/pathsBetween.js';
import { createDriver, Database, READ_DEADLINE_GRACE_MS } from '../../src/db/index.js';
import { findFreePort, startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/neo4j/index.js';
import { createServer, type ApiServer } from '../../src/server/createServer.js';
import { post } from './securityKit.js';

const TIMEOUT_MS = 300;
const CLIQUE = 44;
const PARALLEL = 5;
const HEAVY = '{ paths(from: "person:from", to: "person:to", maxHops: 6, first: 50) { length } }';

const dir = mkdtempSync(path.join(os.tmpdir(), 'timeout-test-'));
let neo4j: EmbeddedNeo4j;
let driver: ReturnType<typeof createDriver>;
let server: ApiServer;
let url: string;
const errors: unknown[] = [];

beforeAll(async () => {
  neo4j = await startEmbeddedNeo4j({ dataDir: path.join(dir, 'neo4j'), boltPort: await findFreePort(), heap: '1g' });
  driver = createDriver({ uri: neo4j.uri });
  // person:from - person:hub - person:to, the hub linked to CLIQUE nodes, each pair of them joined PARALLEL times.
  await new Database(driver, 'neo4j', 60_000).executeWriteAll([
    {
      cypher: `CREATE (f:Entity:Person {id: 'person:from', name: 'From'}), (h:Entity:Person {id: 'person:hub', name: 'Hub'}),
       (t:Entity:Person {id: 'person:to', name: 'To'}),
       (f)-[:KNOWS {id: 'from>hub'}]->(h), (h)-[:KNOWS {id: 'hub>to'}]->(t)
WITH h
UNWIND range(1, $clique) AS i
CREATE (c:Entity:Person {id: 'person:c' + i, name: 'C' + i, clique: true})
CREATE (h)-[:KNOWS {id: 'hub>' + c.id}]->(c)`,
      params: { clique: CLIQUE },
    },
    {
      cypher: `MATCH (a:Person {clique: true}), (b:Person {clique: true}) WHERE a.id < b.id
UNWIND range(1, $parallel) AS k
CREATE (a)-[:KNOWS {id: a.id + '>' + b.id + '#' + k}]->(b)`,
      params: { parallel: PARALLEL },
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
  it(`the graph is as built, and the heavy query runs past ${10 * TIMEOUT_MS} ms through the driver`, { timeout: 120_000 }, async () => {
    const session = driver.session();
    try {
      const result = await session.run('MATCH (n:Entity) WITH count(n) AS nodes MATCH ()-[r:KNOWS]->() RETURN nodes, count(r) AS rels');
      expect(Number(result.records[0]!.get('nodes'))).toBe(3 + CLIQUE);
      expect(Number(result.records[0]!.get('rels'))).toBe(2 + CLIQUE + (PARALLEL * CLIQUE * (CLIQUE - 1)) / 2);
    } finally {
      await session.close();
    }
    // The same Cypher the API runs, with ten times the API's timeout: it must still be stopped.
    const query = pathsBetween('person:from', 'person:to', 6, null, 50);
    const probe = driver.session({ defaultAccessMode: 'READ' });
    try {
      await expect(probe.run(query.cypher, query.params, { timeout: 10 * TIMEOUT_MS })).rejects.toMatchObject({
        code: 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
      });
    } finally {
      await probe.close();
    }
  });

  it(`is answered TIMEOUT by ${TIMEOUT_MS} + ${READ_DEADLINE_GRACE_MS} ms while Neo4j still runs it; the server answers meanwhile; the transaction goes`, async () => {
    const heavy = await post(url, { query: HEAVY });
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

    // The answer came at the API's deadline, not when Neo4j let go: the search (which runs past
    // ten times the timeout, as the first test shows) is still listed, terminated but not yet ended.
    expect(await otherTransactions()).toEqual([expect.stringContaining('SHORTEST 50')]);
    const busy = await fetch(new URL('/health', url));
    expect(busy.status).toBe(200);

    // Neo4j ends and rolls back the transaction once its search next checks.
    let running = await otherTransactions();
    for (let i = 0; i < 600 && running.length > 0; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      running = await otherTransactions();
    }
    expect(running).toEqual([]);

    // The same server answers: a light query through the same database, and /health.
    const light = await post(url, { query: '{ paths(from: "person:from", to: "person:hub", maxHops: 1, first: 1) { length nodes { id } } }' });
    expect(light.body).toEqual({
      data: { paths: [{ length: 1, nodes: [{ id: 'person:from' }, { id: 'person:hub' }] }] },
    });
    const health = await fetch(new URL('/health', url));
    expect(health.status).toBe(200);
  }, 120_000);
});
