import type { CypherQuery } from './CypherQuery.js';
import { ACTIVITY_EVENTS_SUBQUERY } from './activityEventsFragment.js';
import { nodeProjection } from './returnShapes.js';
import type { DayWindow } from './subgraphAround.js';

/**
 * For a change of governor in region `regionId`, in one round-trip: the
 * region as a node row; every event in the window (see
 * ACTIVITY_EVENTS_SUBQUERY; the caller keeps those attributed to the region);
 * the region's tenures (governor node row, start/end and their day bounds),
 * oldest first; the region's kin-linked countries (a titular group's KIN_OF
 * countries and its diasporas' LIVES_IN countries) as node rows, by name; and
 * the claim `claimId`. No row when the region does not exist.
 */
export function governorChangeData(regionId: string, window: DayWindow, claimId: string): CypherQuery {
  return {
    cypher: `MATCH (region:Region {id: $regionId})
${ACTIVITY_EVENTS_SUBQUERY}
CALL (region) {
  OPTIONAL MATCH (p:Person)-[g:GOVERNED]->(region)
  WITH p, g ORDER BY g.startMin, p.id
  RETURN collect(CASE WHEN p IS NULL THEN null ELSE {
    governor: ${nodeProjection('p')}, start: g.start, startMin: g.startMin, endMax: g.endMax
  } END) AS tenures
}
CALL (region) {
  CALL (region) {
    MATCH (region)<-[:TITULAR_IN]-(:EthnicGroup)-[:KIN_OF]->(c:Country)
    RETURN c
  UNION
    MATCH (region)<-[:TITULAR_IN]-(:EthnicGroup)<-[:DIASPORA_OF]-(:Diaspora)-[:LIVES_IN]->(c:Country)
    RETURN c
  }
  WITH DISTINCT c ORDER BY c.name, c.id
  RETURN collect(${nodeProjection('c')}) AS kinCountries
}
CALL () {
  OPTIONAL MATCH (c:Claim {id: $claimId})
  RETURN CASE WHEN c IS NULL THEN null ELSE ${nodeProjection('c')} END AS claim
}
RETURN ${nodeProjection('region')} AS region, events, tenures, kinCountries, claim`,
    params: { regionId, windowStart: window.start, windowEnd: window.end, claimId },
  };
}
