import type { ResolversParentTypes } from '../../generated/graphql.js';
import type { EdgeRow, NodeRow } from '../../model/records.js';
import type { Context } from '../../context/context.js';
import { byDate } from '../graphAccess.js';
import { tracingLoaders } from './tracingLoaders.js';

/** A kin partner as `KinPartner` resolves it. */
export type KinPartnerRow = ResolversParentTypes['KinPartner'];

const nameOf = (node: NodeRow): string => String(node.props.name ?? node.id);

/**
 * `Region.kinPartners`: the region's kin partners (one batched query for all
 * the regions of a request level), KINSHIP before DIASPORA, then by country
 * name and group name; evidence oldest first (undated last).
 */
export async function resolveKinPartners(region: NodeRow, ctx: Context): Promise<KinPartnerRow[]> {
  const rows = await tracingLoaders(ctx).kinPartners.load(region.id);
  return rows
    .map(({ partner, evidence }): KinPartnerRow => ({
      region,
      country: partner.country,
      basis: partner.basis,
      groundKind: partner.groundKind,
      group: partner.group,
      diaspora: partner.diaspora,
      visited: evidence.length > 0,
      evidence: [...evidence].sort(byDate<EdgeRow>('start')),
      path: { nodes: partner.nodes, edges: partner.edges, truncated: false },
    }))
    .sort(
      (a, b) =>
        (a.basis === b.basis ? 0 : a.basis === 'KINSHIP' ? -1 : 1) ||
        nameOf(a.country).localeCompare(nameOf(b.country)) ||
        nameOf(a.group).localeCompare(nameOf(b.group)) ||
        (a.diaspora?.id ?? '').localeCompare(b.diaspora?.id ?? ''),
    );
}
