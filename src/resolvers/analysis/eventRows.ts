import type { ActivityEvent, EventRegion } from '../../analysis/ActivityEvent.js';
import type { NodeRow } from '../../model/records.js';

/** An event as ACTIVITY_EVENTS_SUBQUERY returns it. */
export interface EventRow {
  id: string;
  type: 'VISITED' | 'MET';
  personId: string;
  personName: string | null;
  startMin: string | null;
  latest: string | null;
  regions: EventRegion[];
  partner: NodeRow | null;
}

/** Turns a query's event row into the pure code's ActivityEvent. */
export function toActivityEvent(row: EventRow): ActivityEvent {
  return {
    id: row.id,
    type: row.type,
    personId: row.personId,
    personName: row.personName ?? row.personId,
    startMin: row.startMin,
    regions: row.regions,
    partner: row.partner ? { id: row.partner.id, name: String(row.partner.props.name ?? row.partner.id) } : null,
  };
}
