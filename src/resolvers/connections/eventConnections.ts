import DataLoader from 'dataloader';
import type { Context } from '../../context/context.js';
import { eventsPage, type EventList, type EventOrder } from '../../cypher/eventsPage.js';
import type { EdgeRow } from '../../model/records.js';
import { dayWindow } from '../../export/subgraphArguments.js';
import { intInRange } from '../validate.js';
import { decodeCursor } from './cursor.js';
import { CONNECTION_LIMITS, toConnection, type Connection, type PageRows } from './toConnection.js';

/** The arguments every event connection takes. */
export interface EventConnectionArgs {
  from?: string | null;
  to?: string | null;
  orderBy?: EventOrder | null;
  first?: number | null;
  after?: string | null;
}

type EventRows = PageRows<{ key: string[]; edge: EdgeRow }>;

/**
 * Per request (the context object), one DataLoader per list and arguments:
 * every anchor that asks for the same page at one level of the selection
 * (e.g. `visitsConnection(first: 5)` of 80 persons) is answered by one
 * `UNWIND` query.
 */
const loadersByRequest = new WeakMap<Context, Map<string, DataLoader<string, EventRows>>>();

function loaderFor(
  ctx: Context,
  list: EventList,
  query: { window: ReturnType<typeof dayWindow>; order: EventOrder; first: number; after: string[] | null },
): DataLoader<string, EventRows> {
  let loaders = loadersByRequest.get(ctx);
  if (!loaders) {
    loaders = new Map();
    loadersByRequest.set(ctx, loaders);
  }
  const key = JSON.stringify([list, query]);
  let loader = loaders.get(key);
  if (!loader) {
    loader = new DataLoader(async (anchors: readonly string[]) => {
      const rows = await ctx.db.executeRead<EventRows & { anchor: string }>(
        eventsPage(list, anchors, query.window, query.order, query.first, query.after),
        ctx.stats,
      );
      const byAnchor = new Map(rows.map((r) => [r.anchor, r]));
      return anchors.map((a) => byAnchor.get(a) ?? { total: 0, remaining: query.after ? 0 : null, rows: [] });
    });
    loaders.set(key, loader);
  }
  return loader;
}

/**
 * A keyset-paged connection over an anchor node's events (`list`):
 * validates the arguments (BAD_USER_INPUT naming the argument), then loads
 * the page through the request's batch for these arguments.
 */
export async function eventConnection(
  ctx: Context,
  list: EventList,
  anchorId: string,
  args: EventConnectionArgs,
): Promise<Connection<{ node: EdgeRow }>> {
  const order: EventOrder = args.orderBy ?? 'DATE';
  const first = intInRange('first', args.first, CONNECTION_LIMITS.firstDefault, 1, CONNECTION_LIMITS.first);
  const window = dayWindow(args.from, args.to);
  const scope = `${list}Connection(orderBy: ${order})`;
  const after = args.after == null ? null : (decodeCursor(scope, args.after, ['string', 'string']) as string[]);
  const page = await loaderFor(ctx, list, { window, order, first, after }).load(anchorId);
  return toConnection(scope, page, first, (row) => ({ node: row.edge }));
}
