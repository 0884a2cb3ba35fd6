import { notRetracted } from './curation/retractionModel.js';
import { int } from 'neo4j-driver';
import type { CypherQuery } from './CypherQuery.js';
import { graphProjections } from './returnShapes.js';
import { ALL_SUBGRAPH_PROPS, IN_WINDOW, SPAN_TYPES, type DayWindow, type SubgraphProps } from './subgraphAround.js';

/** Hop caps a path search may use; the quantifier must be a literal, so it is chosen from these constants. */
export const PATH_HOPS = [1, 2, 3, 4, 5, 6] as const;
export type PathHops = (typeof PATH_HOPS)[number];

const VAR_LENGTH: Record<PathHops, string> = { 1: '*1..1', 2: '*1..2', 3: '*1..3', 4: '*1..4', 5: '*1..5', 6: '*1..6' };

/** Paths are found up to this many of each length, then cut to `first` (a literal, so LIMIT can be planned). */
export const MAX_PATHS = 50;

/** SHORTEST: the k shortest paths, shortest first; ALL_SHORTEST: every path of the minimal length. */
export type PathMode = 'SHORTEST' | 'ALL_SHORTEST';

/** Further path options: relationship types to exclude, a time window, the mode (default SHORTEST). */
export interface PathOptions {
  exclude?: readonly string[] | null;
  window?: DayWindow;
  mode?: PathMode;
  /** How the two-hop paths are searched (default `auto`; see TwoHopSearch). */
  twoHops?: TwoHopSearch;
  /** The properties of nodes and edges to return (default every one; see SubgraphProps). */
  props?: SubgraphProps;
}

/** The test every relationship of a path must pass (parameters only). */
const usable = (r: string): string =>
  `($types IS NULL OR type(${r}) IN $types) AND NOT type(${r}) IN $exclude AND ${notRetracted(r)} AND ${IN_WINDOW(r)}`;

/** Nodes of a path given as a list, none repeated (a list holds at most maxHops + 1 = 7 of them). */
const SIMPLE = (ns: string): string =>
  `all(i IN range(0, size(${ns}) - 2) WHERE none(j IN range(i + 1, size(${ns}) - 1) WHERE ${ns}[i] = ${ns}[j]))`;

/**
 * How the paths of two hops are searched (s-m-t, only when the minimal path
 * is one hop): by asking each neighbour `m` of `s` for its relationships with
 * `t`, or by the hash join of pathsOfLength, which reads every relationship
 * of `t`; `auto` (the default) takes the cheaper by the ends' degrees. The
 * others are for tests, which compare both with the seed graph's paths.
 */
export type TwoHopSearch = 'auto' | 'neighbours' | 'join';

/**
 * The paths of exactly `length` hops from `s` to `t`, met in the middle:
 * walks of ceil(length / 2) hops from `s` (the end with fewer relationships)
 * and of the rest from `t`, joined on their end node by a hash join, kept
 * when no node repeats (two-hop paths may be found another way:
 * twoHopPaths). Runs only while fewer than `first` paths are found and only
 * for lengths above the minimal one.
 */
function pathsOfLength(length: number, before: string[], twoHops: TwoHopSearch): string {
  const fromS = Math.ceil(length / 2);
  const fromT = length - fromS;
  const found = ['shortest', ...before].map((f) => `size(${f})`).join(' + ');
  const join = `MATCH ps = (s)-[rs*${fromS}..${fromS}]-(m), pt = (t)-[rt*${fromT}..${fromT}]-(m)
  USING JOIN ON m
  WHERE all(r IN rs WHERE ${usable('r')}) AND all(r IN rt WHERE ${usable('r')})
  WITH nodes(ps) + reverse(nodes(pt))[1..] AS ns, relationships(ps) + reverse(relationships(pt)) AS rs`;
  const search = length === 2 ? twoHopPaths(join, twoHops) : join;
  return `CALL (s, t, shortest, minimal${before.map((f) => `, ${f}`).join('')}) {
  WITH s, t WHERE $mode = 'SHORTEST' AND 0 < size(shortest) AND minimal < ${length}
    AND ${found} < $first
  ${search}
  WITH ns, rs WHERE ${SIMPLE('ns')}
  WITH ns, rs LIMIT ${MAX_PATHS}
  RETURN collect({ns: ns, rs: rs}) AS len${length}
}`;
}

