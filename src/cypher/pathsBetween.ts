import { notRetracted } from './curation/retractionModel.js';
import { int } from 'neo4j-driver';
import type { CypherQuery } from './CypherQuery.js';
import { edgeProjection, nodeProjection } from './returnShapes.js';
import { IN_WINDOW, SPAN_TYPES, type DayWindow } from './subgraphAround.js';

/** Hop caps a path search may use; the quantifier must be a literal, so it is chosen from these constants. */
export const PATH_HOPS = [1, 2, 3, 4, 5, 6] as const;
export type PathHops = (typeof PATH_HOPS)[number];

const QUANTIFIER: Record<PathHops, string> = { 1: '{1,1}', 2: '{1,2}', 3: '{1,3}', 4: '{1,4}', 5: '{1,5}', 6: '{1,6}' };

/** Cypher's SHORTEST k takes a literal k: paths are found up to this many, then cut to `first`. */
export const MAX_PATHS = 50;

/** SHORTEST: the k shortest paths, shortest first; ALL_SHORTEST: every path of the minimal length. */
export type PathMode = 'SHORTEST' | 'ALL_SHORTEST';

/** The path selector of each mode (constants: nothing from input is spliced in). */
const SELECTOR: Record<PathMode, string> = { SHORTEST: `SHORTEST ${MAX_PATHS}`, ALL_SHORTEST: 'ALL SHORTEST' };

/** Further path options: relationship types to exclude, a time window, the mode (default SHORTEST). */
export interface PathOptions {
  exclude?: readonly string[] | null;
  window?: DayWindow;
  mode?: PathMode;
}

/**
 * Up to `first` paths from `from` to `to` of at most `maxHops` hops, in either
 * direction, visiting each node at most once (the predicate sits inside the
 * path pattern, so it filters before the shortest paths are selected). Only
 * over relationships of `types` (all when null), never of `options.exclude`, and only
 * over relationships that may fall in `options.window` (dated ones outside it are
 * dropped, undated ones stay: see IN_WINDOW). `options.mode` SHORTEST (default) gives the k
 * shortest, ALL_SHORTEST only those of the minimal length. One row per path,
 * shortest first, then by the ids of its relationships (a stable order): its
 * nodes and edges in order.
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
MATCH p = ${SELECTOR[mode]} ((a)((x)-[r]-(y)
    WHERE ($types IS NULL OR type(r) IN $types) AND NOT type(r) IN $exclude AND ${notRetracted('r')} AND ${IN_WINDOW('r')}
  )${QUANTIFIER[maxHops]}(b)
  WHERE all(i IN range(0, size(y) - 1) WHERE y[i] <> a AND none(j IN range(i + 1, size(y) - 1) WHERE y[i] = y[j])))
WITH p, [r IN relationships(p) | r.id] AS edgeIds
RETURN [n IN nodes(p) | ${nodeProjection('n')}] AS nodes,
       [r IN relationships(p) | ${edgeProjection('r')}] AS edges
ORDER BY size(edgeIds), edgeIds
LIMIT $first`,
    params: {
      from,
      to,
      types: types ? [...types] : null,
      exclude: options.exclude ? [...options.exclude] : [],
      windowStart: options.window?.start ?? null,
      windowEnd: options.window?.end ?? null,
      spanTypes: [...SPAN_TYPES],
      first: int(first),
    },
  };
}
