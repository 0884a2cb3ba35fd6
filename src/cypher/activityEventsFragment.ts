import { nodeProjection } from './returnShapes.js';

/**
 * A Cypher subquery (a constant: no user value is spliced in) that collects
 * every event of international activity, VISITED and MET relationships, into
 * `events`, one entry per relationship, ordered by id. It reads the
 * parameters `$windowStart` and `$windowEnd` (first/last day `YYYY-MM-DD`,
 * either null): an event is kept when its period overlaps the window; with
 * a window, undated events are left out. Each entry carries:
 *
 * - `regions`: the regions its person headed during it (a GOVERNED tenure
 *   overlapping the event's period; every region they headed when undated);
 * - `partner`: the partner country as a node row: the country visited or
 *   met, a diaspora's host country (LIVES_IN), an organisation's country
 *   (BASED_IN); null for a wider area or a counterpart the graph ties to no country.
 */
export const ACTIVITY_EVENTS_SUBQUERY = `CALL () {
  MATCH (p:Person)-[e:VISITED|MET]->(t:Entity)
  WHERE ($windowStart IS NULL OR (e.startMin IS NOT NULL AND coalesce(e.endMax, e.startMax) >= $windowStart))
    AND ($windowEnd IS NULL OR (e.startMin IS NOT NULL AND e.startMin <= $windowEnd))
  CALL (p, e) {
    OPTIONAL MATCH (p)-[g:GOVERNED]->(r:Region)
    WHERE e.startMin IS NULL
       OR ((g.startMin IS NULL OR g.startMin <= coalesce(e.endMax, e.startMax))
           AND (g.endMax IS NULL OR g.endMax >= e.startMin))
    WITH DISTINCT r ORDER BY r.id
    RETURN collect(r { .id, .name, .kind, .federalDistrict }) AS regions
  }
  CALL (t) {
    OPTIONAL MATCH (t)-[:LIVES_IN|BASED_IN]->(host:Country)
    WITH CASE WHEN t:Country THEN t ELSE host END AS c
    WITH c ORDER BY c.id
    RETURN head(collect(c)) AS partner
  }
  WITH p, e, regions, partner ORDER BY e.id
  RETURN collect({
    id: e.id, type: type(e), personId: p.id, personName: p.name,
    startMin: e.startMin, latest: coalesce(e.endMax, e.startMax),
    regions: regions,
    partner: CASE WHEN partner IS NULL THEN null ELSE ${nodeProjection('partner')} END
  }) AS events
}`;
