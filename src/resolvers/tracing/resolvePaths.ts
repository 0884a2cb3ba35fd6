import { MAX_PATHS, PATH_HOPS, pathsBetween, type PathHops, type PathMode } from '../../cypher/pathsBetween.js';
import type { Context } from '../../context/context.js';
import type { PathRow } from '../../model/records.js';
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
 * and runs the one path query.
 */
export async function resolvePaths(args: PathsArguments, ctx: Context): Promise<PathRow[]> {
  nodeId('from', args.from);
  nodeId('to', args.to);
  const hops = intInRange('maxHops', args.maxHops, PATH_LIMITS.hopsDefault, 1, PATH_LIMITS.hops) as PathHops;
  const first = intInRange('first', args.first, PATH_LIMITS.firstDefault, 1, PATH_LIMITS.first);
  const types = relationshipTypeList('relationshipTypes', args.relationshipTypes);
  const exclude = relationshipTypeList('excludeRelationshipTypes', args.excludeRelationshipTypes);
  const window = dateWindow('fromDate', 'toDate', args.fromDate, args.toDate);
  return ctx.db.executeRead<PathRow>(
    pathsBetween(args.from, args.to, hops, types, first, { exclude, window, mode: args.mode ?? 'SHORTEST' }),
    ctx.stats,
  );
}
