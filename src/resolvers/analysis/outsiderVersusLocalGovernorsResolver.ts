import type { QueryResolvers } from '../../generated/graphql.js';
import { governorOriginActivity } from '../../cypher/governorOriginActivity.js';
import { compareMeans } from '../../analysis/compareMeans.js';
import { countPerUnit } from '../../analysis/countPerUnit.js';
import type { NodeRow } from '../../model/records.js';
import { TESTED_CLAIMS } from './claims.js';
import { dayWindow } from './dayWindow.js';
import { toActivityEvent, type EventRow } from './eventRows.js';

interface GovernorRow {
  id: string;
  name: string | null;
  outsider: boolean | null;
}

/**
 * `Query.outsiderVersusLocalGovernors`: mean events per governor of outsider
 * vs local governors in office during the window; governors whose origin is
 * unknown are listed as excluded. One query.
 */
export const outsiderVersusLocalGovernorsResolver: NonNullable<QueryResolvers['outsiderVersusLocalGovernors']> = async (
  _,
  { from, to },
  ctx,
) => {
  const window = dayWindow(from, to);
  const [row] = await ctx.db.executeRead<{ events: EventRow[]; governors: GovernorRow[]; claim: NodeRow | null }>(
    governorOriginActivity(window, TESTED_CLAIMS.outsiders),
    ctx.stats,
  );
  const events = (row?.events ?? []).map(toActivityEvent);
  const governors = row?.governors ?? [];
  const units = (keep: (g: GovernorRow) => boolean) =>
    countPerUnit(
      governors.filter(keep).map((g) => ({ id: g.id, label: g.name ?? g.id })),
      events,
      // An event counts for its governor when it falls in one of their tenures.
      (e) => (e.regions.length > 0 ? [e.personId] : []),
    );
  const comparison = compareMeans(
    { label: 'Outsider (Varangian) governors', units: units((g) => g.outsider === true) },
    { label: 'Local governors', units: units((g) => g.outsider === false) },
  );
  const excluded = units((g) => g.outsider !== true && g.outsider !== false).sort(
    (a, b) => b.total - a.total || a.label.localeCompare(b.label),
  );
  return {
    claim: row?.claim ?? null,
    from: from ?? null,
    to: to ?? null,
    unit: 'GOVERNOR' as const,
    method:
      'Governors with a tenure overlapping the window and a known `outsider` attribute; events (VISITED and MET relationships, each once) in the window that they made during a tenure; mean = events / governors of the group, governors with no event included.',
    ...comparison,
    excluded,
  };
};
