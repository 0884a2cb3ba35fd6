import type { RelationshipType } from '../../seed/format.js';
import type { CypherQuery } from '../CypherQuery.js';
import { edgeProjection } from '../returnShapes.js';
import { checkedType, RETRACTED_TYPE } from './retractionModel.js';

/** Who retracts, when (ISO 8601 UTC) and why. */
export interface RetractionStamp {
  by: string;
  at: string;
  reason: string;
}

/**
 * Retracts relationships of one type by id: each is re-created as RETRACTED
 * between the same nodes with every property kept, plus `retractedType` and
 * the stamp, and the original is deleted (Neo4j cannot change a type in
 * place). Returns the retracted relationships.
 */
export function retractRelationships(type: RelationshipType, ids: readonly string[], stamp: RetractionStamp): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id
MATCH (a)-[r:${checkedType(type)} {id: id}]->(b)
CREATE (a)-[x:${RETRACTED_TYPE}]->(b)
SET x = properties(r), x.retractedType = type(r),
    x.retractedBy = $stamp.by, x.retractedAt = $stamp.at, x.retractionReason = $stamp.reason
DELETE r
RETURN ${edgeProjection('x')} AS edge`,
    params: { ids: [...ids], stamp: { ...stamp } },
  };
}
