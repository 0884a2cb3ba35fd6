import { RELATIONSHIP_TYPES, type RelationshipType } from '../../seed/format.js';

/**
 * How a retraction is stored. A retracted relationship is re-created as
 * `RETRACTED` with all its properties plus `retractedType` (the type it had)
 * and the retraction's who/when/why; a retracted node loses its kind label
 * and gets `Retracted` plus `retractedLabel`. Every read that matches a type
 * or a label (nearly all of them) therefore leaves retracted facts out with
 * no filter and no change of plan; the generic traversals (subgraph, paths,
 * network) skip the RETRACTED type explicitly, and reads that offer
 * `includeRetracted` match both.
 */
export const RETRACTED_TYPE = 'RETRACTED';
export const RETRACTED_LABEL = 'Retracted';

/** Node kinds that are facts of their own and can be retracted. */
export const NODE_FACT_LABELS = ['Statement', 'Diaspora', 'Source'] as const;
export type NodeFactLabel = (typeof NODE_FACT_LABELS)[number];

/** The relationship type of a relationship id (`visited:…` -> VISITED), or undefined for node ids. */
export function typeOfRelationshipId(id: string): RelationshipType | undefined {
  const prefix = id.slice(0, id.indexOf(':'));
  const type = prefix.toUpperCase().replace(/-/g, '_') as RelationshipType;
  return prefix !== '' && RELATIONSHIP_TYPES.includes(type) ? type : undefined;
}

/** The node-fact label of a node id (`statement:…` -> Statement), or undefined. */
export function labelOfNodeFactId(id: string): NodeFactLabel | undefined {
  switch (id.slice(0, id.indexOf(':'))) {
    case 'statement':
      return 'Statement';
    case 'diaspora':
      return 'Diaspora';
    case 'source':
      return 'Source';
    default:
      return undefined;
  }
}

/** A relationship type checked against the model's fixed list before it is written into Cypher text. */
export function checkedType(type: RelationshipType): RelationshipType {
  if (!RELATIONSHIP_TYPES.includes(type)) throw new Error(`unknown relationship type ${type}`);
  return type;
}

/** A node-fact label checked against the fixed list before it is written into Cypher text. */
export function checkedLabel(label: NodeFactLabel): NodeFactLabel {
  if (!NODE_FACT_LABELS.includes(label)) throw new Error(`not a node fact label: ${label}`);
  return label;
}

/** Cypher condition: relationship `r` is not a retracted fact (for traversals that match any type). */
export const notRetracted = (r: string): string => `type(${r}) <> '${RETRACTED_TYPE}'`;
