import type { CypherQuery } from './CypherQuery.js';
import { edgeProjection, nodeProjection } from './returnShapes.js';
import { duringTenure, mayOverlap } from './tracingFragments.js';

/**
 * For each country id, the Russian regions linked to it, one row per link:
 * `countryId`, `region` (node row), `via` and the linking path (`nodes`,
 * `edges`) from the region to the country:
 *
 * - KINSHIP: region <-TITULAR_IN- group -KIN_OF-> country;
 * - DIASPORA: region <-TITULAR_IN- group <-DIASPORA_OF- diaspora -LIVES_IN-> country;
 * - VISIT: region <-GOVERNED- person -VISITED-> country, the visit during the tenure;
 * - MEETING: region <-GOVERNED- person -MET-> the country, a diaspora living
 *   in it, an organisation based in it, or a person who LED such an
 *   organisation; the meeting during the tenure;
 * - MEMBERSHIP: region -MEMBER_OF-> organisation <-MEMBER_OF- country, the
 *   two memberships at (possibly) the same time.
 *
 * One round-trip for all countries.
 */
export function countryLinkedRegions(countryIds: readonly string[]): CypherQuery {
  return {
    cypher: `UNWIND $countryIds AS countryId
MATCH (country:Country {id: countryId})
CALL (country) {
  MATCH p = (region:Region)<-[:TITULAR_IN]-(:EthnicGroup)-[:KIN_OF]->(country)
  RETURN region, 'KINSHIP' AS via, p
  UNION
  MATCH p = (region:Region)<-[:TITULAR_IN]-(:EthnicGroup)<-[:DIASPORA_OF]-(:Diaspora)-[:LIVES_IN]->(country)
  RETURN region, 'DIASPORA' AS via, p
  UNION
  MATCH p = (region:Region)<-[t:GOVERNED]-(:Person)-[e:VISITED]->(country)
  WHERE ${duringTenure('e', 't')}
  RETURN region, 'VISIT' AS via, p
  UNION
  MATCH p = (region:Region)<-[t:GOVERNED]-(:Person)-[e:MET]->(country)
  WHERE ${duringTenure('e', 't')}
  RETURN region, 'MEETING' AS via, p
  UNION
  MATCH p = (region:Region)<-[t:GOVERNED]-(:Person)-[e:MET]->(:Diaspora|Organisation)-[:LIVES_IN|BASED_IN]->(country)
  WHERE ${duringTenure('e', 't')}
  RETURN region, 'MEETING' AS via, p
  UNION
  MATCH p = (region:Region)<-[t:GOVERNED]-(:Person)-[e:MET]->(:Person)-[:LED]->(:Organisation)-[:BASED_IN]->(country)
  WHERE ${duringTenure('e', 't')}
  RETURN region, 'MEETING' AS via, p
  UNION
  MATCH p = (region:Region)-[m:MEMBER_OF]->(:Organisation)<-[n:MEMBER_OF]-(country)
  WHERE ${mayOverlap('m.sinceMin', 'm.untilMax', 'n.sinceMin', 'n.untilMax')}
  RETURN region, 'MEMBERSHIP' AS via, p
}
RETURN countryId, ${nodeProjection('region')} AS region, via,
       [n IN nodes(p) | ${nodeProjection('n')}] AS nodes,
       [r IN relationships(p) | ${edgeProjection('r')}] AS edges`,
    params: { countryIds: [...countryIds] },
  };
}
