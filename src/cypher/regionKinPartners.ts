import { int } from 'neo4j-driver';
import type { CypherQuery } from './CypherQuery.js';
import { edgeProjection } from './returnShapes.js';
import { duringTenure, kinPartnersOf, linkedCountries } from './tracingFragments.js';

/**
 * For each region id, its kin partners (one row each: `regionId`, `partner`
 * as kinPartnersOf describes it) and the `evidence`: the VISITED and MET
 * relationships of the region's governors, made during their tenure in the
 * region, linked to the partner country (see linkedCountries). Regions
 * without titular groups give no rows. One round-trip for all regions.
 * `evidenceCount` counts every such relationship; `evidence` lists them
 * oldest first (earliest start day, undated last, then id), all of them or,
 * with `evidenceFirst`, the first that many: projecting every evidence row
 * was 12 of the 15 s this query took for Komi at 1000x (351,333 rows).
 *
 * The region's in-tenure events are read once, the countries each target
 * links to are looked up once per target (not per event), and the events
 * are grouped by linked country, so each partner takes its group: reading
 * them again for every partner made the cost partners x events (45 s for
 * Komi at 1000x the seed; docs/performance.md). Only events whose target is
 * linked to a partner's country are kept (those targets are gathered first,
 * from the partner countries backwards, so other events are dropped before
 * any of their dates is read), and each country's evidence is cut with a
 * top-N of its own instead of one sort of every event: 1.2 s -> 0.53 s for
 * Komi at 1000x, the same answer (`.probe/kin.ts`, not committed).
 */
export function regionKinPartners(regionIds: readonly string[], evidenceFirst: number | null = null): CypherQuery {
  return {
    cypher: `UNWIND $regionIds AS regionId
MATCH (region:Region {id: regionId})
CALL (region) {
  ${kinPartnersOf('region')}
}
WITH regionId, region, collect(partner) AS partners
CALL (region, partners) {
  WITH region, [p IN partners | p.country.id] AS partnerCountryIds
  CALL (partnerCountryIds) {
    MATCH (c:Country) WHERE c.id IN partnerCountryIds
    CALL (c) {
      RETURN c AS linkedTarget
      UNION
      MATCH (linkedTarget)-[:LIVES_IN|BASED_IN]->(c)
      RETURN linkedTarget
      UNION
      MATCH (linkedTarget:Person)-[:LED]->(:Organisation)-[:BASED_IN]->(c)
      RETURN linkedTarget
    }
    RETURN collect(DISTINCT linkedTarget) AS targets
  }
  CALL (region, targets) {
    MATCH (region)<-[t:GOVERNED]-(:Person)-[e:VISITED|MET]->(target)
    WHERE target IN targets AND ${duringTenure('e', 't')}
    WITH DISTINCT e, target
    RETURN target, collect(e) AS targetEvents
  }
  UNWIND ${linkedCountries('target')} AS linked
  WITH linked.id AS countryId, targetEvents WHERE countryId IN partnerCountryIds
  UNWIND targetEvents AS e
  WITH DISTINCT countryId, e
  WITH countryId, collect(e) AS events
  CALL (events) {
    UNWIND events AS e
    WITH e ORDER BY coalesce(e.startMin, '9999'), e.id
    LIMIT $evidenceLimit
    RETURN collect(e) AS firstEvents
  }
  RETURN collect({ countryId: countryId, count: size(events), events: firstEvents }) AS byCountry
}
UNWIND partners AS partner
WITH regionId, partner, head([c IN byCountry WHERE c.countryId = partner.country.id]) AS match
RETURN regionId, partner, coalesce(match.count, 0) AS evidenceCount,
       [e IN coalesce(match.events, []) | ${edgeProjection('e')}] AS evidence`,
    params: {
      regionIds: [...regionIds],
      // LIMIT takes no null: without evidenceFirst, a limit no list reaches.
      evidenceLimit: int(evidenceFirst ?? Number.MAX_SAFE_INTEGER),
    },
  };
}
