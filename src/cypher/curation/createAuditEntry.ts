import type { CypherQuery } from '../CypherQuery.js';

/** One audit record: who wrote what, when, how, with what input. */
export interface AuditRecord {
  id: string;
  at: string;
  actor: string;
  role: string;
  operation: string;
  targetId: string;
  status: string;
  /** The mutation's input as canonical JSON (Neo4j properties cannot be maps). */
  input: string;
}

/**
 * Appends an entry to the audit trail: an `AuditEntry` node, apart from the
 * graph (no `Entity` label: no search, traversal or analysis sees it), kept
 * by the export. Returns `written` for the write-count check.
 */
export function createAuditEntry(entry: AuditRecord): CypherQuery {
  return {
    cypher: `CREATE (e:AuditEntry)
SET e = $entry
RETURN count(e) AS written`,
    params: { entry: { ...entry } },
  };
}
