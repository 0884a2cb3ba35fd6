import { notRetracted } from './curation/retractionModel.js';
import { int } from 'neo4j-driver';
import type { CypherQuery } from './CypherQuery.js';
import { edgeProjection, nodeProjection } from './returnShapes.js';
import { IN_WINDOW, SPAN_TYPES, type DayWindow } from './subgraphAround.js';

/** Hop caps a path search may use; the quantifier must be a literal, so it is chosen from these constants. */
export const PATH_HOPS = [1, 2, 3, 4, 5, 6] as const;
export type PathHops = (typeof PATH_HOPS)[number];

const QUANTIFIER: Record<PathHops, string> = { 1: '{1,1}', 2: '{1,2}', 3: '{1,3}', 4: '{1,4}', 5: '{1,5}', 6: '{1,6}' };
const VAR_LENGTH: Record<PathHops, string> = { 1: '*1..1', 2: '*1..2', 3: '*1..3', 4: '*1..4', 5: '*1..5', 6: '*1..6' };

/** Cypher's SHORTEST k takes a literal k: paths are found up to this many, then cut to `first`. */
export const MAX_PATHS = 50;

/** SHORTEST: the k shortest paths, shortest first; ALL_SHORTEST: every path of the minimal length. */
export type PathMode = 'SHORTEST' | 'ALL_SHORTEST';

/** Further path options: relationship types to exclude, a time window, the mode (default SHORTEST). */
export interface PathOptions {
  exclude?: readonly string[] | null;
  window?: DayWindow;
  mode?: PathMode;
}

/** The test every relationship of a path must pass (parameters only). */
const usable = (r: string): string =>
  `($types IS NULL OR type(${r}) IN $types) AND NOT type(${r}) IN $exclude AND ${notRetracted(r)} AND ${IN_WINDOW(r)}`;

/**
 * Up to `first` paths from `from` to `to` of at most `maxHops` hops, in either
 * direction, visiting each node at most once. Only over relationships of
 * `types` (all when null), never of `options.exclude`, and only over
 * relationships that may fall in `options.window` (dated ones outside it are
 * dropped, undated ones stay: see IN_WINDOW). `options.mode` SHORTEST
 * (default) gives the k shortest, ALL_SHORTEST only those of the minimal
 * length. One row per path, shortest first, then by the ids of its
 * relationships (a stable order): its nodes and edges in order; no rows when
 * `from` and `to` are the same node.
 *
 * As with Cypher's `SHORTEST k`, at most MAX_PATHS paths are found and
 * those are ordered and cut to `first`: when more paths tie, which of them
 * are found is the search's choice.
 *
 * Why two searches: the paths of the minimal length come from
 * `allShortestPaths`, a bidirectional breadth-first search that tests each
 * relationship as it expands and stops producing paths at MAX_PATHS, so it
 * costs what the two neighbourhoods up to the meeting depth cost, not the
 * graph (1000x the seed, region to country: ~25 ms where `SHORTEST 50` took
 * 16 s; that search runs from one side only). A shortest path never repeats a
 * node, so no uniqueness test is needed there. Only in SHORTEST mode and only
 * when fewer than `first` minimal paths exist does the k-shortest search
 * (`SHORTEST 50` over a quantified pattern, node uniqueness inside the
 * pattern) run for the longer ones; its cost grows with the neighbourhoods it
 * must exhaust (10-14 s at 1000x from a governor to a country).
 */
export function pathsBetween(
  from: string,
  to: string,
  maxHops: PathHops,
  types: readonly string[] | null,
  first: number,
  options: PathOptions = {},
): CypherQuery {
  const mode = options.mode ?? 'SHORTEST';
  return {
    cypher: `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
WHERE a <> b
CALL (a, b) {
  MATCH p = allShortestPaths((a)-[rs${VAR_LENGTH[maxHops]}]-(b))
  WHERE all(r IN rs WHERE ${usable('r')})
  WITH p LIMIT ${MAX_PATHS}
  RETURN collect(p) AS shortest
}
CALL (a, b, shortest) {
  WITH a, b, shortest WHERE $mode = 'SHORTEST' AND 0 < size(shortest) < $first
  MATCH p = SHORTEST ${MAX_PATHS} ((a)((x)-[r]-(y) WHERE ${usable('r')})${QUANTIFIER[maxHops]}(b)
    WHERE all(i IN range(0, size(y) - 1) WHERE y[i] <> a AND none(j IN range(i + 1, size(y) - 1) WHERE y[i] = y[j])))
  RETURN collect(p) AS kShortest
}
UNWIND CASE WHEN size(kShortest) > 0 THEN kShortest ELSE shortest END AS p
WITH p, [r IN relationships(p) | r.id] AS edgeIds
ORDER BY size(edgeIds), edgeIds
LIMIT $first
RETURN [n IN nodes(p) | ${nodeProjection('n')}] AS nodes,
       [r IN relationships(p) | ${edgeProjection('r')}] AS edges`,
    params: {
      from,
      to,
      types: types ? [...types] : null,
      exclude: options.exclude ? [...options.exclude] : [],
      windowStart: options.window?.start ?? null,
      windowEnd: options.window?.end ?? null,
      spanTypes: [...SPAN_TYPES],
      mode,
      first: int(first),
    },
  };
}
