import type { CypherQuery } from './CypherQuery.js';
import { edgeProjection } from './returnShapes.js';
import { duringTenure, kinPartnersOf, linkedCountries } from './tracingFragments.js';

/**
 * For each region id, its kin partners (one row each: `regionId`, `partner`
 * as kinPartnersOf describes it) and the `evidence`: the VISITED and MET
 * relationships of the region's governors, made during their tenure in the
 * region, linked to the partner country (see linkedCountries). Regions
 * without titular groups give no rows. One round-trip for all regions.
 */
export function regionKinPartners(regionIds: readonly string[]): CypherQuery {
  return {
    cypher: `UNWIND $regionIds AS regionId
MATCH (region:Region {id: regionId})
CALL (region) {
  ${kinPartnersOf('region')}
}
CALL (region, partner) {
  MATCH (region)<-[t:GOVERNED]-(:Person)-[e:VISITED|MET]->(target)
  WHERE ${duringTenure('e', 't')}
    AND any(linked IN ${linkedCountries('target')} WHERE linked.id = partner.country.id)
  WITH DISTINCT e
  RETURN collect(${edgeProjection('e')}) AS evidence
}
RETURN regionId, partner, evidence`,
    params: { regionIds: [...regionIds] },
  };
}
