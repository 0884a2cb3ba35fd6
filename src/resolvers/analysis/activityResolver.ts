import type { QueryResolvers } from '../../generated/graphql.js';
import { activityReport } from '../../cypher/activityReport.js';
import { figureKeys, type FigureSubject } from '../../analysis/figureKeys.js';
import { REGION_KIND_LABELS, sortActivityRows, type ActivityRow } from '../../analysis/groupActivity.js';
import type { ActivityCounts } from '../../analysis/countActivity.js';
import type { NodeRow } from '../../model/records.js';
import { dayWindow } from './dayWindow.js';

interface FigureRow extends FigureSubject {
  node: NodeRow;
}

/** One line of the database's counts (activityReport). */
interface CountRow {
  part: 'row' | 'unattributed' | 'totals';
  key: string | null;
  label: string | null;
  visits: number;
  meetings: number;
}

const counts = (row: CountRow | undefined): ActivityCounts => {
  const visits = row?.visits ?? 0;
  const meetings = row?.meetings ?? 0;
  return { visits, meetings, total: visits + meetings };
};

/** `Query.activity`: events grouped and counted in the database (one query), with the reported figures beside them. */
export const activityResolver: NonNullable<QueryResolvers['activity']> = async (_, { groupBy, from, to }, ctx) => {
  const window = dayWindow(from, to);
  const [row] = await ctx.db.executeRead<{ counts: CountRow[]; figures: FigureRow[] }>(
    activityReport(window, groupBy, REGION_KIND_LABELS),
    ctx.stats,
  );
  const lines = row?.counts ?? [];
  const rows = lines
    .filter((l) => l.part === 'row')
    .map((l): ActivityRow => ({ key: String(l.key), label: String(l.label ?? l.key), ...counts(l) }));
  return {
    groupBy,
    from: from ?? null,
    to: to ?? null,
    rows: sortActivityRows(rows, groupBy),
    unattributed: counts(lines.find((l) => l.part === 'unattributed')),
    totals: counts(lines.find((l) => l.part === 'totals')),
    reportedFigures: (row?.figures ?? []).map((f) => ({ keys: figureKeys(f, groupBy), figure: f.node })),
  };
};
