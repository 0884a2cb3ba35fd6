import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { finished } from 'node:stream/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { REPO_ROOT } from '../../src/config/config.js';
import { createDriver, Database } from '../../src/db/index.js';
import { ensureSchema } from '../../src/db/ensureSchema.js';
import { exportGraph } from '../../src/export/graphExport.js';
import { restoreGraph, RestoreError } from '../../src/export/graphRestore.js';
import { findFreePort, startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/neo4j/index.js';
import { graphFingerprint } from '../../src/seed/graphFingerprint.js';
import { openSeededGraph } from '../support/testGraph.js';

/**
 * Export and restore: the seeded test graph is exported to JSON Lines and
 * restored into a second, empty Neo4j that this file starts (so the shared
 * test graph is only read); counts and content hash must be identical. Also:
 * data beyond the seed's shape (nodes without ids, integers, dates and times,
 * retraction marks on relationships) survives, a non-empty database is
 * refused, and a truncated export leaves the database empty.
 */

const dir = mkdtempSync(path.join(os.tmpdir(), 'export-test-'));
let shared: { db: Database; close(): Promise<void> };
let second: { neo4j: EmbeddedNeo4j; db: Database; close(): Promise<void> };

beforeAll(async () => {
  shared = await openSeededGraph(60_000);
  const neo4j = await startEmbeddedNeo4j({ dataDir: path.join(dir, 'neo4j'), boltPort: await findFreePort(), heap: '512m' });
  const driver = createDriver({ uri: neo4j.uri });
  const db = new Database(driver, 'neo4j', 60_000);
  await ensureSchema(db);
  second = { neo4j, db, close: () => driver.close() };
});

afterAll(async () => {
  await second?.close();
  await second?.neo4j.stop();
  await shared?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function exportTo(db: Database, file: string) {
  const out = createWriteStream(file);
  const result = await exportGraph(db, out);
  out.end();
  await finished(out);
  return result;
}

const clear = (db: Database) => db.executeWriteAll([{ cypher: 'MATCH (n) DETACH DELETE n', params: {} }]);
const lines = (file: string) => readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

describe('export and restore', () => {
  it('exports the seeded graph and restores it into an empty database: identical counts and content hash', async () => {
    const file = path.join(dir, 'seed-export.jsonl');
    const before = await graphFingerprint(shared.db);
    const exported = await exportTo(shared.db, file);
    const records = lines(file);
    expect(records[0]).toMatchObject({ record: 'header', format: 'paradiplomacy-graph-export', version: 1 });
    expect(records.at(-1)).toEqual({ record: 'end', nodes: exported.nodes, relationships: exported.relationships });
    const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
    expect(exported.nodes).toBe(total(before.nodes));
    expect(exported.relationships).toBe(total(before.relationships));
    // Sources and citations travel with the graph.
    expect(records).toContainEqual(expect.objectContaining({ record: 'node', ref: 'source:riddle-paradiplomacy', labels: ['Entity', 'Source'] }));
    expect(records).toContainEqual(
      expect.objectContaining({
        record: 'relationship', type: 'VISITED', from: 'person:murat-zyazikov', to: 'country:JO',
        properties: expect.objectContaining({ sourceIds: ['source:riddle-paradiplomacy'], quotes: [expect.stringContaining('visited Jordan several times')] }),
      }),
    );

    await clear(second.db);
    const restored = await restoreGraph(second.db, file, { batchSize: 100 });
    expect(restored).toMatchObject({ nodes: exported.nodes, relationships: exported.relationships });
    expect(await graphFingerprint(second.db)).toEqual(before);

    // Exporting the restored graph gives the same records (the order is stable).
    const again = path.join(dir, 'seed-export-again.jsonl');
    await exportTo(second.db, again);
    const body = (f: string) => lines(f).slice(1);
    expect(body(again)).toEqual(body(file));
  });

  it('keeps what the seed does not have: nodes without ids, integers, temporal values, retraction marks', async () => {
    await second.db.executeWriteAll([
      {
        cypher: `MATCH (p:Person {id: 'person:murat-zyazikov'})-[v:VISITED]->(:Country {code: 'JO'})
                 SET v.retracted = true, v.retractedAt = datetime('2024-05-06T07:08:09.123456789+03:00'), v.retractedBy = 'editor-1'
                 CREATE (a:AuditEntry {at: datetime('2024-05-06T07:08:09Z'), actor: 'editor-1', action: 'retract',
                   count: 42, big: 9007199254740993, ratio: 0.5, whole: 2.0, day: date('2024-05-06'), took: duration('PT1.5S'),
                   ids: [1, 2, 3], place: point({longitude: 37.6, latitude: 55.7})})
                 CREATE (a)-[:CHANGED {field: 'retracted'}]->(p)
                 CREATE (:AuditMarker)`,
        params: {},
      },
    ]);
    const snapshot = async () =>
      (await second.db.executeRead<{ row: unknown }>({
        cypher: `MATCH (a:AuditEntry)-[c:CHANGED]->(p)
                 MATCH (p)-[v:VISITED]->(:Country {code: 'JO'})
                 OPTIONAL MATCH (m:AuditMarker)
                 WITH a, c, p, v, count(m) AS markers
                 RETURN [a.at = datetime('2024-05-06T07:08:09Z'), toString(a.big), valueType(a.count), valueType(a.ratio), valueType(a.whole),
                         valueType(a.ids), a.day = date('2024-05-06'), a.took = duration('PT1.5S'), a.place.latitude, c.field, p.id,
                         toString(v.retractedAt), v.retracted, markers] AS row`,
        params: {},
      }))[0]?.row;
    const expected = await snapshot();
    expect(expected).toEqual([
      true, '9007199254740993', 'INTEGER NOT NULL', 'FLOAT NOT NULL', 'FLOAT NOT NULL', 'LIST<INTEGER NOT NULL> NOT NULL', true, true, 55.7,
      'retracted', 'person:murat-zyazikov', '2024-05-06T07:08:09.123456789+03:00', true, 1,
    ]);
    const fingerprint = await graphFingerprint(second.db);
    const file = path.join(dir, 'audit-export.jsonl');
    await exportTo(second.db, file);
    expect(lines(file)).toContainEqual(
      expect.objectContaining({ record: 'node', labels: ['AuditEntry'], ref: expect.stringMatching(/^_:/) }),
    );

    await clear(second.db);
    await restoreGraph(second.db, file);
    expect(await snapshot()).toEqual(expected);
    expect(await graphFingerprint(second.db)).toEqual(fingerprint);
  });

  it('refuses a database that is not empty, and undoes a restore of a truncated export', async () => {
    const file = path.join(dir, 'audit-export.jsonl');
    await expect(restoreGraph(second.db, file)).rejects.toThrow(/the database is not empty \(\d+ nodes\)/);

    const truncated = path.join(dir, 'truncated.jsonl');
    writeFileSync(truncated, readFileSync(file, 'utf8').trim().split('\n').slice(0, -1).join('\n'));
    await clear(second.db);
    const error = await restoreGraph(second.db, truncated, { batchSize: 50 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RestoreError);
    expect((error as Error).message).toMatch(/no end record: the export is truncated/);
    const [{ count } = { count: -1 }] = await second.db.executeRead<{ count: number }>({ cypher: 'MATCH (n) RETURN count(n) AS count', params: {} });
    expect(count).toBe(0);
  });

  it('npm run export and npm run import -- --restore do the same from the command line', async () => {
    const file = path.join(dir, 'cli-export.jsonl');
    const run = (script: string, args: string[], uri: string) =>
      spawnSync(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'src', 'bin', script), ...args], {
        cwd: REPO_ROOT,
        env: { ...process.env, NEO4J_URI: uri },
        encoding: 'utf8',
        timeout: 120_000,
      });
    const exported = run('export.ts', ['--out', file], inject('neo4jUri'));
    expect(exported.status, exported.stderr).toBe(0);
    const before = await graphFingerprint(shared.db);
    expect(exported.stderr).toContain(`graph content hash ${before.hash}`);

    await clear(second.db);
    const restored = run('import.ts', ['--restore', file], second.neo4j.uri);
    expect(restored.status, restored.stderr).toBe(0);
    expect(restored.stdout).toContain(`graph content hash ${before.hash}`);
    expect(await graphFingerprint(second.db)).toEqual(before);

    const refused = run('import.ts', ['--restore', file], second.neo4j.uri);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('the database is not empty');
  });
});
