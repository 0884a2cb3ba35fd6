/**
 * Cypher fragments shared by the tracing translators (kin partners, contacts,
 * partner profiles, linked regions, timelines). Constants only: they name
 * variables of the query they are spliced into, never a user value.
 */
import { edgeProjection, nodeProjection } from './returnShapes.js';

/**
 * Whether the periods [aMin, aMax] and [bMin, bMax] (day strings, any of them
 * null) may overlap: a missing lower bound is the beginning of time, a
 * missing upper bound the end of time.
 */
export const mayOverlap = (aMin: string, aMax: string, bMin: string, bMax: string): string =>
  `(coalesce(${aMin}, '0000-01-01') <= coalesce(${bMax}, '9999-12-31') AND coalesce(${bMin}, '0000-01-01') <= coalesce(${aMax}, '9999-12-31'))`;

/**
 * Whether event `e` (a VISITED or MET relationship) was made during tenure
 * `t` (a GOVERNED relationship): their periods may overlap. An event without
 * an end lasts its start's period; a tenure without an end is open-ended; an
 * undated event or tenure overlaps every period.
 */
export const duringTenure = (e: string, t: string): string =>
  mayOverlap(`${e}.startMin`, `coalesce(${e}.endMax, ${e}.startMax)`, `${t}.startMin`, `${t}.endMax`);

/**
 * The countries an event (a VISITED or MET relationship) whose end node is
 * `target` is linked to, as a list of Country nodes: the target when it is a Country (a visit's country, a
 * meeting with a head of state); a Diaspora's host country (LIVES_IN); an
 * Organisation's country (BASED_IN); the country of an organisation that a
 * Person target LED. A wider Area links to no country.
 */
export const linkedCountries = (target: string): string =>
  `(CASE WHEN ${target}:Country THEN [${target}] ELSE [] END
    + [(${target})-[:LIVES_IN|BASED_IN]->(linkedCountry:Country) | linkedCountry]
    + [(${target}:Person)-[:LED]->(:Organisation)-[:BASED_IN]->(linkedCountry:Country) | linkedCountry])`;

/**
 * A UNION subquery body returning one row `partner` per kin partner of region
 * `region`: a map { basis, groundKind, group, diaspora, country, nodes, edges }
 * with node and edge rows, where `nodes`/`edges` are the linking path
 * region <-TITULAR_IN- group -KIN_OF-> country (KINSHIP) or
 * region <-TITULAR_IN- group <-DIASPORA_OF- diaspora -LIVES_IN-> country (DIASPORA).
 */
export const kinPartnersOf = (region: string): string => `MATCH (${region})<-[kpTit:TITULAR_IN]-(kpGroup:EthnicGroup)-[kpKin:KIN_OF]->(kpCountry:Country)
    RETURN { basis: 'KINSHIP', groundKind: kpKin.basis, group: ${nodeProjection('kpGroup')}, diaspora: null, country: ${nodeProjection('kpCountry')},
             nodes: [kpNode IN [${region}, kpGroup, kpCountry] | ${nodeProjection('kpNode')}], edges: [kpRel IN [kpTit, kpKin] | ${edgeProjection('kpRel')}] } AS partner
    UNION
    MATCH (${region})<-[kpTit:TITULAR_IN]-(kpGroup:EthnicGroup)<-[kpDof:DIASPORA_OF]-(kpDiaspora:Diaspora)-[kpLiv:LIVES_IN]->(kpCountry:Country)
    RETURN { basis: 'DIASPORA', groundKind: null, group: ${nodeProjection('kpGroup')}, diaspora: ${nodeProjection('kpDiaspora')}, country: ${nodeProjection('kpCountry')},
             nodes: [kpNode IN [${region}, kpGroup, kpDiaspora, kpCountry] | ${nodeProjection('kpNode')}], edges: [kpRel IN [kpTit, kpDof, kpLiv] | ${edgeProjection('kpRel')}] } AS partner`;

/**
 * The citations of node or relationship `x` as Source rows in citation order,
 * each with the quote of that citation (null where none): what
 * `sources: [Source!]!` returns.
 */
export const citationsOf = (x: string): string => `COLLECT {
    UNWIND range(0, size(coalesce(${x}.sourceIds, [])) - 1) AS citeIndex
    MATCH (citeSource:Source {id: ${x}.sourceIds[citeIndex]})
    RETURN citeSource { .id, .title, .publisher, .url, .published, quote: CASE WHEN coalesce(${x}.quotes[citeIndex], '') = '' THEN null ELSE ${x}.quotes[citeIndex] END } AS source
    ORDER BY citeIndex
  }`;
