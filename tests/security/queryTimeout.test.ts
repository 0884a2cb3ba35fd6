/**
 * A read that runs past the transaction timeout (QUERY_TIMEOUT_MS) is
 * answered with code TIMEOUT; its transaction goes (SHOW TRANSACTIONS lists
 * nothing of it) and the server answers the next requests. The heavy query
 * needs a graph where it really is heavy, so this file starts its own Neo4j
 * (the shared test graph is small and stays untouched). Its two ends are
 * joined by one path, through a hub; the hub is linked to every node of a
 * clique whose pairs are each joined by several relationships.
 * `paths(first: 50)` finds the one shortest path, then looks for longer ones
 * length by length, each as two half-walks from the ends joined in the
 * middle: at 6 hops, some 29,000 walks of 3 hops from each end meet in the
 * clique in millions of pairs, and every pair repeats the hub, so none is a
 * path.
 *
 * The first test checks that this really runs past ten times the timeout
 * through the driver, so a faster search in a later Neo4j or a later
 * pathsBetween fails that check by name instead of making this test pass or
 * fail by chance (a layered graph with 9.8 million shortest paths, used
 * before, stopped being heavy once the minimal paths came from
 * allShortestPaths, which stops at 50).
 *
 * The API's own deadline for reads (QUERY_TIMEOUT_MS + READ_DEADLINE_GRACE_MS,
 * for operators that notice a terminated transaction late) is tested in
 * src/db/withDeadline.test.ts; here Neo4j stops the query itself.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pathsBetween } from '../../src/cypher/pathsBetween.js';
import { createDriver, Database } from '../../src/db/index.js';
import { findFreePort, startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/neo4j/index.js';
import { createServer, type ApiServer } from '../../src/server/createServer.js';
import { post } from './securityKit.js';

const TIMEOUT_MS = 300;
const CLIQUE = 70;
const PARALLEL = 6;
const HEAVY = '{ paths(from: "person:from", to: "person:to", maxHops: 6, first: 50) { length } }';
const LIGHT = '{ paths(from: "person:from", to: "person:hub", maxHops: 1, first: 1) { length nodes { id } } }';
const LIGHT_ANSWER = { data: { paths: [{ length: 1, nodes: [{ id: 'person:from' }, { id: 'person:hub' }] }] } };

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
    // The light query of the next test, run once through the driver without the short timeout, so
    // that its plan is cached there: the check is that the server answers after a timeout, not that
    // the first plan of a freshly started Neo4j fits in 300 ms.
    const warm = pathsBetween('person:from', 'person:hub', 1, null, 1);
    const warmSession = driver.session({ defaultAccessMode: 'READ' });
    try {
      expect((await warmSession.run(warm.cypher, warm.params)).records).toHaveLength(1);
    } finally {
      await warmSession.close();
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

  it('is stopped and answered with TIMEOUT; its transaction is gone; the next requests are answered', async () => {
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

    // Neo4j has terminated and rolled back the transaction (it may take a moment to disappear from the list).
    let running = await otherTransactions();
    for (let i = 0; i < 50 && running.length > 0; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      running = await otherTransactions();
    }
    expect(running).toEqual([]);

    // The same server answers: a light query through the same database, and /health.
    const light = await post(url, { query: LIGHT });
    expect(light.body).toEqual(LIGHT_ANSWER);
    const health = await fetch(new URL('/health', url));
    expect(health.status).toBe(200);
  }, 120_000);
});
