import { encodeCursor } from './cursor.js';

/** What a connection translator returns: all matches, those after the cursor (null without one), and up to first + 1 rows. */
export interface PageRows<R> {
  total: number;
  remaining: number | null;
  rows: readonly R[];
}

/** A connection as the SDL shapes it, with edges built by the caller. */
export interface Connection<E> {
  edges: Array<E & { cursor: string }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

/**
 * Turns a page of rows (`first + 1` asked for) into a connection: the first
 * `first` rows become edges with cursors encoding their `key`; the extra row
 * means hasNextPage; rows at or before the cursor (total - remaining) mean
 * hasPreviousPage.
 */
export function toConnection<R extends { key: readonly unknown[] }, E>(
  scope: string,
  page: PageRows<R>,
  first: number,
  edge: (row: R) => E,
): Connection<E> {
  const shown = page.rows.slice(0, first);
  const edges = shown.map((row) => ({ ...edge(row), cursor: encodeCursor(scope, row.key) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: page.rows.length > first,
      hasPreviousPage: page.remaining !== null && page.total > page.remaining,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount: page.total,
  };
}

/** Documented caps of every connection's `first` (README section "Connections"). */
export const CONNECTION_LIMITS = { first: 100, searchFirstDefault: 10, firstDefault: 20 } as const;
