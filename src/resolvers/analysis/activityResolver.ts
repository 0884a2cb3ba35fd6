import type { QueryResolvers } from '../../generated/graphql.js';
import { activityReport } from '../../cypher/activityReport.js';
import { figureKeys, type FigureSubject } from '../../analysis/figureKeys.js';
import { groupActivity } from '../../analysis/groupActivity.js';
import type { NodeRow } from '../../model/records.js';
import { dayWindow } from './dayWindow.js';
import { toActivityEvent, type EventRow } from './eventRows.js';

interface FigureRow extends FigureSubject {
  node: NodeRow;
}

/** `Query.activity`: events grouped and counted (one query), with the reported figures beside them. */
export const activityResolver: NonNullable<QueryResolvers['activity']> = async (_, { groupBy, from, to }, ctx) => {
  const window = dayWindow(from, to);
  const [row] = await ctx.db.executeRead<{ events: EventRow[]; figures: FigureRow[] }>(activityReport(window), ctx.stats);
  const grouped = groupActivity((row?.events ?? []).map(toActivityEvent), groupBy);
  return {
    groupBy,
    from: from ?? null,
    to: to ?? null,
    ...grouped,
    reportedFigures: (row?.figures ?? []).map((f) => ({ keys: figureKeys(f, groupBy), figure: f.node })),
  };
};
