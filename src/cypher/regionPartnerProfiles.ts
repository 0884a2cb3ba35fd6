import type { CypherQuery } from './CypherQuery.js';
import { edgeProjection, nodeProjection } from './returnShapes.js';
import { duringTenure, kinPartnersOf, linkedCountries } from './tracingFragments.js';

/**
 * For each region id, one row: `regionId`, `region`, `titularGroups`
 * (names), `partners` (the region's kin partners, as kinPartnersOf describes
 * them), `claims` (Claims ABOUT the region or any of its governors, by id)
 * and `tenures`: every GOVERNED tenure of the region, oldest first, each
 * { tenure, governor, events }, where `events` are the governor's visits and
 * meetings during that tenure, each { event, counterpart, countries } (see
 * linkedCountries). The classification is left to the caller. One round-trip.
 */
export function regionPartnerProfiles(regionIds: readonly string[]): CypherQuery {
  return {
    cypher: `UNWIND $regionIds AS regionId
MATCH (region:Region {id: regionId})
CALL (region) {
  MATCH (governor:Person)-[t:GOVERNED]->(region)
  WITH governor, t ORDER BY t.startMin, t.id
  RETURN collect({
    tenure: ${edgeProjection('t')},
    governor: ${nodeProjection('governor')},
    events: COLLECT {
      MATCH (governor)-[e:VISITED|MET]->(target)
      WHERE ${duringTenure('e', 't')}
      RETURN { event: ${edgeProjection('e')}, counterpart: ${nodeProjection('target')},
               countries: [c IN ${linkedCountries('target')} | ${nodeProjection('c')}] } AS contact
    }
  }) AS tenures
}
RETURN regionId, ${nodeProjection('region')} AS region, tenures,
       COLLECT { MATCH (region)<-[:TITULAR_IN]-(tg:EthnicGroup) RETURN tg.name AS name ORDER BY name } AS titularGroups,
       COLLECT {
         ${kinPartnersOf('region')}
       } AS partners,
       COLLECT {
         MATCH (claim:Claim)-[:ABOUT]->(about)
         WHERE about = region OR (about)-[:GOVERNED]->(region)
         WITH DISTINCT claim ORDER BY claim.id
         RETURN ${nodeProjection('claim')} AS claim
       } AS claims`,
    params: { regionIds: [...regionIds] },
  };
}
