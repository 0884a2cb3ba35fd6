import { regionsPage, type RegionOrder } from '../../cypher/regionsPage.js';
import { BadUserInputError } from '../../errors/index.js';
import type { NodeRow } from '../../model/records.js';
import { readFederalDistricts } from '../../seed/reference/referenceRegions.js';
import type { QueryResolvers } from '../../generated/graphql.js';
import { intInRange } from '../validate.js';
import { prefetchBelow } from '../../prefetch/index.js';
import { decodeCursor } from './cursor.js';
import { CONNECTION_LIMITS, toConnection, type PageRows } from './toConnection.js';

let districts: string[] | undefined;

/** The federal districts' names (seed/reference/federal-districts.json), read once. */
function federalDistricts(): string[] {
  districts ??= Object.keys(readFederalDistricts().districts).sort();
  return districts;
}

/** A federal district's name as the graph stores it; BAD_USER_INPUT listing the names otherwise. */
function federalDistrict(value: string | null | undefined): string | null {
  if (value == null) return null;
  if (!federalDistricts().includes(value)) {
    throw new BadUserInputError(
      `federalDistrict must be one of ${federalDistricts().join(', ')}, received "${value.slice(0, 40)}"`,
      { argument: 'federalDistrict' },
    );
  }
  return value;
}

/** `Query.regionsConnection`: one keyset-paged query. */
export const regionsConnection: QueryResolvers['regionsConnection'] = async (_, args, ctx, info) => {
  const order: RegionOrder = args.orderBy ?? 'CODE';
  const first = intInRange('first', args.first, CONNECTION_LIMITS.firstDefault, 1, CONNECTION_LIMITS.first);
  const filter = { kind: args.kind ?? null, federalDistrict: federalDistrict(args.federalDistrict) };
  const scope = `regionsConnection(orderBy: ${order})`;
  const after = args.after == null ? null : (decodeCursor(scope, args.after, ['string', 'string']) as string[]);
  const [page] = await ctx.db.executeRead<PageRows<{ key: string[]; node: NodeRow }>>(regionsPage(filter, order, first, after), ctx.stats);
  await prefetchBelow(ctx, info, (page?.rows ?? []).slice(0, first).map((r) => r.node.id), ['edges', 'node']);
  return toConnection(scope, page ?? { total: 0, remaining: null, rows: [] }, first, (row) => ({ node: row.node }));
};
