import type { Database } from '../db/Database.js';
import { mergeNodes, mergeRelationships } from '../cypher/seedWrites.js';
import type { CypherQuery } from '../cypher/CypherQuery.js';
import type { SeedData } from './loadSeedFiles.js';
import { groupBy } from '../domain/groupBy.js';


/** A bulk load may take longer than an interactive query's QUERY_TIMEOUT_MS. */
const SEED_TIMEOUT_MS = 300_000;

/**
 * Writes validated seed data in ONE write transaction: either all of it
 * lands or none. Nodes and relationships are merged by id, so a second load
 * changes nothing.
 */
export async function seedDatabase(db: Database, data: SeedData): Promise<{ nodes: number; relationships: number }> {
  const queries: CypherQuery[] = [];
  for (const [kind, rows] of groupBy([...data.sources, ...data.nodes], (n) => n.kind)) {
    queries.push(mergeNodes(kind, rows));
  }
  for (const [type, rows] of groupBy(data.relationships, (r) => r.type)) {
    queries.push(mergeRelationships(type, rows));
  }
  await db.executeWriteAll(queries, { timeoutMs: SEED_TIMEOUT_MS });
  return { nodes: data.sources.length + data.nodes.length, relationships: data.relationships.length };
}
