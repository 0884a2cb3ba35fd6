import type { CypherQuery } from './CypherQuery.js';
import { edgeProjection } from './returnShapes.js';
import { duringTenure, kinPartnersOf, linkedCountries } from './tracingFragments.js';

/**
 * For each region id, its kin partners (one row each: `regionId`, `partner`
 * as kinPartnersOf describes it) and the `evidence`: the VISITED and MET
 * relationships of the region's governors, made during their tenure in the
 * region, linked to the partner country (see linkedCountries). Regions
 * without titular groups give no rows. One round-trip for all regions.
 *
 * The region's in-tenure events are read once, each with the ids of the
 * countries it is linked to, and then filtered per partner in memory: reading
 * them again for every partner made the cost partners x events (45 s for
 * Komi at 1000x the seed; docs/performance.md).
 */
export function regionKinPartners(regionIds: readonly string[]): CypherQuery {
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
  WITH e, [linked IN ${linkedCountries('target')} | linked.id] AS linkedIds
  WHERE size(linkedIds) > 0
  RETURN collect({ edge: e, linkedIds: linkedIds }) AS events
}
UNWIND partners AS partner
RETURN regionId, partner,
       [event IN events WHERE partner.country.id IN event.linkedIds | ${edgeProjection('event.edge')}] AS evidence`,
    params: { regionIds: [...regionIds] },
  };
}
