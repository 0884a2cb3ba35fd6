import { int } from 'neo4j-driver';
import type { CypherQuery } from '../cypher/CypherQuery.js';
import { luceneQuery, NAME_INDEX, searchTerms } from '../cypher/searchNodes.js';
import { RELATIONSHIP_TYPES, type NodeKind, type RelationshipType } from '../seed/format.js';

/**
 * The importer's Cypher: every value is a parameter. Node labels are Cypher
 * 5.26 dynamic labels (`$($label)`); relationship types are written into the
 * text, because a dynamic type in a MATCH keeps the planner from using the
 * relationship indexes (an id lookup would scan every relationship). The
 * type is checked against the model's fixed list, never taken from a file.
 */
function relType(type: RelationshipType): string {
  if (!RELATIONSHIP_TYPES.includes(type)) throw new Error(`unknown relationship type ${type}`);
  return type;
}

/** Kinds that import rows can refer to (not statements, claims or figures). */
export const REFERABLE_KINDS: readonly NodeKind[] = [
  'Region', 'Country', 'Person', 'EthnicGroup', 'Diaspora', 'Organisation', 'Area', 'Source',
];

/** Every entity import rows may name, with the names they may be named by. */
export function referableEntities(): CypherQuery {
  return {
    cypher: `MATCH (n:Entity)
WHERE any(l IN labels(n) WHERE l IN $kinds)
RETURN n.id AS id, [l IN labels(n) WHERE l IN $kinds][0] AS kind, n.name AS name, n.nameRu AS nameRu,
  n.altNames AS altNames, n.title AS title, n.url AS url`,
    params: { kinds: REFERABLE_KINDS },
  };
}

/** The stored properties of the nodes with these ids (those that exist). */
export function nodesByIds(ids: readonly string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, labels(n) AS labels, properties(n) AS props`,
    params: { ids },
  };
}

/**
 * The stored relationships of one type that start at these nodes, grouped by
 * start node: what natural keys (endpoints, and `start` for dated types) are
 * matched against. One expansion per start node instead of one lookup per key
 * (an import usually brings many facts about each person).
 */
export function relationshipsFrom(type: RelationshipType, fromIds: readonly string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id
MATCH (a:Entity {id: id})-[r:${relType(type)}]->(b:Entity)
RETURN id AS from, collect({ to: b.id, id: r.id, props: properties(r) }) AS rels`,
    params: { ids: fromIds },
  };
}

/** Which of these ids relationships of one type already use (whatever their endpoints). */
export function takenRelationshipIds(type: RelationshipType, ids: readonly string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id
MATCH ()-[r:${relType(type)} {id: id}]->()
RETURN DISTINCT id`,
    params: { ids },
  };
}

/** Creates or updates nodes of one label by id; `changes` holds only the properties that change. */
export function writeNodes(label: NodeKind, rows: ReadonlyArray<{ id: string; changes: Record<string, unknown> }>): CypherQuery {
  return {
    cypher: `UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n:$($label)
SET n += row.changes
RETURN count(n) AS written`,
    params: { label, rows },
  };
}

/**
 * Creates relationships of one type between existing nodes. Only for
 * relationships the plan found missing (by natural key and id), so CREATE
 * rather than MERGE: about twice as fast (no expand and lock of both
 * endpoints per row). Two imports must therefore not run at the same time.
 */
export function createRelationships(
  type: RelationshipType,
  rows: ReadonlyArray<{ id: string; from: string; to: string; changes: Record<string, unknown> }>,
): CypherQuery {
  return {
    cypher: `UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:${relType(type)}]->(b)
SET r = row.changes
RETURN count(r) AS written`,
    params: { rows },
  };
}

/** Updates stored relationships of one type (found by id between their endpoints); `changes` holds only what changes. */
export function updateRelationships(
  type: RelationshipType,
  rows: ReadonlyArray<{ id: string; from: string; to: string; changes: Record<string, unknown> }>,
): CypherQuery {
  return {
    cypher: `UNWIND $rows AS row
MATCH (a:Entity {id: row.from})-[r:${relType(type)} {id: row.id}]->(b:Entity {id: row.to})
SET r += row.changes
RETURN count(r) AS written`,
    params: { rows },
  };
}

/**
 * Suggestions for names that matched nothing: for each text, the best
 * full-text hits (names, Russian names, transliterations; fuzzy) among `kinds`.
 */
export function similarNames(
  queries: ReadonlyArray<{ i: number; text: string; kinds: readonly NodeKind[] }>,
  perQuery = 5,
): CypherQuery {
  const usable = queries
    .map((q) => ({ i: q.i, kinds: q.kinds, lucene: luceneQuery(searchTerms(q.text)) }))
    .filter((q) => q.lucene !== '');
  return {
    cypher: `UNWIND $queries AS q
CALL (q) {
  CALL db.index.fulltext.queryNodes($index, q.lucene) YIELD node, score
  WHERE any(l IN labels(node) WHERE l IN q.kinds)
  RETURN node.id AS id, coalesce(node.name, node.title, node.summary) AS label, score
  ORDER BY score DESC, id
  LIMIT $limit
}
RETURN q.i AS i, collect({ id: id, label: label }) AS hits`,
    params: { index: NAME_INDEX, queries: usable, limit: int(perQuery) },
  };
}
