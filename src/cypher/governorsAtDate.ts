import type { CypherQuery } from './CypherQuery.js';
import { edgeProjection } from './returnShapes.js';

/**
 * Every region's GOVERNED tenures that may have been in office during the
 * period `earliest`..`latest` (day bounds of a partial date): started no
 * later than its last day (or undated start) and not ended before its first
 * day (or no end). By region id (its ISO code), then start, then id.
 */
export function governorsAtDate(earliest: string, latest: string): CypherQuery {
  return {
    cypher: `MATCH (:Person)-[t:GOVERNED]->(region:Region)
WHERE (t.startMin IS NULL OR t.startMin <= $latest)
  AND (t.endMax IS NULL OR t.endMax >= $earliest)
RETURN ${edgeProjection('t')} AS tenure
ORDER BY region.id, t.startMin, t.id`,
    params: { earliest, latest },
  };
}
