import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context/context.js';
import { prefetchQuery } from '../cypher/prefetchQuery.js';
import { QueryTooLargeError } from '../errors/index.js';
import { isEmptyPlan, planPrefetch } from './planPrefetch.js';
import { prefetchLayout } from './prefetchLayout.js';
import { operationProps } from './operationProps.js';
import { primeLoaders, type PrefetchRow } from './primeLoaders.js';

/**
 * Called by a root field that returns the nodes `ids` (before it loads them;
 * `below`: the fields between it and them, as planPrefetch takes them):
 * fetches in one round-trip those nodes and everything its selection will ask
 * the loaders for below them, and primes the request's loaders with it, so the
 * nested resolvers answer from the cache instead of one query per level (the
 * nested-lists question of issue #6: 5 round-trips to 1). Does nothing when
 * the context turns it off or the selection asks for no relationship or
 * source (the node loader's batching is then as good), and leaves the
 * answer to the loaders when the one query is over the database's memory
 * limit for a transaction (QUERY_TOO_LARGE).
 */
export async function prefetchBelow(
  ctx: Context,
  info: GraphQLResolveInfo,
  ids: readonly string[],
  below: readonly string[] = [],
): Promise<void> {
  if (!ctx.prefetch || ids.length === 0) return;
  const plan = planPrefetch(info, below);
  if (isEmptyPlan(plan)) return;
  const unique = [...new Set(ids)];
  const layout = prefetchLayout(plan, operationProps(info));
  let rows: PrefetchRow[];
  try {
    rows = await ctx.db.executeRead<PrefetchRow>(prefetchQuery(unique, layout), ctx.stats);
  } catch (error) {
    // One query holds every level at once; when that is over the database's memory limit for a transaction,
    // the loaders' one query per level may still fit: leave the answer to them. Anything else is the answer's error.
    if (error instanceof QueryTooLargeError) return;
    throw error;
  }
  primeLoaders(ctx.loaders, unique, layout, rows);
}
