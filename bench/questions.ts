import type { CypherQuery } from '../src/cypher/CypherQuery.js';
import { luceneQuery, searchTerms } from '../src/cypher/searchNodes.js';

/** A GraphQL request. */
export interface GraphQLRequest {
  query: string;
  variables?: Record<string, unknown>;
}

/**
 * One of the API's real questions, asked three ways: (a) this API, (b) the
 * same answer with hand-written Cypher through neo4j-driver (`cypher`; when
 * null, the API's own Cypher, recorded in-process, is replayed: those
 * questions already take one round-trip of Cypher written by hand in
 * src/cypher), (c) @neo4j/graphql, where it can express the question.
 */
export interface Question {
  name: string;
  /** Lookups, subgraph with a limit and paths with a hop cap: their cost must not grow with the graph. */
  bounded: boolean;
  api: GraphQLRequest;
  cypher: CypherQuery | null;
  neo4jGraphql: GraphQLRequest | null;
  /** Why @neo4j/graphql cannot ask it (when neo4jGraphql is null). */
  whyNotNeo4jGraphql?: string;
  /**
   * What must agree between the ways of asking, each mapped to a comparable
   * value (e.g. the ids in order): the benchmark checks it once per scale, so
   * that no way is timed answering an easier question than the others.
   */
  answer?: {
    api: (data: Record<string, unknown>) => unknown;
    cypher: (records: Array<Record<string, unknown>>) => unknown;
    neo4jGraphql: (data: Record<string, unknown>) => unknown;
  };
}

/** The region, person and country the questions ask about, present at every scale: Komi, the busiest region of seed 1 (5.6x the mean), a republic (so it has kin partners), and its first governor of cohort 1. */
export const REGION = 'RU-KO';
export const PERSON = 'person:synthetic-ru-ko-1-1';
export const COUNTRY = 'country:JO';
/** The person search's text, its key (searchKey) and the API's Lucene query for it (src/cypher/searchNodes.ts). */
export const SEARCH_TEXT = 'Ivanov';
const SEARCH_TERMS = searchTerms(SEARCH_TEXT);
const SEARCH_KEY = SEARCH_TERMS.join(' ');
const SEARCH_LUCENE = luceneQuery(SEARCH_TERMS);

/** A region with its tenures and their governors' visits, as the API and the hand-written Cypher both shape it. */
interface RegionGovernorsVisits {
  name: string;
  governors: Array<{ start: string; end: string | null; governor: { name: string; visits: Array<{ start: string; country: { name: string } }> } }>;
}

/** The nested-lists answer as one comparable value: the region's name, then each tenure's dates, governor and visits. */
const governorsVisits = (region: RegionGovernorsVisits) =>
  [region.name, region.governors.map((g) => [g.start, g.end, g.governor.name, g.governor.visits.map((v) => [v.start, v.country.name])])];

