import type { CypherQuery } from './CypherQuery.js';
import { ACTIVITY_EVENTS_SUBQUERY } from './activityEventsFragment.js';
import { nodeProjection } from './returnShapes.js';
import type { DayWindow } from './subgraphAround.js';

/**
 * For comparing region kinds, in one round-trip: every event in the window
 * (see ACTIVITY_EVENTS_SUBQUERY), every region of `kinds` (id, name, kind;
 * by id), and the claim `claimId` as a node row (null when absent). One row.
 */
export function regionKindActivity(window: DayWindow, kinds: readonly string[], claimId: string): CypherQuery {
  return {
    cypher: `${ACTIVITY_EVENTS_SUBQUERY}
CALL () {
  MATCH (r:Region) WHERE r.kind IN $kinds
  WITH r ORDER BY r.id
  RETURN collect(r { .id, .name, .kind }) AS regions
}
CALL () {
  OPTIONAL MATCH (c:Claim {id: $claimId})
  RETURN CASE WHEN c IS NULL THEN null ELSE ${nodeProjection('c')} END AS claim
}
RETURN events, regions, claim`,
    params: { windowStart: window.start, windowEnd: window.end, kinds: [...kinds], claimId },
  };
}
