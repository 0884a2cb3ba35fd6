import type { RelationshipType } from '../../seed/format.js';
import type { CypherQuery } from '../CypherQuery.js';
import { edgeProjection } from '../returnShapes.js';
import { checkedType, RETRACTED_TYPE } from './retractionModel.js';

/**
 * The relationship of `type` with this id; with `includeRetracted`, also a
 * retracted one that had that type. Both branches use the relationship-id
 * indexes (the type is in the text, from the fixed list).
 */
export function relationshipFactById(type: RelationshipType, id: string, includeRetracted: boolean): CypherQuery {
  return {
    cypher: `CALL () {
  MATCH ()-[r:${checkedType(type)} {id: $id}]->()
  RETURN r
UNION ALL
  MATCH ()-[r:${RETRACTED_TYPE} {id: $id}]->()
  WHERE $includeRetracted AND r.retractedType = $type
  RETURN r
}
RETURN ${edgeProjection('r')} AS edge
LIMIT 1`,
    params: { id, type, includeRetracted },
  };
}
