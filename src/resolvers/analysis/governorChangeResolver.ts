import type { QueryResolvers } from '../../generated/graphql.js';
import { governorChangeData } from '../../cypher/governorChangeData.js';
import { splitAtChange, type ChangePoint, type PartnerSide } from '../../analysis/splitAtChange.js';
import { parsePartialDate } from '../../domain/partialDate.js';
import { BadUserInputError } from '../../errors/index.js';
import type { NodeRow } from '../../model/records.js';
import { nodeId } from '../validate.js';
import { TESTED_CLAIMS } from './claims.js';
import { dayWindow } from './dayWindow.js';
import type { EventRow } from './eventRows.js';

interface TenureRow {
  governor: NodeRow;
  start: string | null;
  startMin: string | null;
  endMax: string | null;
}

interface ChangeRow {
  region: NodeRow;
  events: EventRow[];
  tenures: TenureRow[];
  kinCountries: NodeRow[];
  claim: NodeRow | null;
}

/**
 * `Query.governorChange`: a region's partner countries before and after a
 * change of governor, named by the incoming governor or by a date, with the
 * share of kin-linked partners on each side. One query.
 */
export const governorChangeResolver: NonNullable<QueryResolvers['governorChange']> = async (
  _,
  { region, governor, at, from, to },
  ctx,
) => {
  nodeId('region', region);
  if ((governor ? 1 : 0) + (at ? 1 : 0) !== 1) {
    throw new BadUserInputError(
      `give exactly one of governor (the incoming governor's id) and at (a date), received ${governor ? `governor "${governor.slice(0, 40)}"` : 'no governor'} and ${at ? `at "${at}"` : 'no at'}`,
      { argument: governor ? 'at' : 'governor' },
    );
  }
  if (governor) nodeId('governor', governor);
  const window = dayWindow(from, to);
  const [row] = await ctx.db.executeRead<ChangeRow>(
    governorChangeData(region, window, TESTED_CLAIMS.governorChange),
    ctx.stats,
  );
  if (!row) return null;

  const tenures = row.tenures.map((t) => ({ governorId: t.governor.id, startMin: t.startMin, endMax: t.endMax }));
  let point: ChangePoint;
  let splitAt: string;
  let incoming: NodeRow | null = null;
  if (governor) {
    const own = row.tenures.filter((t) => t.governor.id === governor);
    const tenure = own[own.length - 1];
    if (!tenure) {
      const names = row.tenures.map((t) => t.governor.id).join(', ') || 'none';
      throw new BadUserInputError(
        `governor must be someone who governed ${region}, received "${governor.slice(0, 40)}" (the region's governors: ${names})`,
        { argument: 'governor' },
      );
    }
    if (!tenure.start) {
      throw new BadUserInputError(`the tenure of "${governor}" in ${region} has no start date to split at; give at instead`, { argument: 'governor' });
    }
    point = { by: 'governor', governorId: governor, startMin: tenure.startMin };
    splitAt = tenure.start;
    incoming = tenure.governor;
  } else {
    const bounds = parsePartialDate(at);
    if ('error' in bounds) throw new BadUserInputError(bounds.error, { argument: 'at' });
    point = { by: 'date', ...bounds };
    splitAt = at as string;
  }

  const countries = new Map<string, NodeRow>(row.kinCountries.map((c) => [c.id, c]));
  const events = row.events
    .filter((e) => e.regions.some((r) => r.id === row.region.id))
    .map((e) => {
      if (e.partner) countries.set(e.partner.id, e.partner);
      return { id: e.id, type: e.type, personId: e.personId, startMin: e.startMin, latest: e.latest, partnerId: e.partner?.id ?? null };
    });
  const nameOf = (id: string) => String(countries.get(id)?.props.name ?? id);
  const split = splitAtChange(point, tenures, events, new Set(row.kinCountries.map((c) => c.id)), nameOf);

  // Governors in tenure order (oldest first), each once.
  const governorsInOrder = [...new Map(row.tenures.map((t) => [t.governor.id, t.governor])).values()];
  const profile = (side: PartnerSide) => ({
    ...side,
    governors: governorsInOrder.filter((g) => side.governorIds.includes(g.id)),
    partners: side.partners.flatMap((p) => {
      const country = countries.get(p.countryId);
      return country ? [{ ...p, country }] : [];
    }),
  });
  return {
    region: row.region,
    at: splitAt,
    incoming,
    kinLinkedCountries: row.kinCountries,
    before: profile(split.before),
    after: profile(split.after),
    unplaced: split.unplaced,
    claim: row.claim,
  };
};
