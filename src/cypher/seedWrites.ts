import type { CypherQuery } from './CypherQuery.js';
import type { StoredNode, StoredRelationship } from '../seed/StoredRecord.js';

/**
 * Creates or updates nodes of one kind by id. `SET n = row.props` replaces
 * every property, so loading the same data twice leaves the graph as it was.
 * The label is a parameter (Cypher 5.26 dynamic labels).
 */
export function mergeNodes(kind: string, rows: readonly StoredNode[]): CypherQuery {
  return {
    cypher: `UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n = row.props, n:$($label)`,
    params: { label: kind, rows: rows.map((r) => ({ id: r.id, props: r.props })) },
  };
}

/** Creates or updates relationships of one type by id, between existing nodes. */
export function mergeRelationships(type: string, rows: readonly StoredRelationship[]): CypherQuery {
  return {
    cypher: `UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:$($type) {id: row.id}]->(b)
SET r = row.props`,
    params: { type, rows: rows.map((r) => ({ id: r.id, from: r.from, to: r.to, props: r.props })) },
  };
}

/** How many nodes the graph has (0 means "seed me"). */
export function countEntities(): CypherQuery {
  return { cypher: 'MATCH (n:Entity) RETURN count(n) AS count', params: {} };
}

/** Node counts per label (graph entities and audit entries) and relationship counts per type, as `[name, count]` pairs. */
export function graphCounts(): CypherQuery {
  return {
    cypher: `OPTIONAL MATCH (n) WHERE n:Entity OR n:AuditEntry
UNWIND labels(n) AS label
WITH label WHERE label <> 'Entity'
WITH label, count(*) AS c ORDER BY label
WITH collect([label, c]) AS nodes
CALL () {
  MATCH ()-[r]->()
  WITH type(r) AS t, count(*) AS c ORDER BY t
  RETURN collect([t, c]) AS relationships
}
RETURN nodes, relationships`,
    params: {},
  };
}

/** Every node (graph entities and audit entries) and relationship with its properties, in a stable order (for content hashes). */
export function graphContent(): CypherQuery {
  return {
    cypher: `CALL () {
  MATCH (n) WHERE n:Entity OR n:AuditEntry
  WITH n ORDER BY n.id
  RETURN collect([labels(n), properties(n)]) AS nodes
}
CALL () {
  MATCH (a)-[r]->(b)
  WITH a, r, b ORDER BY r.id, a.id, b.id
  RETURN collect([type(r), a.id, b.id, properties(r)]) AS relationships
}
RETURN nodes, relationships`,
    params: {},
  };
}
