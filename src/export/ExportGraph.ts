import type { SourceRow } from '../model/records.js';

/** A value an exported attribute may hold: a primitive, or a list or object (written as JSON in XML formats). */
export type ExportValue = string | number | boolean | readonly unknown[] | Record<string, unknown>;

/** A node as every export format writes it. */
export interface ExportNode {
  id: string;
  /** As GraphNode.label. */
  label: string;
  /** The node's label in the graph (Region, Person, ...), as GraphNode.kind. */
  kind: string;
  /** Its public properties (as GraphNode.properties), `id` aside, renamed where they clash with id/label/kind. */
  attributes: Record<string, ExportValue>;
}

/** A relationship as every export format writes it, with its citations. */
export interface ExportEdge {
  id: string;
  source: string;
  target: string;
  /** The relationship type (GOVERNED, VISITED, ...), as GraphEdge.type. */
  type: string;
  /** Its public properties (as GraphEdge.properties), `id` aside, renamed where they clash with the fields above. */
  attributes: Record<string, ExportValue>;
  /** The sources it cites, each with the quote of that citation (as GraphEdge.sources). */
  sources: SourceRow[];
}

/** What the subgraph was asked for, written into each export's metadata. */
export interface ExportRequest {
  ids: string[];
  depth: number;
  relationshipTypes: string[] | null;
  from: string | null;
  to: string | null;
  limit: number;
  edgeLimit: number;
}

/** A subgraph ready to serialise: the same nodes and edges as Query.subgraph for the same arguments. */
export interface ExportGraph {
  request: ExportRequest;
  nodes: ExportNode[];
  edges: ExportEdge[];
  /** True when `limit` cut nodes off (as Subgraph.truncated). */
  truncated: boolean;
  /** True when `edgeLimit` cut edges off (as Subgraph.edgesTruncated). */
  edgesTruncated: boolean;
}
