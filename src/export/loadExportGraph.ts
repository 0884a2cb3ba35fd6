import type { Database, QueryStats } from '../db/Database.js';
import { sourcesByIds } from '../cypher/sourcesByIds.js';
import type { EdgeRow, SourceRow } from '../model/records.js';
import { nodeLabel } from '../model/nodeLabel.js';
import { publicProperties } from '../resolvers/graphResolvers.js';
import type { ExportEdge, ExportGraph, ExportNode, ExportRequest, ExportValue } from './ExportGraph.js';
import { readSubgraph } from './readSubgraph.js';
import { SUBGRAPH_LIMITS, type SubgraphArguments } from './subgraphArguments.js';

/**
 * A row's public properties without `id` (the element's own id), each under
 * its name unless the name is `reserved` by the export's own fields: then
 * under `<owner><Name>` (a region's `kind`, REPUBLIC, becomes `regionKind`
 * beside the node's kind, Region).
 */
function attributesOf(props: Record<string, unknown>, reserved: readonly string[], owner: string): Record<string, ExportValue> {
  const out: Record<string, ExportValue> = {};
  for (const [key, value] of Object.entries(publicProperties(props))) {
    if (key === 'id' || value === null || value === undefined) continue;
    const name = reserved.includes(key) ? `${owner.charAt(0).toLowerCase()}${owner.slice(1)}${key.charAt(0).toUpperCase()}${key.slice(1)}` : key;
    out[name] = value as ExportValue;
  }
  return out;
}

const NODE_FIELDS = ['id', 'label', 'kind', 'parent'] as const;
const EDGE_FIELDS = ['id', 'source', 'target', 'type', 'label', 'sources', 'kind'] as const;

/** The citations of an edge, each with its quote (as GraphEdge.sources). */
function citations(edge: EdgeRow, sources: Map<string, Omit<SourceRow, 'quote'>>): SourceRow[] {
  const ids = (edge.props.sourceIds as string[] | undefined) ?? [];
  const quotes = (edge.props.quotes as string[] | undefined) ?? [];
  return ids.flatMap((id, i) => {
    const source = sources.get(id);
    return source ? [{ ...source, quote: quotes[i] || null }] : [];
  });
}

/**
 * Runs the subgraph query for `args` (the same validation and translator as
 * Query.subgraph: BAD_USER_INPUT on bad input) and the one batched lookup
 * of its edges' sources: two round-trips, whatever the size.
 */
export async function loadExportGraph(db: Database, args: SubgraphArguments, stats?: QueryStats): Promise<ExportGraph> {
  const subgraph = await readSubgraph(db, args, stats);
  const sourceIds = [...new Set(subgraph.edges.flatMap((e) => (e.props.sourceIds as string[] | undefined) ?? []))];
  const sourceRows = sourceIds.length
    ? await db.executeRead<{ source: Omit<SourceRow, 'quote'> }>(sourcesByIds(sourceIds), stats)
    : [];
  const sources = new Map(sourceRows.map((r) => [r.source.id, r.source]));
  const nodes: ExportNode[] = subgraph.nodes.map((n) => ({
    id: n.id,
    label: nodeLabel(n),
    kind: n.kind,
    attributes: attributesOf(n.props, NODE_FIELDS, n.kind),
  }));
  const edges: ExportEdge[] = subgraph.edges.map((e) => ({
    id: e.id,
    source: e.from,
    target: e.to,
    type: e.type,
    attributes: attributesOf(e.props, EDGE_FIELDS, 'relationship'),
    sources: citations(e, sources),
  }));
  const request: ExportRequest = {
    ids: [...new Set(args.ids)],
    depth: args.depth ?? 1,
    relationshipTypes: args.relationshipTypes ? [...args.relationshipTypes] : null,
    from: args.from ?? null,
    to: args.to ?? null,
    limit: args.limit ?? SUBGRAPH_LIMITS.limitDefault,
    edgeLimit: args.edgeLimit ?? SUBGRAPH_LIMITS.edgeLimitDefault,
  };
  return { request, nodes, edges, truncated: subgraph.truncated, edgesTruncated: subgraph.edgesTruncated };
}
