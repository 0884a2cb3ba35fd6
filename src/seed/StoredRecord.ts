import type { NodeKind, RelationshipType } from './format.js';

/** A node as written to Neo4j: flat properties, citations as parallel lists. */
export interface StoredNode {
  id: string;
  kind: NodeKind;
  props: Record<string, unknown>;
}

/** A relationship as written to Neo4j. */
export interface StoredRelationship {
  id: string;
  type: RelationshipType;
  from: string;
  to: string;
  props: Record<string, unknown>;
}
