import type { CypherQuery } from './CypherQuery.js';
import { nodeProjection } from './returnShapes.js';
import { RETRACTED_LABEL } from './curation/retractionModel.js';

/** The nodes with these ids (one row per id found; retracted nodes are not found), for the node DataLoader. */
export function nodesByIds(ids: readonly string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id
MATCH (n:Entity {id: id})
WHERE NOT n:${RETRACTED_LABEL}
RETURN ${nodeProjection('n')} AS node`,
    params: { ids: [...ids] },
  };
}
