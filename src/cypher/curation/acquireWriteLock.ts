import type { CypherQuery } from '../CypherQuery.js';

/** The label of the lock nodes (no `Entity` label: no query, export or analysis sees them; none is ever committed). */
export const WRITE_LOCK_LABEL = 'WriteLock';

/**
 * Takes the database-wide lock `name` for the transaction it runs in: MERGE
 * of a WriteLock node under a uniqueness constraint (schemaStatements)
 * locks its key until the transaction ends, so a second transaction asking
 * for the same name waits. The caller rolls its transaction back when done:
 * the node is never committed, and a process that dies releases the lock
 * with its connection.
 */
export function acquireWriteLock(name: string): CypherQuery {
  return {
    cypher: `MERGE (l:${WRITE_LOCK_LABEL} {name: $name}) RETURN l.name AS name`,
    params: { name },
  };
}
