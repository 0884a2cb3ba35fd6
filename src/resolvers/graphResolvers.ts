import type { GraphEdgeResolvers, GraphNodeResolvers, PathResolvers } from '../generated/graphql.js';
import { nodeLabel } from '../model/nodeLabel.js';
import { citedSources } from './graphAccess.js';

/** Stored properties that are bookkeeping, not facts: citations (see `sources`), index text, date bounds. */
function isInternal(key: string, props: Record<string, unknown>): boolean {
  if (key === 'sourceIds' || key === 'quotes' || key === 'altNamesText') return true;
  const m = /^(.*)(Min|Max)$/.exec(key);
  return !!m && m[1] !== undefined && m[1] in props;
}

/** A row's public properties, for the generic graph shape. */
export function publicProperties(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).filter(([key]) => !isInternal(key, props)));
}

export const graphNodeResolvers: GraphNodeResolvers = {
  kind: (node) => node.kind,
  label: (node) => nodeLabel(node),
  properties: (node) => publicProperties(node.props),
};

export const graphEdgeResolvers: GraphEdgeResolvers = {
  source: (edge) => edge.from,
  target: (edge) => edge.to,
  type: (edge) => edge.type,
  properties: (edge) => publicProperties(edge.props),
  sources: (edge, _, ctx) => citedSources(ctx, edge),
};

export const pathResolvers: PathResolvers = {
  length: (path) => path.edges.length,
};
