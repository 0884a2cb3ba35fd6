import type { NodeKind, RelationshipType } from '../seed/format.js';

/**
 * What the database layer hands to resolvers: plain rows, never driver
 * objects. Resolvers for typed fields (Region, Tenure, ...) and for the
 * generic graph shape (GraphNode, GraphEdge) read the same rows.
 */

/** A node: its stable id, its kind (label) and its stored properties. */
export interface NodeRow {
  id: string;
  kind: NodeKind;
  props: Record<string, unknown>;
}

/** A relationship: its stable id, type, endpoint ids and stored properties. */
export interface EdgeRow {
  id: string;
  type: RelationshipType;
  from: string;
  to: string;
  props: Record<string, unknown>;
}

/** A source as cited by one fact: the quote belongs to the citation. */
export interface SourceRow {
  id: string;
  title: string;
  publisher: string | null;
  url: string | null;
  published: string | null;
  quote: string | null;
}

/** Nodes and edges of a path, in order. */
export interface PathRow {
  nodes: NodeRow[];
  edges: EdgeRow[];
}

/** Nodes and edges of a subgraph, and what its limits cut off. */
export interface SubgraphRow extends PathRow {
  /** Whether `limit` cut nodes off. */
  truncated: boolean;
  /** Whether `edgeLimit` cut edges off. */
  edgesTruncated: boolean;
}
