import { schemaStatements } from '../cypher/schemaStatements.js';
import type { Database } from './Database.js';

/**
 * Creates the constraints and indexes the API relies on, if missing, and
 * waits until they are online. Idempotent; each schema command runs in its
 * own transaction (Neo4j does not mix schema and data changes).
 */
export async function ensureSchema(db: Database): Promise<void> {
  for (const statement of schemaStatements()) {
    await db.executeWrite(statement);
  }
  await db.executeRead({ cypher: 'CALL db.awaitIndexes(300)', params: {} });
}
