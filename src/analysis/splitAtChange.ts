import { countActivity, type ActivityCounts } from './countActivity.js';

/** An event of one of a region's governors, attributed to the region. */
export interface ChangeEvent {
  id: string;
  type: 'VISITED' | 'MET';
  personId: string;
  /** First and last day the event's period allows; null when undated. */
  startMin: string | null;
  latest: string | null;
  /** The partner country's id, when the graph ties the counterpart to one. */
  partnerId: string | null;
}

/** A tenure of the region's head. */
export interface RegionTenure {
  governorId: string;
  /** First day of the start date and last day of the end date; null when open. */
  startMin: string | null;
  endMax: string | null;
}

/** Where to split: at the incoming governor (person-based) or at a date's bounds. */
export type ChangePoint =
  | { by: 'governor'; governorId: string; startMin: string | null }
  | { by: 'date'; earliest: string; latest: string };

/** Activity with one partner country. */
export interface PartnerCount extends ActivityCounts {
  countryId: string;
  kinLinked: boolean;
}

/** The partners of one side. */
export interface PartnerSide extends ActivityCounts {
  governorIds: string[];
  partners: PartnerCount[];
  partnerCount: number;
  kinLinkedPartnerCount: number;
  kinLinkedShare: number | null;
  kinLinkedEventShare: number | null;
  withoutPartnerCountry: number;
}

/** Both sides and what neither holds. */
export interface ChangeSplit {
  before: PartnerSide;
  after: PartnerSide;
  unplaced: ActivityCounts;
}

function side(
  governorIds: Iterable<string>,
  events: readonly ChangeEvent[],
  kinLinked: ReadonlySet<string>,
  nameOf: (countryId: string) => string,
): PartnerSide {
  const byCountry = new Map<string, ChangeEvent[]>();
  for (const e of events) {
    if (!e.partnerId) continue;
    const list = byCountry.get(e.partnerId);
    if (list) list.push(e);
    else byCountry.set(e.partnerId, [e]);
  }
  const partners = [...byCountry]
    .map(([countryId, list]): PartnerCount => ({ countryId, kinLinked: kinLinked.has(countryId), ...countActivity(list) }))
    .sort((a, b) => b.total - a.total || nameOf(a.countryId).localeCompare(nameOf(b.countryId)));
  const withPartner = events.filter((e) => e.partnerId !== null);
  const kinEvents = withPartner.filter((e) => kinLinked.has(e.partnerId as string)).length;
  const kinPartners = partners.filter((p) => p.kinLinked).length;
  return {
    governorIds: [...new Set(governorIds)].sort(),
    ...countActivity(events),
    partners,
    partnerCount: partners.length,
    kinLinkedPartnerCount: kinPartners,
    kinLinkedShare: partners.length === 0 ? null : kinPartners / partners.length,
    kinLinkedEventShare: withPartner.length === 0 ? null : kinEvents / withPartner.length,
    withoutPartnerCountry: events.length - withPartner.length,
  };
}

/**
 * Splits a region's events at a change of governor and profiles each side's
 * partner countries, with the share that is kin-linked.
 *
 * - By governor: before = the events of the governors whose tenure began
 *   before the incoming governor's; after = the incoming governor's events.
 *   Later governors are left out; nothing is unplaced.
 * - By date: before = events wholly before the date's first day, after =
 *   events wholly after its last day; undated events and events whose period
 *   reaches the date are unplaced. Governors are listed on each side their
 *   tenure reaches.
 */
export function splitAtChange(
  point: ChangePoint,
  tenures: readonly RegionTenure[],
  events: readonly ChangeEvent[],
  kinLinked: ReadonlySet<string>,
  nameOf: (countryId: string) => string,
): ChangeSplit {
  if (point.by === 'governor') {
    const startsBefore = (t: RegionTenure) =>
      t.governorId !== point.governorId && (t.startMin === null || point.startMin === null || t.startMin < point.startMin);
    const earlier = new Set(tenures.filter(startsBefore).map((t) => t.governorId));
    return {
      before: side(earlier, events.filter((e) => earlier.has(e.personId)), kinLinked, nameOf),
      after: side([point.governorId], events.filter((e) => e.personId === point.governorId), kinLinked, nameOf),
      unplaced: countActivity([]),
    };
  }
  const isBefore = (e: ChangeEvent) => e.latest !== null && e.latest < point.earliest;
  const isAfter = (e: ChangeEvent) => e.startMin !== null && e.startMin > point.latest;
  return {
    before: side(
      tenures.filter((t) => t.startMin === null || t.startMin < point.earliest).map((t) => t.governorId),
      events.filter(isBefore),
      kinLinked,
      nameOf,
    ),
    after: side(
      tenures.filter((t) => t.endMax === null || t.endMax > point.latest).map((t) => t.governorId),
      events.filter(isAfter),
      kinLinked,
      nameOf,
    ),
    unplaced: countActivity(events.filter((e) => !isBefore(e) && !isAfter(e))),
  };
}
