import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDriver, Database } from '../../src/db/index.js';
import { findFreePort, startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/neo4j/index.js';
import { graphFingerprint, type GraphFingerprint } from '../../src/seed/graphFingerprint.js';
import { postGraphQL } from '../support/testGraph.js';
import { eventually, getHealth, runEntryPoint, type EntryPoint } from './runEntryPoint.js';

/**
 * The API (the real entry point, NEO4J_URI set) against a Neo4j that this
 * file starts, kills and starts again in its own temporary directory (never
 * the shared test database):
 * 1. Neo4j is not up when the API starts: the API serves at once, GET /health
 *    answers 503 "starting", the log shows the retries; once Neo4j runs, the
 *    API seeds it, /health turns 200 and queries answer.
 * 2. Neo4j is killed (SIGKILL) mid-run: requests fail fast with
 *    SERVICE_UNAVAILABLE, the API process stays up; Neo4j started again on
 *    the same port and data directory, the API recovers by itself with the
 *    same graph.
 */

const QUERY_TIMEOUT_MS = 10_000;
const TATARSTAN = '{ region(code: "RU-TA") { id name } }';

const dir = mkdtempSync(path.join(os.tmpdir(), 'faults-db-'));
const dataDir = path.join(dir, 'neo4j');
let boltPort: number;
let api: EntryPoint;
let url: string;
let neo4j: EmbeddedNeo4j | undefined;
let seeded: GraphFingerprint;

afterAll(async () => {
  api?.child.kill('SIGTERM');
  await api?.exited;
  await neo4j?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function fingerprint(uri: string): Promise<GraphFingerprint> {
  const driver = createDriver({ uri });
  try {
    return await graphFingerprint(new Database(driver, 'neo4j', 60_000));
  } finally {
    await driver.close();
  }
}

describe('database faults', () => {
  it('serves 503 while Neo4j is not up yet, retries with a log line per attempt, then serves', async () => {
    boltPort = await findFreePort(); // nothing listens there yet
    api = runEntryPoint({
      NEO4J_URI: `bolt://127.0.0.1:${boltPort}`,
      QUERY_TIMEOUT_MS: String(QUERY_TIMEOUT_MS),
      NEO4J_WAIT_MS: '300000',
    });
    url = await api.url();

    const starting = await getHealth(url);
    expect(starting.status).toBe(503);
    expect(starting.body).toMatchObject({ status: 'starting', reason: expect.stringContaining(`127.0.0.1:${boltPort}`) });
    const live = await fetch(url.replace('/graphql', '/live'));
    expect(live.status).toBe(200);
    const early = await postGraphQL(url, TATARSTAN);
    expect(early.body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    await api.waitFor(/Neo4j at bolt:\/\/127\.0\.0\.1:\d+ not reachable yet \(attempt 2: .+\); next attempt in \d+ ms/);

    neo4j = await startEmbeddedNeo4j({ dataDir, boltPort, heap: '512m' });
    await api.waitFor(/ready: Neo4j 5\.26\.\S+ at bolt:/, 120_000);
    expect(api.output()).toMatch(/Seeded an empty graph: \d+ nodes/);
    const health = await getHealth(url);
    expect(health).toEqual({ status: 200, body: { status: 'ok', neo4j: expect.stringMatching(/^5\.26\./) } });
    const { body } = await postGraphQL(url, TATARSTAN);
    expect(body.errors).toBeUndefined();
    expect(body.data.region).toEqual({ id: 'region:RU-TA', name: expect.stringMatching(/Tatarstan/) });
    seeded = await fingerprint(neo4j.uri);
    expect(Object.values(seeded.nodes).reduce((a, b) => a + b, 0)).toBeGreaterThan(100);
  }, 240_000);

  it('fails fast with SERVICE_UNAVAILABLE when Neo4j is killed, stays up, and recovers when it is back', async () => {
    const killed = neo4j!;
    process.kill(killed.pid, 'SIGKILL');
    expect(await killed.exited).toBeNull(); // killed by the signal, no clean shutdown
    neo4j = undefined;

    for (let i = 0; i < 3; i += 1) {
      const startedAt = performance.now();
      const { status, body } = await postGraphQL(url, TATARSTAN);
      const took = performance.now() - startedAt;
      expect(status).toBe(200); // GraphQL over HTTP: an execution error, not a transport error
      expect(body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
      expect(body.errors?.[0]?.message).toMatch(/graph database is unavailable/);
      // Fails on a refused connection, not by running into the query timeout.
      expect(took).toBeLessThan(QUERY_TIMEOUT_MS / 2);
    }
    const down = await getHealth(url);
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({ status: 'unavailable', reason: expect.stringMatching(/Neo4j unreachable/) });
    expect(api.child.exitCode).toBeNull();
    expect(api.child.signalCode).toBeNull();

    // The same port and store: Neo4j recovers its store after the kill; the API reconnects by itself.
    neo4j = await startEmbeddedNeo4j({ dataDir, boltPort, heap: '512m' });
    const answer = await eventually(async () => {
      const { body } = await postGraphQL(url, TATARSTAN);
      return body.data?.region ? body : undefined;
    }, 30_000);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.region.name).toMatch(/Tatarstan/);
    expect((await getHealth(url)).status).toBe(200);
    expect(api.child.exitCode).toBeNull();
    expect(await fingerprint(neo4j.uri)).toEqual(seeded);
    expect(api.output()).not.toMatch(/failed to start|Unhandled|uncaught/i);
  }, 240_000);
});
