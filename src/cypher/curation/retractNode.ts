import type { CypherQuery } from '../CypherQuery.js';
import { nodeProjection } from '../returnShapes.js';
import { checkedLabel, RETRACTED_LABEL, type NodeFactLabel } from './retractionModel.js';
import type { RetractionStamp } from './retractRelationships.js';

/**
 * Retracts a node fact: its kind label gives way to `Retracted` (the `Entity`
 * label and id stay, so the id remains taken), `retractedLabel` keeps the
 * kind, and the stamp says who, when and why. Its own relationships are
 * retracted separately (retractRelationships) in the same transaction.
 */
export function retractNode(label: NodeFactLabel, id: string, stamp: RetractionStamp): CypherQuery {
  const checked = checkedLabel(label);
  return {
    cypher: `MATCH (n:Entity:${checked} {id: $id})
REMOVE n:${checked}
SET n:${RETRACTED_LABEL}, n.retractedLabel = $label,
    n.retractedBy = $stamp.by, n.retractedAt = $stamp.at, n.retractionReason = $stamp.reason
RETURN ${nodeProjection('n')} AS node`,
    params: { id, label, stamp: { ...stamp } },
  };
}
