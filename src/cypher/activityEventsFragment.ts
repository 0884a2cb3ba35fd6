import { nodeProjection } from './returnShapes.js';

/**
 * Whether event `e` may fall in the window `$windowStart..$windowEnd` (either
 * null): its period overlaps the window; with a window, undated events fail.
 */
export const EVENT_IN_WINDOW = `($windowStart IS NULL OR (e.startMin IS NOT NULL AND coalesce(e.endMax, e.startMax) >= $windowStart))
    AND ($windowEnd IS NULL OR (e.startMin IS NOT NULL AND e.startMin <= $windowEnd))`;

/**
 * Whether a tenure running from `from` (earliest day, null: open) to `to`
 * (latest day, null: open) overlaps event `e`'s period; every tenure does
 * when the event is undated. The rule that attributes an event to a region.
 */
export const tenureOverlapsEvent = (from: string, to: string): string => `e.startMin IS NULL
       OR ((${from} IS NULL OR ${from} <= coalesce(e.endMax, e.startMax))
           AND (${to} IS NULL OR ${to} >= e.startMin))`;

/**
 * A subquery binding `partner`, the partner country of an event whose end
 * node is `t`: `t` itself when a Country, else the country a diaspora
 * LIVES_IN or an organisation is BASED_IN (the first by id); null otherwise.
 */
export const PARTNER_COUNTRY = `CALL (t) {
    OPTIONAL MATCH (t)-[:LIVES_IN|BASED_IN]->(host:Country)
    WITH CASE WHEN t:Country THEN t ELSE host END AS c
    WITH c ORDER BY c.id
    RETURN head(collect(c)) AS partner
  }`;

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
  WHERE ${EVENT_IN_WINDOW}
  CALL (p, e) {
    OPTIONAL MATCH (p)-[g:GOVERNED]->(r:Region)
    WHERE ${tenureOverlapsEvent('g.startMin', 'g.endMax')}
    WITH DISTINCT r ORDER BY r.id
    RETURN collect(r { .id, .name, .kind, .federalDistrict }) AS regions
  }
  ${PARTNER_COUNTRY}
  WITH p, e, regions, partner ORDER BY e.id
  RETURN collect({
    id: e.id, type: type(e), personId: p.id, personName: p.name,
    startMin: e.startMin, latest: coalesce(e.endMax, e.startMax),
    regions: regions,
    partner: CASE WHEN partner IS NULL THEN null ELSE ${nodeProjection('partner')} END
  }) AS events
}`;