/**
 * What asking one neighbour costs beyond the relationships it reads, in
 * relationships of `t` the join would read instead: the two Expand(Into)
 * calls read degrees and relationship groups (10–20 db hits per neighbour)
 * and run a subquery each. Measured against the join (`.probe`, not
 * committed): a governor's 167 neighbours took ~2 ms more than Jordan's 310
 * relationships at 10x (~12 µs a neighbour, ~0.5 µs a relationship), and
 * 187 neighbours ~16 ms less than its 30,350 at 1000x.
 */
const ASK_NEIGHBOUR_COST = 25;

/**
 * The two-hop paths s-m-t (see TwoHopSearch), as rows of `ns` and `rs`.
 * The join reads all of `t`'s relationships, and when none of them meets a
 * neighbour of `s` that is the whole cost (1000x the seed, a governor to
 * Jordan: 30,350 relationships for no path, about 16 ms). Asking each
 * neighbour instead costs, per neighbour and direction, the smaller side's
 * relationships in that direction: Neo4j's Expand(Into) reads the end with
 * fewer (a country visited by thousands has few outgoing ones), so it is
 * asked in each direction apart, and only when that sum (from the nodes'
 * stored degrees, plus ASK_NEIGHBOUR_COST a neighbour) is below `t`'s degree.
 */
function twoHopPaths(join: string, twoHops: TwoHopSearch): string {
  const neighbours = `MATCH (s)-[r1]-(m)
    WHERE m <> t AND ${usable('r1')}
    CALL (m, t) {
      MATCH (m)-[r2]->(t) RETURN r2
      UNION ALL
      MATCH (m)<-[r2]-(t) RETURN r2
    }
    WITH s, m, t, r1, r2 WHERE ${usable('r2')}
    RETURN [s, m, t] AS ns, [r1, r2] AS rs`;
  switch (twoHops) {
    case 'neighbours':
      return `CALL (s, t) {
    ${neighbours}
  }`;
    case 'join':
      return join;
    case 'auto':
      // t's degrees are read once. Each neighbour costs at least ASK_NEIGHBOUR_COST: when that alone is over
      // t's degree, no neighbour's degrees are read.
      return `WITH s, t, COUNT { (t)-->() } AS tOut, COUNT { (t)<--() } AS tIn, COUNT { (t)--() } AS tDegree
  WITH s, t, tOut, tIn, tDegree, ${ASK_NEIGHBOUR_COST} * COUNT { (s)--() } < tDegree AS mayAsk
  CALL (s, t, tOut, tIn, mayAsk) {
    WITH s, t, tOut, tIn WHERE mayAsk
    MATCH (s)--(m) WHERE m <> t
    WITH tOut, tIn, COUNT { (m)-->() } AS mOut, COUNT { (m)<--() } AS mIn
    WITH CASE WHEN mOut < tIn THEN mOut ELSE tIn END + CASE WHEN mIn < tOut THEN mIn ELSE tOut END AS reads
    RETURN sum(${ASK_NEIGHBOUR_COST} + reads) AS neighbourReads
  }
  WITH s, t, mayAsk AND neighbourReads < tDegree AS askNeighbours
  CALL (s, t, askNeighbours) {
    WITH s, t WHERE askNeighbours
    ${neighbours}
    UNION ALL
    WITH s, t WHERE NOT askNeighbours
    ${join.replaceAll('\n', '\n  ')}
    RETURN ns, rs
  }`;
  }
}

