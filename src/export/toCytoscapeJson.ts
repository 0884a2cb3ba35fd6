import type { ExportGraph } from './ExportGraph.js';

/** Cytoscape.js elements JSON, as `cytoscape({ elements })` and `cy.json()` use it. */
export interface CytoscapeJson {
  /** What was asked for, and whether `limit` cut nodes off (`cy.data()`). */
  data: ExportGraph['request'] & { truncated: boolean; edgesTruncated: boolean };
  elements: {
    nodes: Array<{ data: Record<string, unknown> & { id: string; label: string; kind: string } }>;
    edges: Array<{ data: Record<string, unknown> & { id: string; source: string; target: string; type: string } }>;
  };
}

/**
 * The subgraph as Cytoscape.js elements: node data `{ id, label, kind,
 * ...properties }`, edge data `{ id, source, target, type, label (the type),
 * sources: [{ id, title, publisher, url, published, quote }], ...properties }`.
 */
export function toCytoscapeJson(graph: ExportGraph): CytoscapeJson {
  return {
    data: { ...graph.request, truncated: graph.truncated, edgesTruncated: graph.edgesTruncated },
    elements: {
      nodes: graph.nodes.map((n) => ({ data: { ...n.attributes, id: n.id, label: n.label, kind: n.kind } })),
      edges: graph.edges.map((e) => ({
        data: { ...e.attributes, id: e.id, source: e.source, target: e.target, type: e.type, label: e.type, sources: e.sources },
      })),
    },
  };
}
