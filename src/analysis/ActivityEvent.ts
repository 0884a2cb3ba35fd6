/**
 * One event of international activity as the graph records it: a VISITED or
 * MET relationship. A relationship that a source reports for several
 * occasions ("several times") is still one event: counts never guess how many.
 */
export interface ActivityEvent {
  /** The relationship's id. */
  id: string;
  type: 'VISITED' | 'MET';
  /** The person who visited or met. */
  personId: string;
  personName: string;
  /** The first day the event's start date allows (`YYYY-MM-DD`); null when undated. */
  startMin: string | null;
  /** The regions the person headed during the event (tenure overlapping it; every region they headed when undated). */
  regions: EventRegion[];
  /** The partner country, when the graph ties the counterpart to one. */
  partner: EventPartner | null;
}

/** A region an event is attributed to. */
export interface EventRegion {
  id: string;
  name: string;
  kind: string;
  federalDistrict: string | null;
}

/** An event's partner country. */
export interface EventPartner {
  id: string;
  name: string;
}