/**
 * Up to `first` paths from `from` to `to` of at most `maxHops` hops, in either
 * direction, visiting each node at most once. Only over relationships of
 * `types` (all when null), never of `options.exclude`, and only over
 * relationships that may fall in `options.window` (dated ones outside it are
 * dropped, undated ones stay: see IN_WINDOW). `options.mode` SHORTEST
 * (default) gives the k shortest, ALL_SHORTEST only those of the minimal
 * length. One row per path, shortest first, then by the ids of its
 * relationships (a stable order): its nodes and edges in order (with
 * `options.props` naming properties, `props` of each the list of their
 * values: zipRowProps makes the map); no rows when `from` and `to` are the
 * same node.
 *
 * At most MAX_PATHS paths of each length are found and those are ordered and
 * cut to `first`: when more paths tie, which of them are found is the
 * search's choice.
 *
 * How: the paths of the minimal length come from `allShortestPaths`, a
 * bidirectional breadth-first search that tests each relationship as it
 * expands and stops producing paths at MAX_PATHS, so it costs what the two
 * neighbourhoods up to the meeting depth cost, not the graph (1000x the seed,
 * region to country: ~25 ms where Cypher's `SHORTEST 50` took 16 s; that
 * search runs from one side only). A shortest path never repeats a node. Only
 * in SHORTEST mode and only when fewer than `first` minimal paths exist are
 * longer paths looked for, one length at a time (pathsOfLength): each half
 * of such a path is a walk from one end, so the work is the two ends'
 * neighbourhoods to half the length, not every walk of the whole length
 * (`SHORTEST 50` with a no-repeated-node test took 10-20 s at 1000x from a
 * governor to a country, and noticed a timeout only when done).
 * Both searches start from the end with fewer relationships (`s`; the
 * paths are turned round at the end when that is `to`): the breadth-first
 * search expands that side first, and the longer half of a walk comes from
 * it, so a country with 30,000 relationships at 1000x is expanded one hop,
 * not two, whichever end of the question it is. When the minimal path is one
 * hop, the two-hop paths ask each neighbour of `s` for its relationships with
 * `t` when that reads less than `t`'s relationships (twoHopPaths; 1000x, a
 * governor to Jordan: ~45 -> ~30 ms).
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
  const project = graphProjections(options.props ?? ALL_SUBGRAPH_PROPS);
  const longer: string[] = [];
  const blocks: string[] = [];
  for (let length = 2; length <= maxHops; length += 1) {
    blocks.push(pathsOfLength(length, longer, options.twoHops ?? 'auto'));
    longer.push(`len${length}`);
  }
  return {
    cypher: `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
WHERE a <> b
WITH COUNT { (a)--() } <= COUNT { (b)--() } AS fromA, a, b
WITH fromA, CASE WHEN fromA THEN a ELSE b END AS s, CASE WHEN fromA THEN b ELSE a END AS t
CALL (s, t) {
  MATCH p = allShortestPaths((s)-[rs${VAR_LENGTH[maxHops]}]-(t))
  WHERE all(r IN rs WHERE ${usable('r')})
  WITH p LIMIT ${MAX_PATHS}
  RETURN collect({ns: nodes(p), rs: relationships(p)}) AS shortest, min(length(p)) AS minimal
}
${blocks.join('\n')}
UNWIND shortest${longer.map((l) => ` + ${l}`).join('')} AS found
WITH CASE WHEN fromA THEN found ELSE {ns: reverse(found.ns), rs: reverse(found.rs)} END AS path
WITH path, [r IN path.rs | r.id] AS edgeIds
ORDER BY size(edgeIds), edgeIds
LIMIT $first
RETURN [n IN path.ns | ${project.node('n')}] AS nodes,
       [r IN path.rs | ${project.edge('r')}] AS edges`,
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
      ...project.params,
    },
  };
}
