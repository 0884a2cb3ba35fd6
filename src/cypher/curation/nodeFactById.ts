import type { CypherQuery } from '../CypherQuery.js';
import { nodeProjection } from '../returnShapes.js';
import { checkedLabel, RETRACTED_LABEL, type NodeFactLabel } from './retractionModel.js';

/** The node fact (statement, diaspora, source) with this id; a retracted one only with `includeRetracted`. */
export function nodeFactById(label: NodeFactLabel, id: string, includeRetracted: boolean): CypherQuery {
  return {
    cypher: `MATCH (n:Entity {id: $id})
WHERE n:${checkedLabel(label)} OR ($includeRetracted AND n:${RETRACTED_LABEL} AND n.retractedLabel = $label)
RETURN ${nodeProjection('n')} AS node`,
    params: { id, label, includeRetracted },
  };
}
