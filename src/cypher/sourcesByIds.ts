import type { CypherQuery } from './CypherQuery.js';
import { sourceProjection } from './returnShapes.js';

/** The Source nodes with these ids, for the source DataLoader. */
export function sourcesByIds(ids: readonly string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN ${sourceProjection('s')} AS source`,
    params: { ids: [...ids] },
  };
}
