import { createHash } from 'node:crypto';
import type { Context } from '../../context/context.js';
import { searchNodes, searchNodesTop, searchTerms, type SearchPosition, type SearchRank } from '../../cypher/searchNodes.js';
import { BadUserInputError } from '../../errors/index.js';
import type { NodeRow } from '../../model/records.js';
import { nodeKinds, SEARCHABLE_KINDS } from '../validate.js';
import { decodeCursor } from './cursor.js';
import type { PageRows } from './toConnection.js';

/** Longest search text accepted (README, "Limits"). */
export const SEARCH_TEXT_MAX = 200;

/** One ranked hit: the node, its Lucene score and its match rank; `key` is its position (what its cursor holds). */
export interface SearchRow {
  node: NodeRow;
  score: number;
  rank: SearchRank;
  key: SearchPosition;
}

/** A search page and the scope its cursors carry (the connection and a digest of the normalised text). */
export interface SearchPage extends PageRows<SearchRow> {
  scope: string;
}

/** Checks a search's text and kinds: terms (1..10 words of a text of 1..200 characters with a letter or digit) and kinds. */
function validateSearch(args: { text: string; kinds?: readonly string[] | null }): { terms: string[]; kinds: readonly string[] } {
  const { text } = args;
  if (text.length > SEARCH_TEXT_MAX) {
    throw new BadUserInputError(`text must be at most ${SEARCH_TEXT_MAX} characters, received ${text.length}`, { argument: 'text' });
  }
  const terms = searchTerms(text);
  if (terms.length === 0) {
    throw new BadUserInputError(`text must contain at least one letter or digit, received "${text.slice(0, 40)}"`, { argument: 'text' });
  }
  return { terms, kinds: nodeKinds(args.kinds) ?? SEARCHABLE_KINDS };
}

/**
 * Validates a search (text 1..200 characters with a letter or digit, known
 * kinds, a cursor of the same text) and runs the one ranked search query
 * (searchConnection).
 */
export async function searchPage(
  ctx: Context,
  args: { text: string; kinds?: readonly string[] | null; first: number; after: string | null | undefined },
): Promise<SearchPage> {
  const { terms, kinds } = validateSearch(args);
  const digest = createHash('sha256').update(terms.join(' ')).digest('base64url').slice(0, 12);
  const scope = `searchConnection(text #${digest})`;
  const after = args.after == null ? null : (decodeCursor(scope, args.after, ['number', 'number', 'string']) as SearchPosition);
  const [result] = await ctx.db.executeRead<{ total: number; remaining: number | null; rows: Array<Omit<SearchRow, 'key'>> }>(
    searchNodes(terms, kinds, args.first, after),
    ctx.stats,
  );
  const rows = (result?.rows ?? []).map((r) => ({ ...r, key: [r.rank, r.score, r.node.id] as SearchPosition }));
  return { scope, total: result?.total ?? 0, remaining: result?.remaining ?? null, rows };
}

/**
 * The `first` best hits of a search, validated and ranked as searchPage's
 * first page (Query.search), without counting the hits (searchNodesTop).
 */
export async function searchTop(ctx: Context, args: { text: string; kinds?: readonly string[] | null; first: number }): Promise<NodeRow[]> {
  const { terms, kinds } = validateSearch(args);
  const [result] = await ctx.db.executeRead<{ rows: Array<Omit<SearchRow, 'key'>> }>(searchNodesTop(terms, kinds, args.first), ctx.stats);
  return (result?.rows ?? []).map((r) => r.node);
}
