import { int } from 'neo4j-driver';
import type { CypherQuery } from './CypherQuery.js';
import { keysetAfter, keysetOrder, keysetValues, type SortKey } from './keyset.js';
import { nodeProjection } from './returnShapes.js';

/** Orders of `regionsConnection`: by ISO code, or by English name; the id breaks ties. */
export type RegionOrder = 'CODE' | 'NAME';

const ORDER: Record<RegionOrder, readonly SortKey[]> = {
  CODE: [{ expr: 'n.code' }],
  NAME: [{ expr: 'n.name' }],
};

/** Filters of `regionsConnection`; null means "any". */
export interface RegionFilter {
  kind: string | null;
  federalDistrict: string | null;
}

/**
 * One page of regions matching `filter`, in `order`, after the position
 * `after` (the sort key values and the id, as a cursor holds them): keyset
 * paging (`WHERE (key, id) > after ORDER BY key, id LIMIT first + 1`), so a
 * page deep in the list costs what the first one does. Returns one row:
 * `total` (all matches), `remaining` (matches after `after`; null without
 * it) and `rows` (`{ key, node }`, at most `first + 1`: one more tells
 * whether a next page exists).
 */
export function regionsPage(filter: RegionFilter, order: RegionOrder, first: number, after: readonly string[] | null): CypherQuery {
  const keys = ORDER[order];
  const where = `($kind IS NULL OR n.kind = $kind) AND ($district IS NULL OR n.federalDistrict = $district)`;
  const keyset = after ? ` AND ${keysetAfter(keys, 'n.id', 'after')}` : '';
  return {
    cypher: `CALL () {
  MATCH (n:Region) WHERE ${where}
  RETURN count(n) AS total
}
CALL () {
  MATCH (n:Region) WHERE ${where}${keyset}
  RETURN count(n) AS remaining
}
CALL () {
  MATCH (n:Region) WHERE ${where}${keyset}
  WITH n ORDER BY ${keysetOrder(keys, 'n.id')} LIMIT $limit
  RETURN collect({ key: ${keysetValues(keys, 'n.id')}, node: ${nodeProjection('n')} }) AS rows
}
RETURN total, CASE WHEN $after IS NULL THEN null ELSE remaining END AS remaining, rows`,
    params: {
      kind: filter.kind,
      district: filter.federalDistrict,
      after: after ? [...after] : null,
      limit: int(first + 1),
    },
  };
}
