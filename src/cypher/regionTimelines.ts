import type { CypherQuery } from './CypherQuery.js';
import { edgeProjection, nodeProjection } from './returnShapes.js';
import { citationsOf, duringTenure, mayOverlap } from './tracingFragments.js';

/**
 * For each region id, the raw material of its timeline, one row per fact:
 * `regionId`, `entry` (TENURE, VISITED, MET, MEMBERSHIP or STATEMENT), `edge`
 * (the relationship's row; null for statements), `statement` (the
 * Statement's node row; null otherwise), `actor` and `counterpart` (names for
 * the summary) and `sources` (the fact's citations with their quotes):
 *
 * - every GOVERNED tenure of the region;
 * - every visit and meeting a governor of the region made during the tenure;
 * - every MEMBER_OF of the region;
 * - every statement the region MADE, that is ABOUT the region, or that a
 *   governor of the region MADE or that is ABOUT the governor, during the
 *   tenure (undated statements count as during it).
 *
 * Dates, order and window are left to the caller. One round-trip.
 */
export function regionTimelines(regionIds: readonly string[]): CypherQuery {
  return {
    cypher: `UNWIND $regionIds AS regionId
MATCH (region:Region {id: regionId})
CALL (region) {
  MATCH (governor:Person)-[t:GOVERNED]->(region)
  RETURN 'TENURE' AS entry, t AS rel, null AS statement, governor.name AS actor, region.name AS counterpart
  UNION
  MATCH (governor:Person)-[t:GOVERNED]->(region)
  MATCH (governor)-[e:VISITED|MET]->(target)
  WHERE ${duringTenure('e', 't')}
  RETURN type(e) AS entry, e AS rel, null AS statement, governor.name AS actor, coalesce(target.name, target.id) AS counterpart
  UNION
  MATCH (region)-[m:MEMBER_OF]->(organisation:Organisation)
  RETURN 'MEMBERSHIP' AS entry, m AS rel, null AS statement, region.name AS actor, organisation.name AS counterpart
  UNION
  MATCH (s:Statement)
  WHERE (region)-[:MADE]->(s) OR (s)-[:ABOUT]->(region)
     OR EXISTS {
       MATCH (governor:Person)-[t:GOVERNED]->(region)
       WHERE ((governor)-[:MADE]->(s) OR (s)-[:ABOUT]->(governor))
         AND ${mayOverlap('s.dateMin', 's.dateMax', 't.startMin', 't.endMax')}
     }
  RETURN 'STATEMENT' AS entry, null AS rel, s AS statement, null AS actor, null AS counterpart
}
WITH regionId, entry, rel, statement, actor, counterpart, coalesce(rel, statement) AS cited
RETURN regionId, entry,
       CASE WHEN rel IS NULL THEN null ELSE ${edgeProjection('rel')} END AS edge,
       CASE WHEN statement IS NULL THEN null ELSE ${nodeProjection('statement')} END AS statement,
       actor, counterpart,
       ${citationsOf('cited')} AS sources`,
    params: { regionIds: [...regionIds] },
  };
}
