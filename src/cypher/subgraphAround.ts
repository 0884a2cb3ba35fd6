import { int } from 'neo4j-driver';
import type { CypherQuery } from './CypherQuery.js';
import { edgeProjection, nodeProjection } from './returnShapes.js';

/** Depths a subgraph may reach; the quantifier must be a literal, so it is chosen from these constants. */
export const SUBGRAPH_DEPTHS = [1, 2, 3] as const;
export type SubgraphDepth = (typeof SUBGRAPH_DEPTHS)[number];

const QUANTIFIER: Record<SubgraphDepth, string> = { 1: '{0,1}', 2: '{0,2}', 3: '{0,3}' };

/**
 * The nodes within `depth` hops of the start nodes (nearest first, at most
 * `limit`), optionally only over `types`, and every relationship among them
 * (of those types). Returns one row: nodes, edges, truncated.
 * Reference Source nodes are never part of the graph's traversal.
 */
export function subgraphAround(
  ids: readonly string[],
  depth: SubgraphDepth,
  types: readonly string[] | null,
  limit: number,
): CypherQuery {
  return {
    cypher: `MATCH (s:Entity) WHERE s.id IN $ids
MATCH p = ANY SHORTEST (s)(()-[r]-() WHERE $types IS NULL OR type(r) IN $types)${QUANTIFIER[depth]}(m:Entity)
WITH m, min(length(p)) AS distance
ORDER BY distance, m.id
WITH collect(m) AS reached
WITH reached[0..$limit] AS ns, size(reached) > $limit AS truncated
CALL (ns) {
  UNWIND ns AS a
  MATCH (a)-[r]->(b)
  WHERE b IN ns AND ($types IS NULL OR type(r) IN $types)
  RETURN collect(${edgeProjection('r')}) AS edges
}
RETURN [n IN ns | ${nodeProjection('n')}] AS nodes, edges, truncated`,
    params: { ids: [...ids], types: types ? [...types] : null, limit: int(limit) },
  };
}
