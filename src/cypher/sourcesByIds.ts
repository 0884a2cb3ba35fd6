import type { CypherQuery } from './CypherQuery.js';

/** The Source nodes with these ids, for the source DataLoader. */
export function sourcesByIds(ids: readonly string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN s { .id, .title, .publisher, .url, .published } AS source`,
    params: { ids: [...ids] },
  };
}
