import { int } from 'neo4j-driver';
import type { CypherQuery } from '../CypherQuery.js';

/** The audit trail, newest first, optionally of one fact and/or one actor. */
export function auditEntries(filter: { targetId?: string | null; actor?: string | null }, limit: number): CypherQuery {
  return {
    cypher: `MATCH (e:AuditEntry)
WHERE ($targetId IS NULL OR e.targetId = $targetId) AND ($actor IS NULL OR e.actor = $actor)
RETURN properties(e) AS entry
ORDER BY e.at DESC, e.id DESC
LIMIT $limit`,
    params: { targetId: filter.targetId ?? null, actor: filter.actor ?? null, limit: int(limit) },
  };
}
