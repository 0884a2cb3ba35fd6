import { notRetracted } from './curation/retractionModel.js';
import { int } from 'neo4j-driver';
import type { CypherQuery } from './CypherQuery.js';
import { graphProjections } from './returnShapes.js';

/** Depths a subgraph may reach; the quantifier must be a literal, so it is chosen from these constants. */
export const SUBGRAPH_DEPTHS = [1, 2, 3] as const;
export type SubgraphDepth = (typeof SUBGRAPH_DEPTHS)[number];

/** The most edges a subgraph holds unless asked for more (`edgeLimit`; README, "Limits"). */
export const SUBGRAPH_EDGE_LIMIT_DEFAULT = 2000;

/**
 * Which properties of the subgraph's nodes and edges to return: the names,
 * or null for every property. With names, `props` of each node or edge is
 * the list of their values in that order (zipProps makes the map).
 */
export interface SubgraphProps {
  node: readonly string[] | null;
  edge: readonly string[] | null;
}

/** Every property of every node and edge (the exports, and a selection that asks `properties`). */
export const ALL_SUBGRAPH_PROPS: SubgraphProps = { node: null, edge: null };

/** A time window as day bounds (`YYYY-MM-DD`): the first day of `from` and the last day of `to`. */
export interface DayWindow {
  start: string | null;
  end: string | null;
}

/**
 * Relationship types whose dates span a period that lasts until its end (a
 * tenure, a post, a membership): without an end they are open-ended. Every
 * other dated relationship is an event: without an end it lasts its start's period.
 */
export const SPAN_TYPES = ['GOVERNED', 'LED', 'MEMBER_OF'] as const;

/**
 * Whether relationship `r` may fall in the window `$windowStart..$windowEnd`
 * (day bounds; both null: no window). Undated relationships always pass; a
 * dated one passes when its period overlaps the window. Its period runs from
 * the earliest day of `start`/`since`/`date` (unbounded when absent) to the
 * latest day of `end`/`until`/`date`, or when absent, open-ended for
 * SPAN_TYPES and the start's last day for events.
 */
export const IN_WINDOW = (r: string): string => `($windowStart IS NULL AND $windowEnd IS NULL
  OR all(k IN ['startMin', 'endMax', 'sinceMin', 'untilMax', 'dateMin'] WHERE ${r}[k] IS NULL)
  OR (coalesce(${r}.startMin, ${r}.sinceMin, ${r}.dateMin, '0000-01-01') <= coalesce($windowEnd, '9999-12-31')
      AND coalesce(${r}.endMax, ${r}.untilMax, ${r}.dateMax,
                   CASE WHEN type(${r}) IN $spanTypes THEN '9999-12-31' ELSE coalesce(${r}.startMax, ${r}.sinceMax) END,
                   '9999-12-31') >= coalesce($windowStart, '0000-01-01')))`;

/** The relationships a subgraph is made of: of `$types` (all when null), not retracted, possibly in the window. */
const traversable = (r: string): string =>
  `($types IS NULL OR type(${r}) IN $types) AND ${notRetracted(r)} AND ${IN_WINDOW(r)}`;

/**
 * One of the two passes that find the edges among `ns` (see subgraphAround):
 * runs when `when` holds, reading the relationships of each node `from` binds
 * and keeping those whose other end, `other`, is in `ns`; returns each as
 * `a`, `r`, `b`.
 */
const edgePass = (when: string, from: 'a' | 'b', other: 'a' | 'b'): string => `UNWIND CASE WHEN ${when} THEN ns ELSE [] END AS ${from}
  MATCH (a)-[r]->(b)
  WHERE ${other} IN ns AND ${traversable('r')}
  RETURN a, r, b`;

