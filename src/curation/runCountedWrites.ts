import type { CypherQuery } from '../cypher/CypherQuery.js';
import type { RecordShape } from 'neo4j-driver';
import type { CountedQuery } from '../import/writeImport.js';

/**
 * Runs write queries that report `written` inside a transaction, failing
 * (so the transaction rolls back) when one wrote another number of elements
 * than expected, e.g. because an endpoint was retracted meanwhile.
 */
export async function runCountedWrites(
  run: <R extends RecordShape = RecordShape>(query: CypherQuery) => Promise<R[]>,
  queries: readonly CountedQuery[],
): Promise<void> {
  for (const { query, expected, what } of queries) {
    const [row] = await run<{ written: unknown }>(query);
    const written = Number(row?.written ?? 0);
    if (written !== expected) {
      throw new Error(`wrote ${written} of ${expected} ${what}; the transaction was rolled back`);
    }
  }
}
