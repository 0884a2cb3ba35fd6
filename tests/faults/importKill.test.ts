import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/config/config.js';
import { createDriver, Database } from '../../src/db/index.js';
import { ensureSchema } from '../../src/db/ensureSchema.js';
import { canonicalJson } from '../../src/domain/canonicalJson.js';
import { planImport } from '../../src/import/planImport.js';
import { findFreePort, startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/neo4j/index.js';
import { graphFingerprint, type GraphFingerprint } from '../../src/seed/graphFingerprint.js';
import { loadSeedFiles } from '../../src/seed/loadSeedFiles.js';
import { seedDatabase } from '../../src/seed/seedDatabase.js';
import { removeTestImports, TEST_SOURCE_ID, writeContactFiles } from '../import/fixtures.js';

/**
 * `npm run import` killed (SIGKILL) in the middle of writing, on a Neo4j this
 * file starts in a temporary directory: every write batch is either wholly in
 * the graph, exactly as an uninterrupted import writes it, or not at all
 * (never half a fact or half a batch), and running the import again
 * completes it to the same content hash as the uninterrupted import (both
 * compared without the imports' audit entries, which carry times and totals).
 */

const CONTACTS = 20_000;
const BATCH = 200;

const dir = mkdtempSync(path.join(os.tmpdir(), 'faults-import-'));
const files = writeContactFiles(dir, CONTACTS);
const importArgs = ['--import', 'tsx', path.join(REPO_ROOT, 'src', 'bin', 'import.ts'), '--batch-size', String(BATCH), ...files];

let neo4j: EmbeddedNeo4j;
let db: Database;
let close: () => Promise<void>;

beforeAll(async () => {
  neo4j = await startEmbeddedNeo4j({ dataDir: path.join(dir, 'neo4j'), boltPort: await findFreePort(), heap: '512m' });
  const driver = createDriver({ uri: neo4j.uri });
  db = new Database(driver, 'neo4j', 120_000);
  close = () => driver.close();
  await ensureSchema(db);
  await seedDatabase(db, loadSeedFiles());
});

afterAll(async () => {
  await close?.();
  await neo4j?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const env = () => ({ ...process.env, NEO4J_URI: neo4j.uri });

/** Every relationship citing the test source: id -> canonical [type, from, to, properties]. */
async function importedRelationships(): Promise<Map<string, string>> {
  const rows = await db.executeRead<{ id: string; row: unknown }>({
    cypher: `MATCH (a)-[r]->(b) WHERE $source IN coalesce(r.sourceIds, [])
             RETURN r.id AS id, [type(r), a.id, b.id, properties(r)] AS row`,
    params: { source: TEST_SOURCE_ID },
  });
  return new Map(rows.map((r) => [r.id, canonicalJson(r.row)]));
}

async function countImported(): Promise<number> {
  const [row] = await db.executeRead<{ n: number }>({
    cypher: `MATCH ()-[r]->() WHERE $source IN coalesce(r.sourceIds, []) RETURN count(r) AS n`,
    params: { source: TEST_SOURCE_ID },
  });
  return row?.n ?? 0;
}

/**
 * Removes the audit entries of finished imports (one per run, with its time and
 * totals, so never equal between runs) and returns their inputs: the graphs
 * are compared without them.
 */
async function takeImportAuditEntries(): Promise<Array<{ status: string; input: Record<string, unknown> }>> {
  const rows = await db.executeRead<{ status: string; input: string }>({
    cypher: `MATCH (e:AuditEntry {operation: 'import'}) RETURN e.status AS status, e.input AS input ORDER BY e.at, e.status`,
    params: {},
  });
  await db.executeWrite({ cypher: `MATCH (e:AuditEntry {operation: 'import'}) DELETE e`, params: {} });
  return rows.map((r) => ({ status: r.status, input: JSON.parse(r.input) as Record<string, unknown> }));
}

describe('an import killed mid-run', () => {
  let seedOnly: GraphFingerprint;
  let complete: GraphFingerprint;
  let reference: Map<string, string>;

  it('imports uninterrupted for reference, and removing the test data gives back the seed', async () => {
    seedOnly = await graphFingerprint(db);
    const run = spawnSync(process.execPath, importArgs, { cwd: REPO_ROOT, env: env(), encoding: 'utf8', timeout: 300_000 });
    expect(run.status, run.stderr + run.stdout).toBe(0);
    const planned = expect.objectContaining({ created: CONTACTS + 43, updated: 0 });
    expect(await takeImportAuditEntries()).toEqual([
      { status: 'STARTED', input: planned },
      { status: 'WRITTEN', input: planned },
    ]);
    complete = await graphFingerprint(db);
    reference = await importedRelationships();
    expect(reference.size).toBe(CONTACTS);
    await removeTestImports(db);
    expect(await graphFingerprint(db)).toEqual(seedOnly);
  }, 400_000);

  it('leaves whole batches, each as the uninterrupted import writes it, and a re-run completes it', async () => {
    // The batches the import will write: the same planner and batch size, on the same graph.
    const plan = await planImport(db, { files });
    const relFacts = plan.facts.filter((f) => f.status !== 'unchanged' && f.writes.every((w) => w.element.element === 'rel'));
    expect(relFacts).toHaveLength(CONTACTS);
    const batches: string[][] = [];
    for (let i = 0; i < relFacts.length; i += BATCH) batches.push(relFacts.slice(i, i + BATCH).flatMap((f) => f.writes.map((w) => w.id)));

    const child = spawn(process.execPath, importArgs, { cwd: REPO_ROOT, env: env(), stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.on('exit', (code, signal) => resolve(signal ?? code)));
    let done = false;
    void exited.then(() => (done = true));
    // Kill it once some batches are committed, while others are being written.
    while (!done && (await countImported()) < 2 * BATCH) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(done, `the import finished before it could be killed:\n${output}`).toBe(false);
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    const present = await importedRelationships();
    expect(present.size).toBeGreaterThan(0);
    expect(present.size).toBeLessThan(CONTACTS);
    for (const [id, row] of present) expect(row, `relationship ${id}`).toBe(reference.get(id));
    const partial = batches.filter((ids) => {
      const found = ids.filter((id) => present.has(id)).length;
      return found > 0 && found < ids.length;
    });
    expect(partial).toEqual([]);
    expect(present.size % BATCH).toBe(0);

    const rerun = spawnSync(process.execPath, importArgs, { cwd: REPO_ROOT, env: env(), encoding: 'utf8', timeout: 300_000 });
    expect(rerun.status, rerun.stderr + rerun.stdout).toBe(0);
    expect(rerun.stdout).toMatch(new RegExp(`facts created: ${CONTACTS - present.size}, updated: 0`));
    // The killed run's STARTED entry committed with its first batch; it never wrote WRITTEN. The re-run wrote both.
    const rest = expect.objectContaining({ created: CONTACTS - present.size, updated: 0 });
    expect(await takeImportAuditEntries()).toEqual([
      { status: 'STARTED', input: expect.objectContaining({ created: CONTACTS + 43, updated: 0 }) },
      { status: 'STARTED', input: rest },
      { status: 'WRITTEN', input: rest },
    ]);
    expect(await graphFingerprint(db)).toEqual(complete);
  }, 400_000);
});
