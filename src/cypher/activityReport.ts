import type { CypherQuery } from './CypherQuery.js';
import { nodeProjection } from './returnShapes.js';
import type { DayWindow } from './subgraphAround.js';
import type { ActivityGrouping } from '../analysis/groupActivity.js';
import { EVENT_IN_WINDOW, PARTNER_COUNTRY, tenureOverlapsEvent } from './activityEventsFragment.js';

/** The VISITED and MET relationships `e` of person `p` (to `t`) whose period overlaps the window; with a window, undated ones are left out. */
const EVENTS_IN_WINDOW = `MATCH (p)-[e:VISITED|MET]->(t:Entity)
  WHERE ${EVENT_IN_WINDOW}`;

/**
 * Every event in the window with `regions`, the regions its person headed by
 * a GOVERNED tenure overlapping the event's period (every region they headed
 * when the event is undated), as maps {id, name, kind, district}. A person's
 * tenures are read once and matched to each of their events in memory (read
 * per event, they were most of the query's database hits at 1000x).
 */
const EVENTS_WITH_REGIONS = `MATCH (p:Person)
  CALL (p) {
    MATCH (p)-[g:GOVERNED]->(r:Region)
    RETURN collect({id: r.id, name: r.name, kind: r.kind, district: r.federalDistrict, from: g.startMin, to: g.endMax}) AS tenures
  }
  ${EVENTS_IN_WINDOW}
  WITH p, e, [x IN tenures WHERE ${tenureOverlapsEvent('x.from', 'x.to')}] AS regions`;

/** The distinct values of a list expression `list` (first occurrence kept), as Cypher. */
const distinct = (list: string): string => `reduce(acc = [], v IN ${list} | CASE WHEN v IN acc THEN acc ELSE acc + v END)`;

/**
 * The Cypher that binds `e` and `groups`, the groups {key, label} each event
 * in the window falls in under `grouping` (none: unattributed), with the same
 * rules as groupActivity (src/analysis/groupActivity.ts), the reference the
 * integration tests compare against. Constants only; `$kindLabels` maps
 * region kinds to readable names.
 */
function eventGroups(grouping: ActivityGrouping): string {
  switch (grouping) {
    case 'REGION':
      return `${EVENTS_WITH_REGIONS}
  WITH e, ${distinct('[x IN regions | {key: x.id, label: x.name}]')} AS groups`;
    case 'GOVERNOR':
      return `${EVENTS_WITH_REGIONS}
  WITH e, CASE WHEN size(regions) > 0 THEN [{key: p.id, label: coalesce(p.name, p.id)}] ELSE [] END AS groups`;
    case 'REGION_KIND':
      return `${EVENTS_WITH_REGIONS}
  WITH e, [k IN ${distinct('[x IN regions | x.kind]')} | {key: k, label: coalesce($kindLabels[k], k)}] AS groups`;
    case 'FEDERAL_DISTRICT':
      return `${EVENTS_WITH_REGIONS}
  WITH e, [d IN ${distinct('[x IN regions WHERE x.district IS NOT NULL | x.district]')} | {key: d, label: d}] AS groups`;
    case 'YEAR':
      return `MATCH (p:Person)
  ${EVENTS_IN_WINDOW}
  WITH e, CASE WHEN e.startMin IS NULL THEN [] ELSE [{key: substring(e.startMin, 0, 4), label: substring(e.startMin, 0, 4)}] END AS groups`;
    case 'PARTNER_COUNTRY':
      return `MATCH (p:Person)
  ${EVENTS_IN_WINDOW}
  ${PARTNER_COUNTRY}
  WITH e, CASE WHEN partner IS NULL THEN [] ELSE [{key: partner.id, label: coalesce(partner.name, partner.id)}] END AS groups`;
  }
}

/**
 * For `Query.activity`, in one round-trip: the events (VISITED and MET
 * relationships) whose period overlaps the window (with a window, undated
 * events are left out) counted by type in the database, per group of
 * `grouping` (`rows`: key, label, visits, meetings; unordered), those in no
 * group (`unattributed`) and all of them once (`totals`); and every reported
 * figure (ActivityFigure) whose period overlaps the window (with a window,
 * undated figures are left out), with the region it is reported for and the
 * governors it counts. One row.
 *
 * Why the counting happens here: shipping every event to the API (as
 * groupActivity would need) took 19 s at 100x the seed and exceeded the
 * database's transaction memory at 1000x; counting streams.
 */
export function activityReport(window: DayWindow, grouping: ActivityGrouping, kindLabels: Readonly<Record<string, string>>): CypherQuery {
  return {
    cypher: `CALL () {
  ${eventGroups(grouping)}
  UNWIND [{part: 'totals'}] + CASE WHEN size(groups) = 0 THEN [{part: 'unattributed'}]
                                  ELSE [g IN groups | {part: 'row', key: g.key, label: g.label}] END AS share
  WITH share.part AS part, share.key AS key, share.label AS label,
       sum(CASE type(e) WHEN 'VISITED' THEN 1 ELSE 0 END) AS visits,
       sum(CASE type(e) WHEN 'MET' THEN 1 ELSE 0 END) AS meetings
  RETURN collect({part: part, key: key, label: label, visits: visits, meetings: meetings}) AS counts
}
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
RETURN counts, figures`,
    params: { windowStart: window.start, windowEnd: window.end, kindLabels: { ...kindLabels } },
  };
}
