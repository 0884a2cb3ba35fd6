import { int } from 'neo4j-driver';
import type { CypherQuery } from './CypherQuery.js';
import { nodeProjection } from './returnShapes.js';

/** The full-text index over English, Russian and alternative names (see ensureSchema). */
export const NAME_INDEX = 'entity_names';

/**
 * Turns what a user typed into search terms: Latin diacritics are dropped
 * ("Türksoy" -> "turksoy", as the index's folding analyzer does), Cyrillic is
 * kept as it is, case is folded, and everything but letters and digits
 * separates terms. Terms therefore never contain Lucene syntax.
 */
export function searchTerms(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((term) => term.length > 0)
    .slice(0, 10);
}

/**
 * A Lucene query that ranks exact terms above prefixes above near misses; all
 * terms must match. `terms` must come from `searchTerms`.
 */
export function luceneQuery(terms: readonly string[]): string {
  return terms
    .map((t) => (t.length >= 5 ? `(${t}^4 OR ${t}*^2 OR ${t}~1)` : `(${t}^4 OR ${t}*^2)`))
    .join(' AND ');
}

/**
 * The `first` best matches for `terms` among nodes of `kinds` (all kinds when
 * null), by relevance, then id for ties.
 */
export function searchNodes(terms: readonly string[], kinds: readonly string[] | null, first: number): CypherQuery {
  return {
    cypher: `CALL db.index.fulltext.queryNodes($index, $query, {limit: $scan}) YIELD node AS n, score
WHERE $kinds IS NULL OR any(l IN labels(n) WHERE l IN $kinds)
RETURN ${nodeProjection('n')} AS node, score
ORDER BY score DESC, n.id
LIMIT $first`,
    params: {
      index: NAME_INDEX,
      query: luceneQuery(terms),
      // When filtering by kind, scan further down the ranking so that `first` matches remain.
      scan: int(kinds ? Math.min(first * 20, 2000) : first),
      kinds: kinds ? [...kinds] : null,
      first: int(first),
    },
  };
}
