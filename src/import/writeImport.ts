import type { CypherQuery } from '../cypher/CypherQuery.js';
import type { Database } from '../db/Database.js';
import { translateNeo4jError } from '../errors/index.js';
import type { NodeKind, RelationshipType } from '../seed/format.js';
import { writeNodes, writeRelationships } from './importCypher.js';
import type { Fact } from './planImport.js';
import { silentProgress, type ProgressReporter } from './progress.js';

export interface WriteOptions {
  /** Facts (about one row each) per transaction; default 5000. */
  batchSize?: number;
  progress?: ProgressReporter;
  /** Per transaction; a batch of thousands of rows may take longer than an interactive query. */
  timeoutMs?: number;
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

interface CountedQuery {
  query: CypherQuery;
  expected: number;
  what: string;
}

/** The queries of one batch: nodes (per label) before relationships (per type), so endpoints exist. */
function batchQueries(facts: readonly Fact[]): CountedQuery[] {
  const nodes = new Map<NodeKind, Array<{ id: string; changes: Record<string, unknown> }>>();
  const rels = new Map<RelationshipType, Array<{ id: string; from: string; to: string; changes: Record<string, unknown> }>>();
  for (const fact of facts) {
    for (const write of fact.writes) {
      const e = write.element;
      if (e.element === 'node') {
        const list = nodes.get(e.label) ?? [];
        list.push({ id: write.id, changes: write.changes });
        nodes.set(e.label, list);
      } else {
        const list = rels.get(e.type) ?? [];
        list.push({ id: write.id, from: e.from, to: e.to, changes: write.changes });
        rels.set(e.type, list);
      }
    }
  }
  return [
    ...[...nodes].map(([label, rows]) => ({ query: writeNodes(label, rows), expected: rows.length, what: `${label} nodes` })),
    ...[...rels].map(([type, rows]) => ({ query: writeRelationships(type, rows), expected: rows.length, what: `${type} relationships` })),
  ];
}

/**
 * Writes the facts that create or change something, a batch at a time: each
 * batch is one write transaction (UNWIND per label and type), so a crash
 * leaves whole batches. A batch that writes fewer elements than planned
 * (an endpoint vanished meanwhile) is rolled back and stops the import.
 */
export async function writeImport(db: Database, facts: readonly Fact[], options: WriteOptions = {}): Promise<WriteResult> {
  const batchSize = options.batchSize ?? 5_000;
  const progress = options.progress ?? silentProgress;
  const timeoutMs = options.timeoutMs ?? 300_000;
  const pending = facts.filter((f) => f.status !== 'unchanged');
  const totalRows = pending.reduce((n, f) => n + Math.max(1, f.rows.length), 0);
  const startedAt = Date.now();
  let rows = 0;
  let batches = 0;
  progress.start('writing', totalRows);
  try {
    for (let i = 0; i < pending.length; i += batchSize) {
      const batch = pending.slice(i, i + batchSize);
      await runBatch(db, batchQueries(batch), timeoutMs);
      batches += 1;
      rows += batch.reduce((n, f) => n + Math.max(1, f.rows.length), 0);
      progress.update(rows, rows);
    }
  } finally {
    progress.stop();
  }
  return { batches, facts: pending.length, rows, seconds: (Date.now() - startedAt) / 1000 };
}

async function runBatch(db: Database, queries: readonly CountedQuery[], timeoutMs: number): Promise<void> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: 'WRITE' });
  try {
    await session.executeWrite(
      async (tx) => {
        for (const { query, expected, what } of queries) {
          const result = await tx.run(query.cypher, query.params);
          const written = Number(result.records[0]?.get('written') ?? 0);
          if (written !== expected) {
            throw new ImportWriteError(`wrote ${written} of ${expected} ${what}: an entity was deleted during the import? The batch was rolled back`);
          }
        }
      },
      { timeout: timeoutMs },
    );
  } catch (error) {
    throw translateNeo4jError(error, timeoutMs);
  } finally {
    await session.close();
  }
}
