import DataLoader from 'dataloader';
import type { Database, QueryStats } from '../db/Database.js';
import { edgesOfNodes, type EdgeKey } from '../cypher/edgesOfNodes.js';
import { nodesByIds } from '../cypher/nodesByIds.js';
import { sourcesByIds } from '../cypher/sourcesByIds.js';
import type { EdgeRow, NodeRow, SourceRow } from '../model/records.js';

/** Per-request batching: each loader turns all the keys a request level asks for into ONE query. */
export interface Loaders {
  node: DataLoader<string, NodeRow | null>;
  edges: DataLoader<EdgeKey, EdgeRow[], string>;
  source: DataLoader<string, Omit<SourceRow, 'quote'> | null>;
  /**
   * The nodes primed into `node` by the prefetch (src/prefetch), readable
   * without a promise: resolvers called once per row of a long list (a
   * visit's country) answer synchronously from it, which spares graphql-js a
   * promise per field.
   */
  primedNodes: Map<string, NodeRow | null>;
}

/**
 * Creates fresh loaders; call once per request (never share caches across
 * requests). Every batch runs one `UNWIND` query and returns results in key order.
 */
export function createLoaders(db: Database, stats: QueryStats): Loaders {
  return {
    primedNodes: new Map(),
    node: new DataLoader(async (ids) => {
      const rows = await db.executeRead<{ node: NodeRow }>(nodesByIds(ids), stats);
      const byId = new Map(rows.map((r) => [r.node.id, r.node]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    edges: new DataLoader(
      async (keys) => {
        const rows = await db.executeRead<{ i: number; edge: EdgeRow }>(edgesOfNodes(keys), stats);
        const result: EdgeRow[][] = keys.map(() => []);
        for (const row of rows) result[row.i]?.push(row.edge);
        return result;
      },
      { cacheKeyFn: (key) => `${key.direction}|${key.type}|${key.id}` },
    ),
    source: new DataLoader(async (ids) => {
      const rows = await db.executeRead<{ source: Omit<SourceRow, 'quote'> }>(sourcesByIds(ids), stats);
      const byId = new Map(rows.map((r) => [r.source.id, r.source]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
