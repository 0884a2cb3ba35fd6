import type { ActivityEvent } from './ActivityEvent.js';

/** Visits, meetings and their sum. */
export interface ActivityCounts {
  visits: number;
  meetings: number;
  total: number;
}

/** Counts events by type; each event (relationship) counts once. */
export function countActivity(events: Iterable<Pick<ActivityEvent, 'type'>>): ActivityCounts {
  let visits = 0;
  let meetings = 0;
  for (const event of events) {
    if (event.type === 'VISITED') visits += 1;
    else meetings += 1;
  }
  return { visits, meetings, total: visits + meetings };
}
