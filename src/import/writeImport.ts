import type { RecordShape } from 'neo4j-driver';
import type { CypherQuery } from '../cypher/CypherQuery.js';
import type { Database } from '../db/Database.js';
import { isUniquenessConflict } from '../errors/index.js';
import type { NodeKind, RelationshipType } from '../seed/format.js';
import { createRelationships, updateRelationships, writeNodes } from './importCypher.js';
import type { Fact } from './facts.js';
import { silentProgress, type ProgressReporter } from './progress.js';

export interface WriteOptions {
  /** Facts (about one row each) per transaction; default 5000. */
  batchSize?: number;
  progress?: ProgressReporter;
  /** Per transaction; a batch of thousands of rows may take longer than an interactive query. */
  timeoutMs?: number;
  /**
   * Transactions in flight at once for batches that only write relationships
   * (default 2: the database then uses both cores of a small machine while
   * this process prepares the next batch). Batches that create or change
   * nodes are always written one after another, before any relationship batch.
   */
  concurrency?: number;
  /**
   * Writes that commit with the first batch, in its transaction, each checked
   * like the batch's own (the import's STARTED audit entry): the first batch
   * is written alone, before any other, so no batch is ever in the graph
   * without them.
   */
  withFirstBatch?: readonly CountedQuery[];
}

export interface WriteResult {
  batches: number;
  facts: number;
  rows: number;
  seconds: number;
}

/** Thrown when a batch did not write what it should have (it is rolled back). */
export class ImportWriteError extends Error {
  override name = 'ImportWriteError';
}

/** A write query and how many elements it must report as `written`. */
export interface CountedQuery {
  query: CypherQuery;
  expected: number;
  what: string;
}

/** The queries that write `facts`: nodes (per label) before relationships (per type), so endpoints exist. */
export function factWriteQueries(facts: readonly Fact[]): CountedQuery[] {
  const nodes = new Map<NodeKind, Array<{ id: string; changes: Record<string, unknown> }>>();
  type RelRow = { id: string; from: string; to: string; changes: Record<string, unknown> };
  const created = new Map<RelationshipType, RelRow[]>();
  const updated = new Map<RelationshipType, RelRow[]>();
  for (const fact of facts) {
    for (const write of fact.writes) {
      const e = write.element;
      if (e.element === 'node') {
        const list = nodes.get(e.label) ?? [];
        list.push({ id: write.id, changes: write.changes });
        nodes.set(e.label, list);
      } else {
        const target = write.created ? created : updated;
        const list = target.get(e.type) ?? [];
        list.push({ id: write.id, from: e.from, to: e.to, changes: write.changes });
        target.set(e.type, list);
      }
    }
  }
  return [
    ...[...nodes].map(([label, rows]) => ({ query: writeNodes(label, rows), expected: rows.length, what: `${label} nodes` })),
    ...[...created].map(([type, rows]) => ({ query: createRelationships(type, rows), expected: rows.length, what: `new ${type} relationships` })),
    ...[...updated].map(([type, rows]) => ({ query: updateRelationships(type, rows), expected: rows.length, what: `${type} relationships` })),
  ];
}

/**
 * Writes the facts that create or change something, a batch at a time: each
 * batch is one write transaction (UNWIND per label and type), so a crash
 * leaves whole batches. The first batch alone (with `withFirstBatch`), then
 * the other entity batches in order, then relationship-only batches,
 * `concurrency` at a time. A batch that writes fewer elements than
 * planned (an endpoint vanished meanwhile) is rolled back and stops the import.
 */
export async function writeImport(db: Database, facts: readonly Fact[], options: WriteOptions = {}): Promise<WriteResult> {
  const batchSize = options.batchSize ?? 5_000;
  const progress = options.progress ?? silentProgress;
  const timeoutMs = options.timeoutMs ?? 300_000;
  const concurrency = Math.max(1, options.concurrency ?? 2);
  const pending = facts.filter((f) => f.status !== 'unchanged');
  const rowsOf = (batch: readonly Fact[]) => batch.reduce((n, f) => n + Math.max(1, f.rows.length), 0);
  // Facts that write nodes (entities, statements) come first in `facts`; they go in order, one batch at a time.
  const writesNodes = (f: Fact) => f.writes.some((w) => w.element.element === 'node');
  const nodeFacts = pending.filter(writesNodes);
  const relFacts = pending.filter((f) => !writesNodes(f));
  const batchesOf = (list: readonly Fact[]) => {
    const out: Fact[][] = [];
    for (let i = 0; i < list.length; i += batchSize) out.push(list.slice(i, i + batchSize));
    return out;
  };
  const startedAt = Date.now();
  let rows = 0;
  let batches = 0;
  const done = (batch: readonly Fact[]) => {
    batches += 1;
    rows += rowsOf(batch);
    progress.update(rows, rows);
  };
  progress.start('writing', rowsOf(pending));
  try {
    const nodeBatches = batchesOf(nodeFacts);
    const queue = batchesOf(relFacts);
    const first = nodeBatches.shift() ?? queue.shift();
    if (first) {
      await runBatch(db, [...factWriteQueries(first), ...(options.withFirstBatch ?? [])], timeoutMs);
      done(first);
    }
    for (const batch of nodeBatches) {
      await runBatch(db, factWriteQueries(batch), timeoutMs);
      done(batch);
    }
    let failed = false;
    const worker = async () => {
      while (queue.length > 0 && !failed) {
        const batch = queue.shift()!;
        try {
          await runBatch(db, factWriteQueries(batch), timeoutMs);
        } catch (error) {
          failed = true; // the other workers finish their batch and stop
          throw error;
        }
        done(batch);
      }
    };
    const outcomes = await Promise.allSettled(Array.from({ length: Math.min(concurrency, queue.length) }, worker));
    const failure = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
    if (failure) throw failure.reason;
  } finally {
    progress.stop();
  }
  return { batches, facts: pending.length, rows, seconds: (Date.now() - startedAt) / 1000 };
}

async function runBatch(db: Database, queries: readonly CountedQuery[], timeoutMs: number): Promise<void> {
  try {
    await db.writeTransaction((run) => runCountedWrites(run, queries), undefined, timeoutMs);
  } catch (error) {
    // Imports are serialised with each other (runImport), not with curated writes: one of those can store a
    // fact this import planned to create, between the import's comparison and this batch.
    if (!isUniquenessConflict(error)) throw error;
    throw new ImportWriteError(
      `a write batch was refused (${(error as Error).message}): another writer stored one of its new facts after the import compared with the database. ` +
        'That batch was rolled back and the import stopped; the batches committed before it stay. Run the import again to complete it.',
    );
  }
}

/**
 * Runs write queries that report `written` inside a transaction, throwing
 * ImportWriteError (so the transaction rolls back) when one wrote another
 * number of elements than planned, e.g. because an endpoint was deleted or
 * retracted meanwhile. Used by the importer's batches and the curated writes.
 */
export async function runCountedWrites(
  run: <R extends RecordShape = RecordShape>(query: CypherQuery) => Promise<R[]>,
  queries: readonly CountedQuery[],
): Promise<void> {
  for (const { query, expected, what } of queries) {
    const [row] = await run<{ written: unknown }>(query);
    const written = Number(row?.written ?? 0);
    if (written !== expected) {
      throw new ImportWriteError(`wrote ${written} of ${expected} ${what}: an entity was deleted or retracted meanwhile? The transaction was rolled back`);
    }
  }
}
