import type { QueryResolvers } from '../../generated/graphql.js';
import { networkGraph } from '../../cypher/networkGraph.js';
import { SUBGRAPH_DEPTHS, type SubgraphDepth } from '../../cypher/subgraphAround.js';
import { networkMeasures, type NetworkLink } from '../../analysis/networkMeasures.js';
import { BadUserInputError } from '../../errors/index.js';
import type { NodeRow } from '../../model/records.js';
import { intInRange, nodeId, nodeKinds, relationshipTypes } from '../validate.js';
import { dayWindow } from './dayWindow.js';

/** Caps, the same as `subgraph`'s (README, "Limits"). */
export const NETWORK_LIMITS = { ids: 50, limitDefault: 200, limit: 2000 } as const;

/** Node kinds reported when `kinds` is not given. */
const DEFAULT_KINDS = ['Region', 'Country'] as const;

/**
 * `Query.networkMeasures`: degree, betweenness, PageRank and Louvain
 * communities of a neighbourhood (ids, depth) or of the whole graph (no ids),
 * optionally over relationship types and a time window,
 * computed with graphology on the graph one query pulls.
 */
export const networkMeasuresResolver: NonNullable<QueryResolvers['networkMeasures']> = async (
  _,
  { ids, depth, relationshipTypes: types, from, to, limit, kinds },
  ctx,
) => {
  if (ids && (ids.length === 0 || ids.length > NETWORK_LIMITS.ids)) {
    throw new BadUserInputError(
      `ids must hold 1 to ${NETWORK_LIMITS.ids} ids (or be left out for the whole graph), received ${ids.length}`,
      { argument: 'ids' },
    );
  }
  ids?.forEach((id) => nodeId('ids', id));
  const d = intInRange('depth', depth, 1, 1, SUBGRAPH_DEPTHS.length) as SubgraphDepth;
  const max = intInRange('limit', limit, NETWORK_LIMITS.limitDefault, 1, NETWORK_LIMITS.limit);
  const reported: readonly string[] = nodeKinds(kinds) ?? DEFAULT_KINDS;
  const window = dayWindow(from, to);
  const [row] = await ctx.db.executeRead<{ nodes: NodeRow[]; links: NetworkLink[]; truncated: boolean }>(
    networkGraph(ids ? { ids, depth: d } : null, relationshipTypes(types), max, window),
    ctx.stats,
  );
  const nodes = row?.nodes ?? [];
  const measures = networkMeasures(nodes.map((n) => n.id), row?.links ?? []);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const node = (id: string): NodeRow => {
    const found = byId.get(id);
    if (!found) throw new Error(`network measure for unknown node ${id}`);
    return found;
  };
  return {
    nodeCount: nodes.length,
    edgeCount: measures.edgeCount,
    truncated: row?.truncated ?? false,
    modularity: measures.modularity,
    nodes: measures.nodes
      .filter((m) => reported.includes(node(m.id).kind))
      .sort((a, b) => b.pageRank - a.pageRank || a.id.localeCompare(b.id))
      .map((m) => ({ ...m, node: node(m.id) })),
    communities: measures.communities.map((members, id) => ({ id, size: members.length, members: members.map(node) })),
  };
};
