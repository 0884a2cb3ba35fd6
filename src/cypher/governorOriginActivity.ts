import type { CypherQuery } from './CypherQuery.js';
import { ACTIVITY_EVENTS_SUBQUERY } from './activityEventsFragment.js';
import { nodeProjection } from './returnShapes.js';
import type { DayWindow } from './subgraphAround.js';

/**
 * For comparing outsider and local governors, in one round-trip: every event
 * in the window (see ACTIVITY_EVENTS_SUBQUERY), every person with a GOVERNED
 * tenure that overlaps the window (all governors without one; open tenure
 * ends count as open) with their `outsider` attribute (null when unknown),
 * by id, and the claim `claimId` as a node row. One row.
 */
export function governorOriginActivity(window: DayWindow, claimId: string): CypherQuery {
  return {
    cypher: `${ACTIVITY_EVENTS_SUBQUERY}
CALL () {
  MATCH (p:Person)-[g:GOVERNED]->(:Region)
  WHERE ($windowStart IS NULL OR g.endMax IS NULL OR g.endMax >= $windowStart)
    AND ($windowEnd IS NULL OR g.startMin IS NULL OR g.startMin <= $windowEnd)
  WITH DISTINCT p ORDER BY p.id
  RETURN collect(p { .id, .name, .outsider }) AS governors
}
CALL () {
  OPTIONAL MATCH (c:Claim {id: $claimId})
  RETURN CASE WHEN c IS NULL THEN null ELSE ${nodeProjection('c')} END AS claim
}
RETURN events, governors, claim`,
    params: { windowStart: window.start, windowEnd: window.end, claimId },
  };
}
