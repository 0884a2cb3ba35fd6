import type { Database, QueryStats } from '../db/Database.js';
import type { SubgraphRow } from '../model/records.js';
import { subgraphQuery, type SubgraphArguments } from './subgraphArguments.js';

/**
 * Validates `args` (BAD_USER_INPUT as subgraphQuery says) and runs the one
 * subgraph query: what Query.subgraph answers and the downloads serialise.
 * An empty subgraph (nothing truncated) when the query gives no row.
 */
export async function readSubgraph(db: Database, args: SubgraphArguments, stats?: QueryStats): Promise<SubgraphRow> {
  const [row] = await db.executeRead<SubgraphRow>(subgraphQuery(args), stats);
  return row ?? { nodes: [], edges: [], truncated: false, edgesTruncated: false };
}