/** The fixed mix. */
export const QUESTIONS: Question[] = [
  {
    name: 'lookup region',
    bounded: true,
    api: { query: 'query($code: String!) { region(code: $code) { id code name kind federalDistrict } }', variables: { code: REGION } },
    cypher: {
      cypher: 'MATCH (r:Region {code: $code}) RETURN r { .id, .code, .name, .kind, .federalDistrict } AS region',
      params: { code: REGION },
    },
    neo4jGraphql: {
      query: 'query($code: String!) { regions(where: { code: { eq: $code } }) { id code name kind federalDistrict } }',
      variables: { code: REGION },
    },
    answer: {
      api: (data) => data.region,
      cypher: (records) => records[0]?.region,
      neo4jGraphql: (data) => (data.regions as unknown[])[0],
    },
  },
  {
    name: 'lookup person',
    bounded: true,
    api: { query: 'query($id: ID!) { person(id: $id) { id name role outsider } }', variables: { id: PERSON } },
    cypher: { cypher: 'MATCH (p:Person {id: $id}) RETURN p { .id, .name, .role, .outsider } AS person', params: { id: PERSON } },
    neo4jGraphql: { query: 'query($id: ID!) { people(where: { id: { eq: $id } }) { id name role outsider } }', variables: { id: PERSON } },
    answer: {
      api: (data) => data.person,
      cypher: (records) => records[0]?.person,
      neo4jGraphql: (data) => (data.people as unknown[])[0],
    },
  },
  {
    name: 'region, governors, visits (nested lists)',
    bounded: false,
    api: {
      query: 'query($code: String!) { region(code: $code) { name governors { start end governor { name visits { start country { name } } } } } }',
      variables: { code: REGION },
    },
    cypher: {
      cypher: `MATCH (r:Region {code: $code})
CALL (r) {
  MATCH (r)<-[t:GOVERNED]-(p:Person)
  CALL (p) {
    MATCH (p)-[v:VISITED]->(c)
    WITH v, c ORDER BY v.startMin, v.id
    RETURN collect({ start: v.start, country: { name: c.name } }) AS visits
  }
  WITH t, p, visits ORDER BY t.startMin, t.id
  RETURN collect({ start: t.start, end: t.end, governor: { name: p.name, visits: visits } }) AS governors
}
RETURN r.name AS name, governors`,
      params: { code: REGION },
    },
    // In the API's order (tenures, then each governor's visits, by earliest date, then id), so that no way answers
    // the cheaper question of unordered lists.
    neo4jGraphql: {
      query: `query($code: String!) { regions(where: { code: { eq: $code } }) { name
  governorsConnection(sort: [{ edge: { startMin: ASC } }, { edge: { id: ASC } }]) { edges { properties { start end } node { name
    visitsConnection(sort: [{ edge: { startMin: ASC } }, { edge: { id: ASC } }]) { edges { properties { start } node { name } } } } } } } }`,
      variables: { code: REGION },
    },
    answer: {
      api: (data) => governorsVisits(data.region as RegionGovernorsVisits),
      cypher: (records) => governorsVisits(records[0] as unknown as RegionGovernorsVisits),
      neo4jGraphql: (data) => {
        type Edge<P, N> = { properties: P; node: N };
        const [region] = data.regions as Array<{
          name: string;
          governorsConnection: { edges: Array<Edge<{ start: string; end: string | null }, { name: string; visitsConnection: { edges: Array<Edge<{ start: string }, { name: string }>> } }>> };
        }>;
        return [region!.name, region!.governorsConnection.edges.map((g) => [g.properties.start, g.properties.end, g.node.name, g.node.visitsConnection.edges.map((v) => [v.properties.start, v.node.name])])];
      },
    },
  },
  {
    // The same question three ways: the API's matching (exact terms, prefixes, near misses: its Lucene query for
    // the text), ranked by relevance with ties by id. The API also ranks whole names equal to or starting with the
    // text first; @neo4j/graphql cannot, so `answer` checks that all three give the same 10 ids for this text.
    name: 'search (persons by name)',
    bounded: true,
    api: { query: 'query($text: String!) { search(text: $text, kinds: ["Person"], first: 10) { id label } }', variables: { text: SEARCH_TEXT } },
    cypher: {
      cypher: `CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score
WHERE node:Person
WITH node, score, ' | ' + coalesce(node.altNamesText, '') + ' | ' AS names
WITH node, score, CASE WHEN names CONTAINS $exact THEN 0 WHEN names CONTAINS $start THEN 1 ELSE 2 END AS rank
RETURN node.id AS id, node.name AS label ORDER BY rank, score DESC, id LIMIT 10`,
      params: { query: SEARCH_LUCENE, exact: ` | ${SEARCH_KEY} | `, start: ` | ${SEARCH_KEY}` },
    },
    neo4jGraphql: {
      query: 'query($text: String!) { peopleByName(phrase: $text, first: 10, sort: [{ score: DESC }, { node: { id: ASC } }]) { edges { score node { id name } } } }',
      variables: { text: SEARCH_LUCENE },
    },
    answer: {
      api: (data) => (data.search as Array<{ id: string }>).map((hit) => hit.id),
      cypher: (records) => records.map((record) => record.id),
      neo4jGraphql: (data) => (data.peopleByName as { edges: Array<{ node: { id: string } }> }).edges.map((edge) => edge.node.id),
    },
  },
  {
    // The oldest 10 of each partner's evidence and the count of all: how an interactive client asks
    // (all of it is 351,333 rows for Komi at 1000x, about 15 s of projecting and transfer; docs/performance.md).
    name: 'kin partners (10 evidence each)',
    bounded: false,
    api: {
      query: 'query($code: String!) { region(code: $code) { kinPartners(evidenceFirst: 10) { country { code } basis group { id } diaspora { id } visited evidenceCount evidence { __typename } } } }',
      variables: { code: REGION },
    },
    cypher: null,
    neo4jGraphql: null,
    whyNotNeo4jGraphql: 'the evidence joins event dates to tenure dates (no filter can express it without @cypher)',
  },
  {
    name: 'paths (4 hops)',
    bounded: true,
    api: {
      query: 'query($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 4) { length nodes { id } edges { id } } }',
      variables: { from: `region:${REGION}`, to: COUNTRY },
    },
    cypher: null,
    neo4jGraphql: null,
    whyNotNeo4jGraphql: 'no path queries (only @cypher fields, i.e. the same Cypher)',
  },
  {
    // Few shortest paths: at 1000x PERSON reaches COUNTRY directly once, so the other nine of `first` are longer
    // and come from the search by length (src/cypher/pathsBetween.ts), whose cost is that of both ends' neighbourhoods.
    name: 'paths (4 hops, governor to country)',
    bounded: true,
    api: {
      query: 'query($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 4) { length nodes { id } edges { id } } }',
      variables: { from: PERSON, to: COUNTRY },
    },
    cypher: null,
    neo4jGraphql: null,
    whyNotNeo4jGraphql: 'no path queries (only @cypher fields, i.e. the same Cypher)',
  },
  {
    name: 'subgraph depth 2, limit 500',
    bounded: true,
    api: {
      query: 'query($ids: [ID!]!) { subgraph(ids: $ids, depth: 2, limit: 500) { truncated nodes { id } edges { id } } }',
      variables: { ids: [`region:${REGION}`] },
    },
    cypher: null,
    neo4jGraphql: null,
    whyNotNeo4jGraphql: 'no variable-depth neighbourhoods (only @cypher fields)',
  },
  {
    name: 'activity by region kind, 2008–2010',
    bounded: false,
    api: {
      query: 'query { activity(groupBy: REGION_KIND, from: "2008", to: "2010") { rows { key visits meetings } } }',
    },
    cypher: null,
    neo4jGraphql: null,
    whyNotNeo4jGraphql: 'aggregates count per field, not grouped by a property of a node two hops away over an overlapping date window',
  },
];
