import type { QueryResolvers } from '../../generated/graphql.js';
import { regionKindActivity } from '../../cypher/regionKindActivity.js';
import { compareMeans } from '../../analysis/compareMeans.js';
import { countPerUnit } from '../../analysis/countPerUnit.js';
import type { NodeRow } from '../../model/records.js';
import { TESTED_CLAIMS } from './claims.js';
import { dayWindow } from './dayWindow.js';
import { toActivityEvent, type EventRow } from './eventRows.js';

const FIRST = ['REPUBLIC'];
const SECOND = ['KRAI', 'OBLAST'];

/**
 * `Query.republicsVersusKraisAndOblasts`: mean events per region of the
 * republics vs the krais and oblasts, every region of those kinds counted
 * (zero-event regions included). One query.
 */
export const republicsVersusKraisAndOblastsResolver: NonNullable<QueryResolvers['republicsVersusKraisAndOblasts']> = async (
  _,
  { from, to },
  ctx,
) => {
  const window = dayWindow(from, to);
  const [row] = await ctx.db.executeRead<{
    events: EventRow[];
    regions: Array<{ id: string; name: string; kind: string }>;
    claim: NodeRow | null;
  }>(regionKindActivity(window, [...FIRST, ...SECOND], TESTED_CLAIMS.republics), ctx.stats);
  const events = (row?.events ?? []).map(toActivityEvent);
  const regions = row?.regions ?? [];
  const units = (kinds: readonly string[]) =>
    countPerUnit(
      regions.filter((r) => kinds.includes(r.kind)).map((r) => ({ id: r.id, label: r.name })),
      events,
      (e) => e.regions.map((r) => r.id),
    );
  const comparison = compareMeans(
    { label: 'Republics', units: units(FIRST) },
    { label: 'Krais and oblasts', units: units(SECOND) },
  );
  return {
    claim: row?.claim ?? null,
    from: from ?? null,
    to: to ?? null,
    unit: 'REGION' as const,
    method:
      'Events (VISITED and MET relationships, each once) in the window, attributed to the region whose head made them during a tenure there; mean = events / regions of the group, regions with no event included.',
    ...comparison,
    excluded: [],
  };
};
