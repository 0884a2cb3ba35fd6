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
 * Komi at 1000x the seed; docs/performance.md).
 */
export function regionKinPartners(regionIds: readonly string[], evidenceFirst: number | null = null): CypherQuery {
  return {
    cypher: `UNWIND $regionIds AS regionId
MATCH (region:Region {id: regionId})
CALL (region) {
  ${kinPartnersOf('region')}
}
WITH regionId, region, collect(partner) AS partners
CALL (region) {
  MATCH (region)<-[t:GOVERNED]-(:Person)-[e:VISITED|MET]->(target)
  WHERE ${duringTenure('e', 't')}
  WITH DISTINCT e, target
  WITH target, collect(e) AS targetEvents
  UNWIND ${linkedCountries('target')} AS linked
  UNWIND targetEvents AS e
  WITH DISTINCT linked.id AS countryId, e
  WITH countryId, e ORDER BY coalesce(e.startMin, '9999'), e.id
  WITH countryId, collect(e) AS countryEvents
  RETURN collect({ countryId: countryId, events: countryEvents }) AS byCountry
}
UNWIND partners AS partner
WITH regionId, partner, coalesce(head([c IN byCountry WHERE c.countryId = partner.country.id | c.events]), []) AS matching
RETURN regionId, partner, size(matching) AS evidenceCount,
       [e IN CASE WHEN $evidenceFirst IS NULL THEN matching ELSE matching[0..$evidenceFirst] END
        | ${edgeProjection('e')}] AS evidence`,
    params: { regionIds: [...regionIds], evidenceFirst: evidenceFirst === null ? null : int(evidenceFirst) },
  };
}
