import type { Database, QueryStats } from '../db/Database.js';
import { ALL_SUBGRAPH_PROPS, type SubgraphProps } from '../cypher/subgraphAround.js';
import type { EdgeRow, NodeRow, SubgraphRow } from '../model/records.js';
import { zipRowProps, type Returned } from '../model/zipRowProps.js';
import { subgraphQuery, type SubgraphArguments } from './subgraphArguments.js';

/**
 * Validates `args` (BAD_USER_INPUT as subgraphQuery says) and runs the one
 * subgraph query: what Query.subgraph answers and the downloads serialise.
 * With `props` naming properties, each node and edge holds only those (the
 * downloads take every one). An empty subgraph (nothing truncated) when the
 * query gives no row.
 */
export async function readSubgraph(
  db: Database,
  args: SubgraphArguments,
  stats?: QueryStats,
  props: SubgraphProps = ALL_SUBGRAPH_PROPS,
): Promise<SubgraphRow> {
  const [row] = await db.executeRead<Omit<SubgraphRow, 'nodes' | 'edges'> & { nodes: Returned<NodeRow>[]; edges: Returned<EdgeRow>[] }>(
    subgraphQuery(args, props),
    stats,
  );
  if (!row) return { nodes: [], edges: [], truncated: false, edgesTruncated: false };
  return {
    ...row,
    nodes: row.nodes.map((node) => zipRowProps<NodeRow>(props.node, node)),
    edges: row.edges.map((edge) => zipRowProps<EdgeRow>(props.edge, edge)),
  };
}
