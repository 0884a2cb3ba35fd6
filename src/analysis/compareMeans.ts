import type { ActivityCounts } from './countActivity.js';

/** A unit of a comparison (a region or a governor) with its event counts. */
export interface ComparedUnit extends ActivityCounts {
  id: string;
  label: string;
}

/** One side of a comparison: its units, totals and means. */
export interface MeanGroup extends ActivityCounts {
  label: string;
  /** Units averaged over, including those with no event. */
  n: number;
  /** Units with at least one event. */
  active: number;
  mean: number | null;
  meanVisits: number | null;
  meanMeetings: number | null;
  units: ComparedUnit[];
}

/** Two groups' means, their difference, and whether the first is higher. */
export interface MeanComparison {
  groups: [MeanGroup, MeanGroup];
  difference: number | null;
  consistentWithClaim: boolean | null;
}

const byActivity = (a: ComparedUnit, b: ComparedUnit): number =>
  b.total - a.total || a.label.localeCompare(b.label) || a.id.localeCompare(b.id);

/** Sums and averages one group's units (every unit in the denominator); means are null when there is no unit. */
export function meanGroup(label: string, units: readonly ComparedUnit[]): MeanGroup {
  const n = units.length;
  const visits = units.reduce((s, u) => s + u.visits, 0);
  const meetings = units.reduce((s, u) => s + u.meetings, 0);
  const total = visits + meetings;
  const mean = (x: number) => (n === 0 ? null : x / n);
  return {
    label,
    n,
    active: units.filter((u) => u.total > 0).length,
    visits,
    meetings,
    total,
    mean: mean(total),
    meanVisits: mean(visits),
    meanMeetings: mean(meetings),
    units: [...units].sort(byActivity),
  };
}

/**
 * Compares the mean events per unit of two groups; `first` is the group the
 * claim under test says is more active. The difference is first minus
 * second; `consistentWithClaim` is true when the first mean is strictly
 * higher, null when either group is empty.
 */
export function compareMeans(
  first: { label: string; units: readonly ComparedUnit[] },
  second: { label: string; units: readonly ComparedUnit[] },
): MeanComparison {
  const a = meanGroup(first.label, first.units);
  const b = meanGroup(second.label, second.units);
  const difference = a.mean === null || b.mean === null ? null : a.mean - b.mean;
  return { groups: [a, b], difference, consistentWithClaim: difference === null ? null : difference > 0 };
}
