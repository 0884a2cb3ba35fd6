import { notRetracted } from './curation/retractionModel.js';
import { int } from 'neo4j-driver';
import type { CypherQuery } from './CypherQuery.js';
import { nodeProjection } from './returnShapes.js';
import { IN_WINDOW, SPAN_TYPES, type DayWindow, type SubgraphDepth } from './subgraphAround.js';

const QUANTIFIER: Record<SubgraphDepth, string> = { 1: '{0,1}', 2: '{0,2}', 3: '{0,3}' };

/** The relationships among the chosen nodes `ns` (of `types`, in the window), as `links`. */
const LINKS = `CALL (ns) {
  UNWIND ns AS a
  MATCH (a)-[r]->(b)
  WHERE b IN ns AND ($types IS NULL OR type(r) IN $types) AND ${notRetracted('r')} AND ${IN_WINDOW('r')}
  RETURN collect({ from: a.id, to: b.id }) AS links
}
RETURN [n IN ns | ${nodeProjection('n')}] AS nodes, links, truncated`;

/**
 * The graph that network measures are computed on, in one round-trip: nodes
 * (node rows), links (`{ from, to }` ids, one per relationship) and whether
 * `limit` cut nodes off. With `around`, the neighbourhood of its ids up to
 * its depth (nearest first, as `subgraphAround` chooses them); without, the
 * whole graph: every node with at least one relationship (of `types`), most
 * relationships first, then by id. Optionally only over `types`, and only over
 * relationships that may fall in `window` (undated ones stay; IN_WINDOW, as
 * `subgraphAround` filters them). One row.
 */
export function networkGraph(
  around: { ids: readonly string[]; depth: SubgraphDepth } | null,
  types: readonly string[] | null,
  limit: number,
  window: DayWindow = { start: null, end: null },
): CypherQuery {
  const params = {
    types: types ? [...types] : null,
    limit: int(limit),
    windowStart: window.start,
    windowEnd: window.end,
    spanTypes: [...SPAN_TYPES],
  };
  if (!around) {
    return {
      cypher: `CALL () {
  MATCH (n:Entity)-[r]-(:Entity)
  WHERE ($types IS NULL OR type(r) IN $types) AND ${notRetracted('r')} AND ${IN_WINDOW('r')}
  WITH n, count(r) AS relationships
  ORDER BY relationships DESC, n.id
  RETURN collect(n) AS ranked
}
WITH ranked[0..$limit] AS ns, size(ranked) > $limit AS truncated
${LINKS}`,
      params,
    };
  }
  return {
    cypher: `MATCH (s:Entity) WHERE s.id IN $ids
MATCH p = ANY SHORTEST (s)(()-[r]-() WHERE ($types IS NULL OR type(r) IN $types) AND ${notRetracted('r')} AND ${IN_WINDOW('r')}
)${QUANTIFIER[around.depth]}(m:Entity)
WITH m, min(length(p)) AS distance
ORDER BY distance, m.id
WITH collect(m) AS reached
WITH reached[0..$limit] AS ns, size(reached) > $limit AS truncated
${LINKS}`,
    params: { ...params, ids: [...around.ids] },
  };
}
