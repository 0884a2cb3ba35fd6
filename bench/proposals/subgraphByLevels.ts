import { int } from 'neo4j-driver';
import type { CypherQuery } from '../../src/cypher/CypherQuery.js';
import { edgeProjection, nodeProjection } from '../../src/cypher/returnShapes.js';
import { IN_WINDOW, SPAN_TYPES, type DayWindow, type SubgraphDepth } from '../../src/cypher/subgraphAround.js';

/**
 * A proposal for src/cypher/subgraphAround.ts (measured by `npm run bench`,
 * which checks that it gives the same answer): the same nodes (nearest first,
 * ties by id, at most `limit`), edges and `truncated`, found level by level
 * instead of with ANY SHORTEST over the whole neighbourhood. Since every node
 * at distance k comes before any at k + 1, a level is expanded only while the
 * nodes found so far do not exceed the limit: once they do, deeper levels
 * cannot enter the answer and `truncated` is already true. The current query
 * expands every path of up to `depth` hops before cutting (all events of
 * every governor of a region, at depth 2), so its cost grows with the graph;
 * this one stops at the limit.
 */
export function subgraphByLevels(
  ids: readonly string[],
  depth: SubgraphDepth,
  types: readonly string[] | null,
  limit: number,
  window: DayWindow = { start: null, end: null },
): CypherQuery {
  const levels: string[] = [];
  for (let k = 1; k <= depth; k += 1) {
    const found = Array.from({ length: k }, (_, i) => `l${i}`);
    const sizeSoFar = found.map((l) => `size(${l})`).join(' + ');
    levels.push(`CALL (${found.join(', ')}) {
  UNWIND CASE WHEN ${sizeSoFar} <= $limit THEN l${k - 1} ELSE [] END AS a
  MATCH (a)-[r]-(m:Entity)
  WHERE ($types IS NULL OR type(r) IN $types) AND ${IN_WINDOW('r')}
    AND ${found.map((l) => `NOT m IN ${l}`).join(' AND ')}
  WITH DISTINCT m ORDER BY m.id
  RETURN collect(m) AS l${k}
}`);
  }
  const all = Array.from({ length: depth + 1 }, (_, i) => `l${i}`).join(' + ');
  return {
    cypher: `MATCH (s:Entity) WHERE s.id IN $ids
WITH s ORDER BY s.id
WITH collect(s) AS l0
${levels.join('\n')}
WITH ${all} AS reached
WITH reached[0..$limit] AS ns, size(reached) > $limit AS truncated
CALL (ns) {
  UNWIND ns AS a
  MATCH (a)-[r]->(b)
  WHERE b IN ns AND ($types IS NULL OR type(r) IN $types) AND ${IN_WINDOW('r')}
  RETURN collect(${edgeProjection('r')}) AS edges
}
RETURN [n IN ns | ${nodeProjection('n')}] AS nodes, edges, truncated`,
    params: {
      ids: [...ids],
      types: types ? [...types] : null,
      limit: int(limit),
      windowStart: window.start,
      windowEnd: window.end,
      spanTypes: [...SPAN_TYPES],
    },
  };
}
