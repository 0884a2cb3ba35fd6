import type { ActivityEvent } from './ActivityEvent.js';
import { countActivity, type ActivityCounts } from './countActivity.js';

/** The groupings of `Query.activity` (the SDL enum ActivityGrouping). */
export type ActivityGrouping = 'REGION' | 'GOVERNOR' | 'REGION_KIND' | 'FEDERAL_DISTRICT' | 'YEAR' | 'PARTNER_COUNTRY';

/** One group's counts. */
export interface ActivityRow extends ActivityCounts {
  key: string;
  label: string;
}

/** Rows, the events no row takes, and every event once. */
export interface GroupedActivity {
  rows: ActivityRow[];
  unattributed: ActivityCounts;
  totals: ActivityCounts;
}

/** Readable names of the region kinds. */
export const REGION_KIND_LABELS: Readonly<Record<string, string>> = {
  REPUBLIC: 'Republic',
  KRAI: 'Krai',
  OBLAST: 'Oblast',
  FEDERAL_CITY: 'Federal city',
  AUTONOMOUS_OBLAST: 'Autonomous oblast',
  AUTONOMOUS_OKRUG: 'Autonomous okrug',
};

/** The groups one event falls in under `grouping` (none: unattributed). */
function groupsOf(event: ActivityEvent, grouping: ActivityGrouping): Array<{ key: string; label: string }> {
  switch (grouping) {
    case 'REGION':
      return event.regions.map((r) => ({ key: r.id, label: r.name }));
    case 'GOVERNOR':
      return event.regions.length > 0 ? [{ key: event.personId, label: event.personName }] : [];
    case 'REGION_KIND':
      return event.regions.map((r) => ({ key: r.kind, label: REGION_KIND_LABELS[r.kind] ?? r.kind }));
    case 'FEDERAL_DISTRICT':
      return event.regions.flatMap((r) => (r.federalDistrict ? [{ key: r.federalDistrict, label: r.federalDistrict }] : []));
    case 'YEAR':
      return event.startMin ? [{ key: event.startMin.slice(0, 4), label: event.startMin.slice(0, 4) }] : [];
    case 'PARTNER_COUNTRY':
      return event.partner ? [{ key: event.partner.id, label: event.partner.name }] : [];
  }
}

/**
 * The reference for how `Query.activity` counts (the database does the
 * counting, src/cypher/activityReport.ts; tests/research/analysis.test.ts
 * checks its answers equal this function's over the same events).
 * Groups events by `grouping` and counts visits and meetings per group. An
 * event counts once per group it falls in (two regions' rows when it overlaps
 * two tenures of different regions, but once in a kind or district row even
 * then); events in no group are counted as unattributed. YEAR rows are in
 * year order, the others by total (descending), then label, then key.
 */
export function groupActivity(events: readonly ActivityEvent[], grouping: ActivityGrouping): GroupedActivity {
  const groups = new Map<string, { label: string; events: ActivityEvent[] }>();
  const unattributed: ActivityEvent[] = [];
  for (const event of events) {
    const distinct = new Map(groupsOf(event, grouping).map((g) => [g.key, g.label]));
    if (distinct.size === 0) unattributed.push(event);
    for (const [key, label] of distinct) {
      const group = groups.get(key);
      if (group) group.events.push(event);
      else groups.set(key, { label, events: [event] });
    }
  }
  const rows = [...groups].map(([key, g]): ActivityRow => ({ key, label: g.label, ...countActivity(g.events) }));
  return { rows: sortActivityRows(rows, grouping), unattributed: countActivity(unattributed), totals: countActivity(events) };
}

/** Sorts rows in place as `Query.activity` lists them: YEAR rows in year order, the others by total (descending), then label, then key. */
export function sortActivityRows(rows: ActivityRow[], grouping: ActivityGrouping): ActivityRow[] {
  return rows.sort(
    grouping === 'YEAR'
      ? (a, b) => a.key.localeCompare(b.key)
      : (a, b) => b.total - a.total || a.label.localeCompare(b.label) || a.key.localeCompare(b.key),
  );
}
