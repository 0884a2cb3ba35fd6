import type { DayWindow } from '../../cypher/subgraphAround.js';
import type { ResolversParentTypes, TimelineKind } from '../../generated/graphql.js';
import type { EdgeRow } from '../../model/records.js';
import type { TimelineSourceRow } from './tracingRows.js';

/** A timeline entry as the TimelineEntry types resolve it, plus the day bounds it is ordered and filtered by. */
export type TimelineEntryRow = ResolversParentTypes['TimelineEntry'] & {
  /** Earliest and latest day the entry may fall on (null: undated). */
  min: string | null;
  max: string | null;
  /** The relationship's or statement's id (ties are ordered by it). */
  factId: string;
};

/** Same-day entries in this order: someone leaves office before the successor takes it. */
const KIND_ORDER: readonly TimelineKind[] = [
  'TENURE_END', 'TENURE_START', 'MEMBERSHIP', 'MEMBERSHIP_END', 'VISIT', 'MEETING', 'STATEMENT',
];

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** Plain code-unit order (ISO days and ids compare correctly so, whatever the locale). */
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The date, end and day bounds of an entry dated by `prop` of `edge` (and, for a period, ending with `endProp`). */
function dated(edge: EdgeRow, prop: string, endProp?: string) {
  const end = endProp ? str(edge.props[endProp]) : null;
  return {
    date: str(edge.props[prop]),
    end,
    min: str(edge.props[`${prop}Min`]),
    max: (endProp ? str(edge.props[`${endProp}Max`]) : null) ?? str(edge.props[`${prop}Max`]),
  };
}

const withDetail = (text: string, detail: unknown): string => (typeof detail === 'string' && detail ? `${text} (${detail})` : text);

/** The entries one fact gives: a tenure its start and (when it has one) its end, a membership likewise, everything else one. */
function entriesOf(row: TimelineSourceRow): TimelineEntryRow[] {
  const { edge, sources } = row;
  const actor = row.actor ?? '';
  const counterpart = row.counterpart ?? '';
  if (row.entry === 'STATEMENT') {
    const s = row.statement;
    if (!s) return [];
    const date = str(s.props.date);
    return [{
      kind: 'STATEMENT', date, end: null, summary: String(s.props.summary ?? s.id), sources, statement: s,
      min: str(s.props.dateMin), max: str(s.props.dateMax), factId: s.id,
    }];
  }
  if (!edge) return [];
  const base = { sources, factId: edge.id };
  switch (row.entry) {
    case 'TENURE': {
      const title = edge.props.title;
      const start: TimelineEntryRow = {
        ...base, ...dated(edge, 'start'), end: null, kind: 'TENURE_START', tenure: edge,
        summary: withDetail(`${actor} took office as head of ${counterpart}`, title),
      };
      if (edge.props.end === undefined) return [start];
      return [start, {
        ...base, ...dated(edge, 'end'), end: null, kind: 'TENURE_END', tenure: edge,
        summary: withDetail(`${actor} left office as head of ${counterpart}`, edge.props.endReason),
      }];
    }
    case 'VISITED':
      return [{ ...base, ...dated(edge, 'start', 'end'), kind: 'VISIT', visit: edge,
        summary: withDetail(`${actor} visited ${counterpart}`, edge.props.occasions) }];
    case 'MET':
      return [{ ...base, ...dated(edge, 'start', 'end'), kind: 'MEETING', meeting: edge,
        summary: withDetail(`${actor} met ${counterpart}`, edge.props.counterpartRole) }];
    case 'MEMBERSHIP': {
      const since: TimelineEntryRow = {
        ...base, ...dated(edge, 'since'), end: str(edge.props.until), kind: 'MEMBERSHIP', membership: edge,
        summary: withDetail(`${actor} is a member of ${counterpart}`, edge.props.status),
      };
      if (edge.props.until === undefined) return [since];
      return [since, { ...base, ...dated(edge, 'until'), end: null, kind: 'MEMBERSHIP_END', membership: edge,
        summary: `${actor} left ${counterpart}` }];
    }
  }
}

/** Whether an entry may fall in the window; undated entries never do (nothing places them in it). */
function inDayWindow(entry: TimelineEntryRow, window: DayWindow): boolean {
  if (!window.start && !window.end) return true;
  if (!entry.min) return false;
  const max = entry.max ?? entry.min;
  return (!window.end || entry.min <= window.end) && (!window.start || max >= window.start);
}

/**
 * A region's timeline from its facts: tenure starts and ends, visits,
 * meetings, memberships (and their ends) and statements, in date order by the
 * earliest day a (partial) date allows, undated entries last; same-day
 * entries by KIND_ORDER, then by the fact's id. With a window, only entries
 * that may fall in it (undated entries are left out).
 */
export function timelineEntries(rows: readonly TimelineSourceRow[], window: DayWindow): TimelineEntryRow[] {
  return rows
    .flatMap(entriesOf)
    .filter((entry) => inDayWindow(entry, window))
    .sort(
      (a, b) =>
        compare(a.min ?? '9999-99-99', b.min ?? '9999-99-99') ||
        KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
        compare(a.factId, b.factId),
    );
}
