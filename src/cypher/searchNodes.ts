import { int } from 'neo4j-driver';
import type { CypherQuery } from './CypherQuery.js';
import { keysetAfter, keysetOrder, type SortKey } from './keyset.js';
import { nodeProjection } from './returnShapes.js';

/**
 * The full-text index over names, Russian names, the index text of
 * alternative names and transliterations (`altNamesText`, see
 * toStoredProps) and summaries (see schemaStatements). Renamed from
 * `entity_names` when summaries joined it, so that existing databases build it.
 */
export const NAME_INDEX = 'entity_search';

/** The earlier name of the index, dropped by the schema set-up. */
export const FORMER_NAME_INDEX = 'entity_names';

/**
 * Normalises a name or a search text for comparison: Latin diacritics are
 * dropped ("Türksoy" -> "turksoy", as the index's folding analyzer does),
 * Cyrillic is kept as it is, case is folded, and every run of characters
 * other than letters and digits becomes one space.
 */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((term) => term.length > 0)
    .join(' ');
}

/**
 * Turns what a user typed into search terms (at most 10): the words of its
 * `searchKey`. Terms therefore never contain Lucene syntax.
 */
export function searchTerms(text: string): string[] {
  const key = searchKey(text);
  return key ? key.split(' ').slice(0, 10) : [];
}

/**
 * The stop words of the index's analyzer (`standard-folding`, as
 * `db.index.fulltext.listAvailableAnalyzers` lists them): never indexed, so
 * a query must not require them.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'but', 'by', 'for', 'if', 'in', 'into', 'is', 'it', 'no', 'not', 'of',
  'on', 'or', 'such', 'that', 'the', 'their', 'then', 'there', 'these', 'they', 'this', 'to', 'was', 'will', 'with',
]);

/**
 * A Lucene query that ranks exact terms above prefixes above near misses; all
 * terms but stop words (unless there are only stop words) must match.
 * `terms` must come from `searchTerms`.
 */
export function luceneQuery(terms: readonly string[]): string {
  const content = terms.filter((t) => !STOP_WORDS.has(t));
  return (content.length > 0 ? content : terms)
    .map((t) => (t.length >= 5 ? `(${t}^4 OR ${t}*^2 OR ${t}~1)` : `(${t}^4 OR ${t}*^2)`))
    .join(' AND ');
}

/** How a hit matched: 0 a whole name equals the text, 1 a whole name starts with it, 2 words match. */
export type SearchRank = 0 | 1 | 2;

/** A position in the search ranking: what a search cursor holds. */
export type SearchPosition = [rank: number, score: number, id: string];

/** The search ranking: match rank, then relevance (descending), then id. */
const SEARCH_ORDER: readonly SortKey[] = [{ expr: 'h.rank' }, { expr: 'h.score', descending: true }];

/** Every hit among nodes of `$kinds` as `n`, `score` and `names` (its altNamesText entries padded with ' | '). */
const HITS = `CALL db.index.fulltext.queryNodes($index, $query) YIELD node AS n, score
WHERE any(l IN labels(n) WHERE l IN $kinds)
WITH n, score, ' | ' + coalesce(n.altNamesText, '') + ' | ' AS names`;

/** A hit's SearchRank, from `names`. */
const RANK = 'CASE WHEN names CONTAINS $exactEntry THEN 0 WHEN names CONTAINS $entryStart THEN 1 ELSE 2 END';

/** The parameters of HITS and RANK. */
function hitParams(terms: readonly string[], kinds: readonly string[]): Record<string, unknown> {
  return {
    index: NAME_INDEX,
    query: luceneQuery(terms),
    exactEntry: ` | ${terms.join(' ')} | `,
    entryStart: ` | ${terms.join(' ')}`,
    kinds: [...kinds],
  };
}

/**
 * The `first` best matches for `terms` among nodes of `kinds`, after
 * `after` (a position in the ranking) when given. Ranking: nodes one of whose
 * names (English, Russian, alternative, transliterated: the entries of
 * `altNamesText`) equals the whole text first, then those with a name that
 * starts with it, then the rest; within each, by Lucene relevance, then id.
 * Returns one row: `total` (all hits), `remaining` (hits after `after`, or
 * null without it) and `rows` (each `{ node, score, rank }`, at most `first`).
 * Every hit is ranked (no Lucene limit), so exact matches are never cut off.
 */
export function searchNodes(
  terms: readonly string[],
  kinds: readonly string[],
  first: number,
  after: SearchPosition | null = null,
): CypherQuery {
  const keyset = after ? `WHERE ${keysetAfter(SEARCH_ORDER, 'h.id', 'after')}` : '';
  // Only a page after a cursor reports how many hits remain; the first page skips the count.
  const remaining = after
    ? `CALL (hits) {
  UNWIND hits AS h
  WITH h ${keyset}
  RETURN count(h) AS remaining
}
`
    : '';
  return {
    // The rank tests the entries of altNamesText (searchKey'd names joined by ' | ', so no entry holds a '|')
    // as substrings of the text padded with ' | ' instead of splitting it into a list per hit: the same answer,
    // a little cheaper (1000x, "Ivanov", 110 interleaved runs: 18.0 against 18.8 ms p50).
    cypher: `${HITS}
WITH collect({
  n: n,
  id: n.id,
  score: score,
  rank: ${RANK}
}) AS hits
${remaining}CALL (hits) {
  UNWIND hits AS h
  WITH h ${keyset}
  ORDER BY ${keysetOrder(SEARCH_ORDER, 'h.id')}
  LIMIT $limit
  RETURN collect({ node: ${nodeProjection('h.n')}, score: h.score, rank: h.rank }) AS rows
}
RETURN size(hits) AS total, ${after ? 'remaining' : 'null AS remaining'}, rows`,
    params: {
      ...hitParams(terms, kinds),
      after,
      // One more than asked: whether a next page exists.
      limit: int(first + 1),
    },
  };
}

/**
 * The `first` best matches, ranked as searchNodes ranks them, without
 * counting the hits or paging (Query.search): the ranking streams into a
 * top-`first` sort instead of collecting every hit first (1000x, "Ivanov",
 * 6,373 hits: 14.6 against 18.1 ms p50, probed). One row: `rows`, each
 * `{ node, score, rank }`.
 */
export function searchNodesTop(terms: readonly string[], kinds: readonly string[], first: number): CypherQuery {
  return {
    cypher: `${HITS}
WITH n, score, ${RANK} AS rank
ORDER BY rank, score DESC, n.id
LIMIT $limit
RETURN collect({ node: ${nodeProjection('n')}, score: score, rank: rank }) AS rows`,
    params: { ...hitParams(terms, kinds), limit: int(first) },
  };
}
