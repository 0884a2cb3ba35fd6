import type { CypherQuery } from './CypherQuery.js';
import { ACTIVITY_EVENTS_SUBQUERY } from './activityEventsFragment.js';
import { nodeProjection } from './returnShapes.js';
import type { DayWindow } from './subgraphAround.js';

/**
 * For `Query.activity`, in one round-trip: every event in the window (see
 * ACTIVITY_EVENTS_SUBQUERY), and every reported figure (ActivityFigure) whose
 * period overlaps it (with a window, undated figures are left out), with the
 * region it is reported for and the governors it counts. One row.
 */
export function activityReport(window: DayWindow): CypherQuery {
  return {
    cypher: `${ACTIVITY_EVENTS_SUBQUERY}
CALL () {
  MATCH (f:ActivityFigure)
  WHERE ($windowStart IS NULL OR (coalesce(f.fromMin, f.toMin) IS NOT NULL AND coalesce(f.toMax, f.fromMax) >= $windowStart))
    AND ($windowEnd IS NULL OR (coalesce(f.fromMin, f.toMin) IS NOT NULL AND coalesce(f.fromMin, f.toMin) <= $windowEnd))
  CALL (f) {
    OPTIONAL MATCH (f)-[:REPORTED_FOR]->(r:Region)
    WITH r ORDER BY r.id
    RETURN head(collect(r { .id, .kind, .federalDistrict })) AS region
  }
  CALL (f) {
    OPTIONAL MATCH (f)-[:COUNTS]->(g:Person)
    RETURN collect(g.id) AS governorIds
  }
  WITH f, region, governorIds ORDER BY f.id
  RETURN collect({ node: ${nodeProjection('f')}, region: region, governorIds: governorIds }) AS figures
}
RETURN events, figures`,
    params: { windowStart: window.start, windowEnd: window.end },
  };
}
