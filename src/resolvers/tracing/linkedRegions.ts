import type { RegionLinkKind, ResolversParentTypes } from '../../generated/graphql.js';
import type { NodeRow } from '../../model/records.js';
import type { Context } from '../../context/context.js';
import { tracingLoaders } from './tracingLoaders.js';

/** A link as `RegionLink` resolves it. */
export type RegionLinkRow = ResolversParentTypes['RegionLink'];

/** The documented order of link kinds for one region. */
const VIA_ORDER: readonly RegionLinkKind[] = ['KINSHIP', 'DIASPORA', 'VISIT', 'MEETING', 'MEMBERSHIP'];

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * `Country.linkedRegions`: the Russian regions linked to the country (one
 * batched query for all the countries of a request level), by region code,
 * then KINSHIP, DIASPORA, VISIT, MEETING, MEMBERSHIP, then by the path's
 * relationship ids.
 */
export async function resolveLinkedRegions(country: NodeRow, ctx: Context): Promise<RegionLinkRow[]> {
  const rows = await tracingLoaders(ctx).linkedRegions.load(country.id);
  const key = (link: { edges: Array<{ id: string }> }): string => link.edges.map((e) => e.id).join(' ');
  return [...rows]
    .sort(
      (a, b) =>
        compare(a.region.id, b.region.id) ||
        VIA_ORDER.indexOf(a.via) - VIA_ORDER.indexOf(b.via) ||
        compare(key(a), key(b)),
    )
    .map((row): RegionLinkRow => ({
      region: row.region,
      country,
      via: row.via,
      path: { nodes: row.nodes, edges: row.edges },
    }));
}
