import { createReadStream } from 'node:fs';
import readline from 'node:readline';
import { z } from 'zod';
import type { Database } from '../db/Database.js';
import { translateNeo4jError } from '../errors/index.js';
import { decodeProperties } from './graphExportCodec.js';
import { EXPORT_FORMAT, EXPORT_VERSION } from './graphExport.js';

/**
 * Loads a graph export (graphExport.ts) into an EMPTY database: nodes with
 * their labels and properties, then relationships between them, in batches
 * (one write transaction each). Refuses a database that holds any node. If
 * anything goes wrong midway (a bad line, a truncated file, a lost
 * connection), the nodes it created are deleted again, so the database is
 * left empty as it was found.
 */

const name = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, { message: 'expected a label or type name' });
const properties = z.record(z.string(), z.unknown());

const headerLine = z.object({
  record: z.literal('header'),
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
});
const nodeLine = z.strictObject({ record: z.literal('node'), ref: z.string().min(1), labels: z.array(name), properties });
const relationshipLine = z.strictObject({
  record: z.literal('relationship'),
  type: name,
  from: z.string().min(1),
  to: z.string().min(1),
  properties,
});
const endLine = z.strictObject({ record: z.literal('end'), nodes: z.number().int().nonnegative(), relationships: z.number().int().nonnegative() });

export class RestoreError extends Error {
  override name = 'RestoreError';
}

export interface RestoreResult {
  nodes: number;
  relationships: number;
  seconds: number;
}

export interface RestoreOptions {
  /** Nodes or relationships per transaction (default 5000). */
  batchSize?: number;
  onProgress?: (records: number) => void;
  timeoutMs?: number;
}

const CREATE_NODES = `UNWIND $rows AS row
CREATE (n)
SET n = row.props
SET n:$(row.labels)
RETURN row.ref AS ref, elementId(n) AS eid`;

const CREATE_RELATIONSHIPS = `UNWIND $rows AS row
MATCH (a) WHERE elementId(a) = row.a
MATCH (b) WHERE elementId(b) = row.b
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
RETURN count(r) AS created`;

export async function restoreGraph(db: Database, file: string, options: RestoreOptions = {}): Promise<RestoreResult> {
  const startedAt = Date.now();
  const batchSize = options.batchSize ?? 5_000;
  const timeoutMs = options.timeoutMs ?? 300_000;
  const [{ count } = { count: 0 }] = await db.executeRead<{ count: number }>({
    cypher: 'MATCH (n) RETURN count(n) AS count',
    params: {},
  });
  if (count > 0) {
    throw new RestoreError(
      `the database is not empty (${count} nodes): a restore needs an empty database (stop the server and delete its DATA_DIR, or point NEO4J_URI at an empty database)`,
    );
  }

  const created = new Map<string, string>(); // ref -> elementId
  let relationships = 0;
  let nodeBatch: Array<{ ref: string; labels: string[]; props: Record<string, unknown> }> = [];
  let relBatch: Array<{ a: string; b: string; type: string; props: Record<string, unknown> }> = [];

  const write = async (cypher: string, rows: unknown[]) => {
    const session = db.driver.session({ database: db.database, defaultAccessMode: 'WRITE' });
    try {
      return await session.executeWrite(async (tx) => (await tx.run(cypher, { rows })).records, { timeout: timeoutMs });
    } catch (error) {
      throw translateNeo4jError(error, timeoutMs);
    } finally {
      await session.close();
    }
  };
  const flushNodes = async () => {
    if (nodeBatch.length === 0) return;
    const records = await write(CREATE_NODES, nodeBatch);
    for (const r of records) created.set(String(r.get('ref')), String(r.get('eid')));
    nodeBatch = [];
    options.onProgress?.(created.size + relationships);
  };
  const flushRelationships = async () => {
    if (relBatch.length === 0) return;
    const records = await write(CREATE_RELATIONSHIPS, relBatch);
    const made = Number(records[0]?.get('created') ?? 0);
    if (made !== relBatch.length) throw new RestoreError(`created ${made} of ${relBatch.length} relationships of a batch`);
    relationships += made;
    relBatch = [];
    options.onProgress?.(created.size + relationships);
  };

  let lineNumber = 0;
  const fail = (reason: string): never => {
    throw new RestoreError(`${file}:${lineNumber}: ${reason}`);
  };
  try {
    const lines = readline.createInterface({ input: createReadStream(file), crlfDelay: Infinity });
    let sawHeader = false;
    let end: z.infer<typeof endLine> | undefined;
    const refs = new Set<string>();
    for await (const text of lines) {
      lineNumber += 1;
      if (text.trim() === '') continue;
      if (end) fail('content after the end record');
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        fail(`not valid JSON: ${(error as Error).message}`);
      }
      const record = (value as { record?: unknown } | null)?.record;
      if (!sawHeader) {
        const header = headerLine.safeParse(value);
        if (!header.success) fail(`not a graph export (expected a header of format "${EXPORT_FORMAT}", version ${EXPORT_VERSION})`);
        sawHeader = true;
        continue;
      }
      if (record === 'node') {
        const node = nodeLine.safeParse(value);
        if (!node.success) fail(`bad node record: ${node.error.issues[0]?.message}`);
        const { ref, labels, properties: props } = node.data!;
        if (relBatch.length > 0 || relationships > 0) fail('a node after relationships (nodes come first)');
        if (refs.has(ref)) fail(`duplicate node ref ${ref}`);
        refs.add(ref);
        nodeBatch.push({ ref, labels, props: decodeProperties(props) });
        if (nodeBatch.length >= batchSize) await flushNodes();
      } else if (record === 'relationship') {
        const rel = relationshipLine.safeParse(value);
        if (!rel.success) fail(`bad relationship record: ${rel.error.issues[0]?.message}`);
        await flushNodes();
        const { type, from, to, properties: props } = rel.data!;
        const a = created.get(from);
        const b = created.get(to);
        if (!a || !b) fail(`relationship ${type} refers to node ${a ? to : from}, which the export does not hold`);
        relBatch.push({ a: a!, b: b!, type, props: decodeProperties(props) });
        if (relBatch.length >= batchSize) await flushRelationships();
      } else if (record === 'end') {
        const parsed = endLine.safeParse(value);
        if (!parsed.success) fail('bad end record');
        end = parsed.data;
      } else {
        fail(`unknown record ${JSON.stringify(record)}`);
      }
    }
    if (!sawHeader) fail('empty file');
    await flushNodes();
    await flushRelationships();
    if (!end) fail('no end record: the export is truncated');
    if (end!.nodes !== created.size || end!.relationships !== relationships) {
      fail(`the end record counts ${end!.nodes} nodes and ${end!.relationships} relationships, the file holds ${created.size} and ${relationships}`);
    }
  } catch (error) {
    await deleteCreated(db, [...created.values()], batchSize, timeoutMs).catch(() => {});
    throw error;
  }
  return { nodes: created.size, relationships, seconds: (Date.now() - startedAt) / 1000 };
}

/** Undoes a failed restore: deletes the nodes it created (and so their relationships). */
async function deleteCreated(db: Database, elementIds: string[], batchSize: number, timeoutMs: number): Promise<void> {
  for (let i = 0; i < elementIds.length; i += batchSize) {
    await db.executeWriteAll(
      [{ cypher: 'UNWIND $ids AS id MATCH (n) WHERE elementId(n) = id DETACH DELETE n', params: { ids: elementIds.slice(i, i + batchSize) } }],
      { timeoutMs },
    );
  }
}
