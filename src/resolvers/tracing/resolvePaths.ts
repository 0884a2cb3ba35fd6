import { MAX_PATHS, PATH_HOPS, pathsBetween, type PathHops, type PathMode } from '../../cypher/pathsBetween.js';
import { ALL_SUBGRAPH_PROPS, type SubgraphProps } from '../../cypher/subgraphAround.js';
import type { Context } from '../../context/context.js';
import type { EdgeRow, NodeRow, PathRow } from '../../model/records.js';
import { zipRowProps, type Returned } from '../../model/zipRowProps.js';
import { intInRange, nodeId } from '../validate.js';
import { dateWindow, relationshipTypeList } from './validateTracing.js';

/** The arguments of `Query.paths` (schema/node.graphql). */
export interface PathsArguments {
  from: string;
  to: string;
  maxHops?: number | null;
  relationshipTypes?: readonly string[] | null;
  excludeRelationshipTypes?: readonly string[] | null;
  fromDate?: string | null;
  toDate?: string | null;
  mode?: PathMode | null;
  first?: number | null;
}

/** Documented caps of `paths` (README, "Limits"): maxHops 1..6, first 1..50. */
export const PATH_LIMITS = { hops: PATH_HOPS.length, hopsDefault: 4, first: MAX_PATHS, firstDefault: 10 } as const;

/**
 * `Query.paths`: validates the arguments (BAD_USER_INPUT naming the argument)
 * and runs the one path query; with `props` naming properties (what the
 * selection reads: subgraphPropsOf), each node and edge holds only those.
 */
export async function resolvePaths(args: PathsArguments, ctx: Context, props: SubgraphProps = ALL_SUBGRAPH_PROPS): Promise<PathRow[]> {
  nodeId('from', args.from);
  nodeId('to', args.to);
  const hops = intInRange('maxHops', args.maxHops, PATH_LIMITS.hopsDefault, 1, PATH_LIMITS.hops) as PathHops;
  const first = intInRange('first', args.first, PATH_LIMITS.firstDefault, 1, PATH_LIMITS.first);
  const types = relationshipTypeList('relationshipTypes', args.relationshipTypes);
  const exclude = relationshipTypeList('excludeRelationshipTypes', args.excludeRelationshipTypes);
  const window = dateWindow('fromDate', 'toDate', args.fromDate, args.toDate);
  const rows = await ctx.db.executeRead<{ nodes: Returned<NodeRow>[]; edges: Returned<EdgeRow>[] }>(
    pathsBetween(args.from, args.to, hops, types, first, { exclude, window, mode: args.mode ?? 'SHORTEST', props }),
    ctx.stats,
  );
  return rows.map((row) => ({
    nodes: row.nodes.map((node) => zipRowProps<NodeRow>(props.node, node)),
    edges: row.edges.map((edge) => zipRowProps<EdgeRow>(props.edge, edge)),
  }));
}
