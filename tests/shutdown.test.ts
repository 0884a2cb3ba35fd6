import { request, type ClientRequest, type IncomingMessage } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDriver, Database } from '../src/db/index.js';
import { findFreePort } from '../src/neo4j/index.js';
import { graphFingerprint, type GraphFingerprint } from '../src/seed/graphFingerprint.js';
import { getHealth, runEntryPoint, type EntryPoint } from './faults/runEntryPoint.js';

/**
 * The entry point as users run it (`npm start` runs `tsx src/main.ts`, with a Node heap flag): it
 * starts its own embedded Neo4j, seeds it, serves, and on SIGTERM drains:
 * stops accepting connections, lets an in-flight request finish, cuts one
 * that outlives SHUTDOWN_GRACE_MS, closes the driver, stops Neo4j cleanly and
 * exits 0. Started again on the same data directory it finds the same graph
 * (counts and content hash, including a node written before the SIGTERM) and
 * does not seed again. Regression: Apollo's own termination-signal handler
 * used to race ours and left the process hanging.
 */

const GRACE_MS = 4_000;
const QUERY = '{ region(code: "RU-TA") { id name } }';

/** A POST /graphql whose body is sent in two parts, so the request is in flight between them. */
function slowRequest(url: string): { req: ClientRequest; finish(): void; response: Promise<{ status: number; headers: IncomingMessage['headers']; body: string }> } {
  const body = JSON.stringify({ query: QUERY });
  const req = request(url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } });
  const response = new Promise<{ status: number; headers: IncomingMessage['headers']; body: string }>((resolve, reject) => {
    req.on('response', (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
      res.on('error', reject);
    });
    req.on('error', reject);
  });
  req.write(body.slice(0, 10));
  return { req, finish: () => req.end(body.slice(10)), response };
}

async function fingerprintAt(port: number): Promise<GraphFingerprint> {
  const driver = createDriver({ uri: `bolt://127.0.0.1:${port}` });
  try {
    return await graphFingerprint(new Database(driver, 'neo4j', 60_000));
  } finally {
    await driver.close();
  }
}

describe('npm start', () => {
  const dirs: string[] = [];
  const running: EntryPoint[] = [];
  afterAll(async () => {
    for (const api of running) if (api.child.exitCode === null) api.child.kill('SIGKILL');
    await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
  });

  it('serves on a fresh data directory, drains on SIGTERM, stops cleanly, and a restart finds the same graph', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'paradiplomacy-start-'));
    dirs.push(dataDir);
    const boltPort = await findFreePort();
    const env = { DATA_DIR: dataDir, NEO4J_BOLT_PORT: String(boltPort), SHUTDOWN_GRACE_MS: String(GRACE_MS) };
    // NODE_ENV as users have it: Apollo installs its own signal handlers outside NODE_ENV=test.
    const api = runEntryPoint(env, { viaTsxCli: true });
    running.push(api);
    const url = await api.url();
    await api.waitFor(/ready: Neo4j 5\.26\./, 150_000);
    expect(api.output()).toMatch(/Seeded an empty graph: \d+ nodes, \d+ relationships/);
    expect(await getHealth(url)).toEqual({ status: 200, body: { status: 'ok', neo4j: expect.stringMatching(/^5\.26\./) } });

    // Something the seed does not have, so "the same graph" after the restart is not just a reseed.
    const driver = createDriver({ uri: `bolt://127.0.0.1:${boltPort}` });
    await new Database(driver, 'neo4j', 10_000).executeWrite({
      cypher: `CREATE (:Entity:ShutdownMarker {id: $id, note: $note})`,
      params: { id: 'marker:shutdown-test', note: 'written before SIGTERM' },
    });
    await driver.close();
    const before = await fingerprintAt(boltPort);
    expect(before.nodes.ShutdownMarker).toBe(1);

    const inFlight = slowRequest(url);
    const tooSlow = slowRequest(url); // never finishes its body: cut at the drain deadline
    const tooSlowOutcome = tooSlow.response.then(() => 'answered', (error: Error) => `cut: ${error.message}`);
    await new Promise((resolve) => setTimeout(resolve, 300)); // both requests have reached the server

    const sigtermAt = Date.now();
    api.child.kill('SIGTERM');
    await api.waitFor(/SIGTERM: stopping/);
    // No new connections once draining.
    await expect(fetch(url.replace('/graphql', '/health'))).rejects.toThrow();

    inFlight.finish();
    const answered = await inFlight.response;
    expect(answered.status).toBe(200);
    expect(JSON.parse(answered.body)).toEqual({ data: { region: { id: 'region:RU-TA', name: expect.stringMatching(/Tatarstan/) } } });

    expect(await tooSlowOutcome).toMatch(/^cut: /);
    expect(Date.now() - sigtermAt).toBeGreaterThanOrEqual(GRACE_MS - 500);
    expect(await api.exited).toBe(0);
    const output = api.output();
    expect(output).toContain(`requests still running after SHUTDOWN_GRACE_MS=${GRACE_MS} ms`);
    expect(output).toContain('HTTP server stopped; closing the database');
    expect(output).toContain('Neo4j stopped');
    expect(output).toMatch(/\[paradiplomacy\] stopped/);

    // Started again on the same store: the same graph, not seeded again.
    const again = runEntryPoint(env);
    running.push(again);
    await again.waitFor(/ready: Neo4j 5\.26\./, 150_000);
    expect(again.output()).not.toContain('Seeded an empty graph');
    expect(await fingerprintAt(boltPort)).toEqual(before);
    again.child.kill('SIGTERM');
    expect(await again.exited).toBe(0);
    expect(again.output()).toContain('Neo4j stopped');
  }, 400_000);
});
