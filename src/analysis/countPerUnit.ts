import type { ActivityEvent } from './ActivityEvent.js';
import type { ComparedUnit } from './compareMeans.js';
import { countActivity } from './countActivity.js';

/**
 * Event counts for each unit (a region or a governor), zero for units with no
 * event. `unitsOf` names the units an event counts for; an event counts once
 * per unit.
 */
export function countPerUnit(
  units: ReadonlyArray<{ id: string; label: string }>,
  events: readonly ActivityEvent[],
  unitsOf: (event: ActivityEvent) => readonly string[],
): ComparedUnit[] {
  const byUnit = new Map<string, ActivityEvent[]>(units.map((u) => [u.id, []]));
  for (const event of events) {
    for (const id of new Set(unitsOf(event))) byUnit.get(id)?.push(event);
  }
  return units.map((u) => ({ id: u.id, label: u.label, ...countActivity(byUnit.get(u.id) ?? []) }));
}
