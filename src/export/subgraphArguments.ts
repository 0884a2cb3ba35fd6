import type { CypherQuery } from '../cypher/CypherQuery.js';
import { ALL_SUBGRAPH_PROPS, subgraphAround, SUBGRAPH_DEPTHS, SUBGRAPH_EDGE_LIMIT_DEFAULT, type DayWindow, type SubgraphDepth, type SubgraphProps } from '../cypher/subgraphAround.js';
import { parsePartialDate } from '../domain/partialDate.js';
import { BadUserInputError } from '../errors/index.js';
import { intInRange, nodeId, relationshipTypes } from '../resolvers/validate.js';

/** Documented caps of `subgraph` and of the /export/subgraph.* downloads (README, "Limits"). */
export const SUBGRAPH_LIMITS = {
  ids: 50,
  depth: SUBGRAPH_DEPTHS.length,
  limitDefault: 200,
  limit: 2000,
  edgeLimitDefault: SUBGRAPH_EDGE_LIMIT_DEFAULT,
  edgeLimit: 20_000,
} as const;

/** The subgraph's arguments as a client gives them (GraphQL variables, or parsed query parameters). */
export interface SubgraphArguments {
  ids: readonly string[];
  depth?: number | null;
  relationshipTypes?: readonly string[] | null;
  from?: string | null;
  to?: string | null;
  limit?: number | null;
  edgeLimit?: number | null;
}

/** The first and last day of a partial date; BAD_USER_INPUT naming `name` when malformed. */
function dayBounds(name: string, value: string) {
  const bounds = parsePartialDate(value);
  if ('error' in bounds) throw new BadUserInputError(`${name} must be a date YYYY, YYYY-MM or YYYY-MM-DD: ${bounds.error}`, { argument: name });
  return bounds;
}

/**
 * Validates a time window (`from`, `to`: partial dates, `from` not after
 * `to`) into day bounds: the first day of `from`, the last day of `to`.
 */
export function dayWindow(from: string | null | undefined, to: string | null | undefined): DayWindow {
  const start = from ? dayBounds('from', from).earliest : null;
  const end = to ? dayBounds('to', to).latest : null;
  if (start && end && start > end) {
    throw new BadUserInputError(`from must not be after to, received from "${from}" and to "${to}"`, { argument: 'from' });
  }
  return { start, end };
}

/**
 * Validates the subgraph's arguments (BAD_USER_INPUT naming the argument,
 * saying what was expected and what was received) and translates them into
 * the one subgraph query. GraphQL's `subgraph` and the HTTP exports share it,
 * so both accept and refuse the same input. `props`: which properties the
 * nodes and edges carry (subgraphAround; every one by default).
 */
export function subgraphQuery(args: SubgraphArguments, props: SubgraphProps = ALL_SUBGRAPH_PROPS): CypherQuery {
  if (args.ids.length === 0 || args.ids.length > SUBGRAPH_LIMITS.ids) {
    throw new BadUserInputError(`ids must hold 1 to ${SUBGRAPH_LIMITS.ids} ids, received ${args.ids.length}`, { argument: 'ids' });
  }
  args.ids.forEach((id) => nodeId('ids', id));
  const depth = intInRange('depth', args.depth, 1, 1, SUBGRAPH_LIMITS.depth) as SubgraphDepth;
  const limit = intInRange('limit', args.limit, SUBGRAPH_LIMITS.limitDefault, 1, SUBGRAPH_LIMITS.limit);
  const edgeLimit = intInRange('edgeLimit', args.edgeLimit, SUBGRAPH_LIMITS.edgeLimitDefault, 1, SUBGRAPH_LIMITS.edgeLimit);
  const window = dayWindow(args.from, args.to);
  return subgraphAround([...new Set(args.ids)], depth, relationshipTypes(args.relationshipTypes), limit, window, edgeLimit, props);
}
