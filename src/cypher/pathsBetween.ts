import { int } from 'neo4j-driver';
import type { CypherQuery } from './CypherQuery.js';
import { edgeProjection, nodeProjection } from './returnShapes.js';

/** Hop caps a path search may use; the quantifier must be a literal, so it is chosen from these constants. */
export const PATH_HOPS = [1, 2, 3, 4, 5, 6] as const;
export type PathHops = (typeof PATH_HOPS)[number];

const QUANTIFIER: Record<PathHops, string> = { 1: '{1,1}', 2: '{1,2}', 3: '{1,3}', 4: '{1,4}', 5: '{1,5}', 6: '{1,6}' };

/** Cypher's SHORTEST k takes a literal k: paths are found up to this many, then cut to `first`. */
export const MAX_PATHS = 50;

/**
 * Up to `first` paths from `from` to `to` of at most `maxHops` hops, shortest
 * first (Cypher's SHORTEST k), optionally only over `types`, in either
 * direction. One row per path: its nodes and edges in order.
 */
export function pathsBetween(
  from: string,
  to: string,
  maxHops: PathHops,
  types: readonly string[] | null,
  first: number,
): CypherQuery {
  return {
    cypher: `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = SHORTEST ${MAX_PATHS} (a)(()-[r]-() WHERE $types IS NULL OR type(r) IN $types)${QUANTIFIER[maxHops]}(b)
RETURN [n IN nodes(p) | ${nodeProjection('n')}] AS nodes,
       [r IN relationships(p) | ${edgeProjection('r')}] AS edges
ORDER BY size(edges)
LIMIT $first`,
    params: { from, to, types: types ? [...types] : null, first: int(first) },
  };
}
