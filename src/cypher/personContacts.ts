import type { CypherQuery } from './CypherQuery.js';
import { edgeProjection, nodeProjection } from './returnShapes.js';
import { duringTenure, kinPartnersOf, linkedCountries } from './tracingFragments.js';

/**
 * For each person id, every visit and meeting (VISITED, MET) of the person,
 * one row each: `personId`, `person`, `event` (edge row), `counterpart` (the
 * end node), `countries` (the countries the event is linked to, by name: see
 * linkedCountries) and `tenures`: the person's GOVERNED tenures during the
 * event, each { tenure, region, titularGroups (names), partners (the region's
 * kin partners, as kinPartnersOf describes them) }. The classification
 * (natural, distant, unplaced) is left to the caller. One round-trip.
 */
export function personContacts(personIds: readonly string[]): CypherQuery {
  return {
    cypher: `UNWIND $personIds AS personId
MATCH (person:Person {id: personId})-[e:VISITED|MET]->(target)
CALL (person, e) {
  MATCH (person)-[t:GOVERNED]->(region:Region)
  WHERE ${duringTenure('e', 't')}
  WITH t, region ORDER BY t.startMin, t.id
  RETURN collect({
    tenure: ${edgeProjection('t')},
    region: ${nodeProjection('region')},
    titularGroups: COLLECT { MATCH (region)<-[:TITULAR_IN]-(tg:EthnicGroup) RETURN tg.name AS name ORDER BY name },
    partners: COLLECT {
      ${kinPartnersOf('region')}
    }
  }) AS tenures
}
RETURN personId, ${nodeProjection('person')} AS person, ${edgeProjection('e')} AS event, ${nodeProjection('target')} AS counterpart,
       [c IN ${linkedCountries('target')} | ${nodeProjection('c')}] AS countries, tenures`,
    params: { personIds: [...personIds] },
  };
}
