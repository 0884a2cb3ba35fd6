import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver, Database } from '../../src/db/index.js';
import { ensureSchema } from '../../src/db/ensureSchema.js';
import { findFreePort, startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/neo4j/index.js';
import { loadSeedFiles } from '../../src/seed/loadSeedFiles.js';
import { seedDatabase } from '../../src/seed/seedDatabase.js';
import { runEntryPoint, type EntryPoint } from './runEntryPoint.js';

/**
 * Issue #7, "mutations are transactional": the API process is SIGKILLed while
 * curated writes are in flight. Every fact that made it to the database has
 * its audit entry and every audit entry its fact (a write and its entry are
 * one transaction: never half of one), and sending the same writes again
 * completes the set without duplicates. Own Neo4j in a temporary directory.
 */
const TOKEN = 'mutation-kill-token-0123456789';
const SOURCE = 'source:test-mutation-kill';
const WRITES = 40;
const dates = Array.from({ length: WRITES }, (_, i) => `2001-${String(1 + Math.floor(i / 28)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`);

let dir: string;
let neo4j: EmbeddedNeo4j;
let db: Database;
let closeDriver: () => Promise<void>;
const apis: EntryPoint[] = [];

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'faults-mutation-'));
  neo4j = await startEmbeddedNeo4j({ dataDir: dir, boltPort: await findFreePort(), heap: '512m' });
  const driver = createDriver({ uri: neo4j.uri });
  closeDriver = () => driver.close();
  db = new Database(driver, 'neo4j', 30_000);
  await ensureSchema(db);
  await seedDatabase(db, loadSeedFiles());
}, 300_000);

afterAll(async () => {
  for (const api of apis) if (api.child.exitCode === null && api.child.signalCode === null) api.child.kill('SIGKILL');
  await closeDriver?.();
  await neo4j?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

function startApi(): EntryPoint {
  const api = runEntryPoint({ NEO4J_URI: neo4j.uri, SEED_ON_START: 'false', API_TOKENS: `kill-test:editor:${TOKEN}`, LOG_LEVEL: 'silent' });
  apis.push(api);
  return api;
}

async function mutate(url: string, query: string, variables: Record<string, unknown>): Promise<any> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ query, variables }),
  });
  return res.json();
}

const CREATE_VISIT = `mutation($input: VisitInput!) { createVisit(input: $input) { status fact { id } } }`;
const visit = (date: string) => ({ person: 'person:murat-zyazikov', country: 'JO', date, citation: { source: SOURCE } });

async function storedState(): Promise<{ visits: string[]; audited: string[] }> {
  const [row] = await db.executeRead<{ visits: string[]; audited: string[] }>({
    cypher: `CALL () { MATCH ()-[r:VISITED]->() WHERE $source IN r.sourceIds RETURN collect(r.id) AS visits }
CALL () { MATCH (e:AuditEntry {operation: 'createVisit'}) RETURN collect(e.targetId) AS audited }
RETURN visits, audited`,
    params: { source: SOURCE },
  });
  return { visits: [...(row?.visits ?? [])].sort(), audited: [...(row?.audited ?? [])].sort() };
}

describe('curated writes when the API process is killed', () => {
  it('leaves every fact with its audit entry (never half a write), and the same writes again complete the set', async () => {
    const first = startApi();
    const url = await first.url();
    await first.waitFor(/ready: Neo4j/, 120_000);
    const source = await mutate(url, `mutation($input: SourceInput!) { createSource(input: $input) { status } }`, {
      input: { id: SOURCE, title: 'Mutation kill test (test data)', url: 'https://example.org/test-mutation-kill' },
    });
    expect(source.data?.createSource.status).toBe('CREATED');

    // All writes at once; the API serialises them. Kill it once a few have been answered.
    let answered = 0;
    const inFlight = dates.map((date) =>
      mutate(url, CREATE_VISIT, { input: visit(date) }).then(
        (body) => {
          if (body.data?.createVisit.status === 'CREATED') answered += 1;
        },
        () => undefined, // cut off by the kill
      ),
    );
    while (answered < 5) await new Promise((resolve) => setTimeout(resolve, 20));
    first.child.kill('SIGKILL');
    await Promise.all(inFlight);
    await first.exited;

    const afterKill = await storedState();
    expect(afterKill.visits.length).toBeGreaterThanOrEqual(5);
    expect(afterKill.visits.length, 'the kill should cut some writes off').toBeLessThan(WRITES);
    expect(afterKill.audited).toEqual(afterKill.visits);

    const second = startApi();
    const url2 = await second.url();
    await second.waitFor(/ready: Neo4j/, 120_000);
    const statuses: string[] = [];
    for (const date of dates) statuses.push((await mutate(url2, CREATE_VISIT, { input: visit(date) })).data?.createVisit.status);
    expect(statuses.filter((s) => s === 'UNCHANGED')).toHaveLength(afterKill.visits.length);
    expect(statuses.filter((s) => s === 'CREATED')).toHaveLength(WRITES - afterKill.visits.length);

    const done = await storedState();
    expect(done.visits).toHaveLength(WRITES);
    expect(done.audited).toEqual(done.visits);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  }, 400_000);
});
