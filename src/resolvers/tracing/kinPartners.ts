import type { ResolversParentTypes } from '../../generated/graphql.js';
import type { EdgeRow, NodeRow } from '../../model/records.js';
import type { Context } from '../../context/context.js';
import { byDate } from '../graphAccess.js';
import { intInRange } from '../validate.js';
import { tracingLoaders } from './tracingLoaders.js';

/** The cap on `Region.kinPartners(evidenceFirst)`. */
export const MAX_EVIDENCE_FIRST = 1000;

/** A kin partner as `KinPartner` resolves it. */
export type KinPartnerRow = ResolversParentTypes['KinPartner'];

const nameOf = (node: NodeRow): string => String(node.props.name ?? node.id);

/**
 * `Region.kinPartners`: the region's kin partners (one batched query for all
 * the regions of a request level), KINSHIP before DIASPORA, then by country
 * name and group name; evidence oldest first (undated last), the oldest
 * `evidenceFirst` (0..MAX_EVIDENCE_FIRST; BAD_USER_INPUT outside) or all.
 */
export async function resolveKinPartners(region: NodeRow, evidenceFirst: number | null | undefined, ctx: Context): Promise<KinPartnerRow[]> {
  const first = evidenceFirst == null ? null : intInRange('evidenceFirst', evidenceFirst, 0, 0, MAX_EVIDENCE_FIRST);
  const rows = await tracingLoaders(ctx).kinPartners(first).load(region.id);
  return rows
    .map(({ partner, evidence, evidenceCount }): KinPartnerRow => ({
      region,
      country: partner.country,
      basis: partner.basis,
      groundKind: partner.groundKind,
      group: partner.group,
      diaspora: partner.diaspora,
      visited: evidenceCount > 0,
      evidenceCount,
      // Already oldest first from the query (which must order to cut at evidenceFirst); sorted again
      // with byDate so ties on a day keep the order every other evidence list uses (localeCompare of ids).
      evidence: [...evidence].sort(byDate<EdgeRow>('start')),
      path: { nodes: partner.nodes, edges: partner.edges },
    }))
    .sort(
      (a, b) =>
        (a.basis === b.basis ? 0 : a.basis === 'KINSHIP' ? -1 : 1) ||
        nameOf(a.country).localeCompare(nameOf(b.country)) ||
        nameOf(a.group).localeCompare(nameOf(b.group)) ||
        (a.diaspora?.id ?? '').localeCompare(b.diaspora?.id ?? ''),
    );
}