/**
 * The nodes within `depth` hops of the start nodes (nearest first, ties by
 * id, at most `limit`), optionally only over `types` and only over
 * relationships that may fall in `window` (undated ones stay), and the
 * relationships among them that pass the same filters, at most `edgeLimit`:
 * those with an end nearer the start first (by the distance of the nearer
 * end), ties by id. Returns one row: nodes, edges, truncated (whether `limit` cut
 * nodes off), edgesTruncated (whether `edgeLimit` cut edges off). Reference
 * Source nodes are never part of the graph's traversal; retracted facts neither.
 *
 * Found level by level: every node at distance k comes before any at k + 1,
 * so a level is expanded only while the nodes found so far fit the limit;
 * once they do not, deeper levels cannot enter the answer and `truncated` is
 * already true. (An ANY SHORTEST over the whole neighbourhood expanded every
 * path before cutting: 404 ms against 72 ms for depth 2, limit 500 at 1000x
 * the seed; docs/performance.md. The benchmark checked both give the same answer.)
 *
 * The edges among the nodes are found from the side with fewer relationships
 * to read: every edge a->b is both an outgoing one of a and an incoming one
 * of b, so either pass alone finds each once. The degrees are counted first
 * (Neo4j keeps them per node, so this reads no relationships of dense
 * nodes). Around a region at 1000x the seed, its 499 governors have ~100
 * outgoing visits and meetings each but almost nothing incoming: ~2,000
 * relationships read instead of ~50,000.
 *
 * Only the kept edges are projected: 500 nodes can hold tens of thousands of
 * relationships among them (around a region at 100x the seed, 189 governors
 * and the countries they visited: 19,654), and projecting them all was most
 * of a second; the rest are only ranked (their id read). With `props`, the
 * nodes and edges carry only the properties named (a selection that asks no
 * `properties` needs a few): the answer around a region at 100x the seed was
 * 940 KB of JSON with every property, and the query 146 against 90 ms with
 * ids alone (docs/performance.md, 10.).
 */
export function subgraphAround(
  ids: readonly string[],
  depth: SubgraphDepth,
  types: readonly string[] | null,
  limit: number,
  window: DayWindow = { start: null, end: null },
  edgeLimit: number = SUBGRAPH_EDGE_LIMIT_DEFAULT,
  props: SubgraphProps = ALL_SUBGRAPH_PROPS,
): CypherQuery {
  const project = graphProjections(props);
  const levels: string[] = [];
  for (let k = 1; k <= depth; k += 1) {
    const found = Array.from({ length: k }, (_, i) => `l${i}`);
    const sizeSoFar = found.map((l) => `size(${l})`).join(' + ');
    levels.push(`CALL (${found.join(', ')}) {
  UNWIND CASE WHEN ${sizeSoFar} <= $limit THEN l${k - 1} ELSE [] END AS a
  MATCH (a)-[r]-(m:Entity)
  WHERE ${traversable('r')}
    AND ${found.map((l) => `NOT m IN ${l}`).join(' AND ')}
  WITH DISTINCT m ORDER BY m.id
  RETURN collect(m) AS l${k}
}`);
  }
  const lists = Array.from({ length: depth + 1 }, (_, i) => `l${i}`);
  // The distance of an edge's nearer end: the first level holding either end (every end is in ns, so in a level).
  const near = `CASE ${lists.slice(0, -1).map((l, k) => `WHEN a IN ${l} OR b IN ${l} THEN ${k}`).join(' ')} ELSE ${depth} END`;
  return {
    cypher: `MATCH (s:Entity) WHERE s.id IN $ids
WITH s ORDER BY s.id
WITH collect(s) AS l0
${levels.join('\n')}
WITH ${lists.join(', ')}, ${lists.join(' + ')} AS reached
WITH ${lists.join(', ')}, reached[0..$limit] AS ns, size(reached) > $limit AS truncated
CALL (ns) {
  UNWIND ns AS n
  RETURN sum(COUNT { (n)-->() }) AS outgoing, sum(COUNT { (n)<--() }) AS incoming
}
CALL (${lists.join(', ')}, ns, outgoing, incoming) {
  CALL (ns, outgoing, incoming) {
  ${edgePass('outgoing <= incoming', 'a', 'b')}
  UNION ALL
  ${edgePass('outgoing > incoming', 'b', 'a')}
  }
  WITH r, ${near} AS near
  ORDER BY near, r.id
  LIMIT $edgeLimit + 1
  RETURN collect(r) AS kept
}
RETURN [n IN ns | ${project.node('n')}] AS nodes,
  [r IN kept[0..$edgeLimit] | ${project.edge('r')}] AS edges,
  truncated, size(kept) > $edgeLimit AS edgesTruncated`,
    params: {
      ids: [...ids],
      types: types ? [...types] : null,
      limit: int(limit),
      edgeLimit: int(edgeLimit),
      windowStart: window.start,
      windowEnd: window.end,
      ...project.params,
      spanTypes: [...SPAN_TYPES],
    },
  };
}
