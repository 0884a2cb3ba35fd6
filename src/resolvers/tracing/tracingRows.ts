import type { KinPartnerBasis, KinshipBasis, RegionLinkKind } from '../../generated/graphql.js';
import type { EdgeRow, NodeRow, SourceRow } from '../../model/records.js';

/**
 * The rows the tracing translators return (src/cypher/regionKinPartners.ts,
 * personContacts.ts, regionPartnerProfiles.ts, countryLinkedRegions.ts,
 * regionTimelines.ts): plain node and edge rows, never driver objects.
 */

/** A kin partner of a region (tracingFragments.kinPartnersOf). */
export interface PartnerRow {
  basis: KinPartnerBasis;
  groundKind: KinshipBasis | null;
  group: NodeRow;
  diaspora: NodeRow | null;
  country: NodeRow;
  /** The linking path from the region to the country. */
  nodes: NodeRow[];
  edges: EdgeRow[];
}

/** regionKinPartners: one partner of one region and the events that engage it. */
export interface KinPartnerSourceRow {
  regionId: string;
  partner: PartnerRow;
  /** Every evidence relationship, however many `evidence` holds. */
  evidenceCount: number;
  evidence: EdgeRow[];
}

/** A tenure during an event, with what classifying the event against it needs. */
export interface TenureContext {
  tenure: EdgeRow;
  region: NodeRow;
  /** Names of the region's titular groups, by name. */
  titularGroups: string[];
  partners: PartnerRow[];
}

/** One visit or meeting and the countries it is linked to. */
export interface EventRow {
  event: EdgeRow;
  counterpart: NodeRow;
  countries: NodeRow[];
}

/** personContacts: one event of one person and the tenures during it. */
export interface PersonContactSourceRow extends EventRow {
  personId: string;
  person: NodeRow;
  tenures: TenureContext[];
}

/** regionPartnerProfiles: one region, its tenures and their events. */
export interface ProfileSourceRow {
  regionId: string;
  region: NodeRow;
  titularGroups: string[];
  partners: PartnerRow[];
  claims: NodeRow[];
  tenures: Array<{ tenure: EdgeRow; governor: NodeRow; events: EventRow[] }>;
}

/** countryLinkedRegions: one link of one country. */
export interface RegionLinkSourceRow {
  countryId: string;
  region: NodeRow;
  via: RegionLinkKind;
  nodes: NodeRow[];
  edges: EdgeRow[];
}

/** regionTimelines: one fact of one region's timeline. */
export interface TimelineSourceRow {
  regionId: string;
  entry: 'TENURE' | 'VISITED' | 'MET' | 'MEMBERSHIP' | 'STATEMENT';
  edge: EdgeRow | null;
  statement: NodeRow | null;
  actor: string | null;
  counterpart: string | null;
  /** The fact's citations, each with its quote (as `sources: [Source!]!` returns them). */
  sources: SourceRow[];
}
