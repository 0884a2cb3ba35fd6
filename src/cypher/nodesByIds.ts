import type { CypherQuery } from './CypherQuery.js';
import { nodeProjection } from './returnShapes.js';

/** The nodes with these ids (one row per id found), for the node DataLoader. */
export function nodesByIds(ids: readonly string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN ${nodeProjection('n')} AS node`,
    params: { ids: [...ids] },
  };
}
