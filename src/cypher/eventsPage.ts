import { int } from 'neo4j-driver';
import type { CypherQuery } from './CypherQuery.js';
import { keysetAfter, keysetOrder, keysetValues, type SortKey } from './keyset.js';
import { edgeProjection } from './returnShapes.js';
import type { DayWindow } from './subgraphAround.js';

/** The event lists that page: a person's visits and meetings, a country's visits. */
export type EventList = 'Person.visits' | 'Person.meetings' | 'Country.visits';

/** The relationship pattern of each list, from the anchor node `n` (constants only). */
const PATTERN: Record<EventList, string> = {
  'Person.visits': '(n)-[r:VISITED]->()',
  'Person.meetings': '(n)-[r:MET]->()',
  'Country.visits': '(n)<-[r:VISITED]-()',
};

/** Orders of an event list: oldest or newest first by the earliest day of `start`, undated last; the id breaks ties. */
export type EventOrder = 'DATE' | 'DATE_DESC';

const ORDER: Record<EventOrder, readonly SortKey[]> = {
  DATE: [{ expr: "coalesce(r.startMin, '9999-12-31')" }],
  DATE_DESC: [{ expr: "coalesce(r.startMin, '0000-00-00')", descending: true }],
};

/**
 * Whether event `r` may fall in the window (as `visits(from, to)` filters):
 * it has a start, starts by the window's last day and ends (or, without an
 * end, its start's period ends) on or after its first day. Without a window
 * every event passes.
 */
const IN_WINDOW = `($windowStart IS NULL AND $windowEnd IS NULL
  OR (r.startMin IS NOT NULL
      AND r.startMin <= coalesce($windowEnd, '9999-12-31')
      AND coalesce(r.endMax, r.startMax) >= coalesce($windowStart, '0000-01-01')))`;

/**
 * One page of `list` for each anchor node id in one round-trip (the
 * connection's batch for a level of the selection: `UNWIND` over the
 * anchors): the events in `window`, in `order`, after the position `after`
 * (sort key value and relationship id, as a cursor holds them), at most
 * `first + 1` each (one more tells whether a next page exists). Keyset
 * paging: a deep page costs what the first does. One row per anchor found:
 * `anchor`, `total`, `remaining` (null without `after`), `rows` (`{ key, edge }`).
 */
export function eventsPage(
  list: EventList,
  anchors: readonly string[],
  window: DayWindow,
  order: EventOrder,
  first: number,
  after: readonly string[] | null,
): CypherQuery {
  const keys = ORDER[order];
  const pattern = PATTERN[list];
  const keyset = after ? ` AND ${keysetAfter(keys, 'r.id', 'after')}` : '';
  return {
    cypher: `UNWIND $anchors AS anchor
MATCH (n:Entity {id: anchor})
CALL (n) {
  MATCH ${pattern} WHERE ${IN_WINDOW}
  RETURN count(r) AS total
}
CALL (n) {
  MATCH ${pattern} WHERE ${IN_WINDOW}${keyset}
  RETURN count(r) AS remaining
}
CALL (n) {
  MATCH ${pattern} WHERE ${IN_WINDOW}${keyset}
  WITH r ORDER BY ${keysetOrder(keys, 'r.id')} LIMIT $limit
  RETURN collect({ key: ${keysetValues(keys, 'r.id')}, edge: ${edgeProjection('r')} }) AS rows
}
RETURN anchor, total, CASE WHEN $after IS NULL THEN null ELSE remaining END AS remaining, rows`,
    params: {
      anchors: [...anchors],
      windowStart: window.start,
      windowEnd: window.end,
      after: after ? [...after] : null,
      limit: int(first + 1),
    },
  };
}
