/**
 * Issue 6 (nested lists in one round-trip): a root lookup fetches what its
 * selection asks below it in one query and primes the loaders with it
 * (src/prefetch). Every entry of the table the prefetch reads is asked here
 * with and without it: the answers must be the same, and with it the loaders
 * must not need a second query, which is what proves an entry matches its
 * resolver (a wrong type, direction or end primes keys nobody asks for).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApolloServer } from '@apollo/server';
import { createContext, type Context } from '../src/context/context.js';
import type { Database } from '../src/db/index.js';
import { createApollo } from '../src/graphql/createApollo.js';
import { END_FIELDS, RELATIONSHIP_FIELDS } from '../src/prefetch/index.js';
import { buildSchema } from '../src/graphql/buildSchema.js';
import { openSeededGraph } from './support/testGraph.js';
import { getNamedType, isObjectType } from 'graphql';

let graph: { db: Database; close(): Promise<void> };
let apollo: ApolloServer<Context>;
const schema = buildSchema();

beforeAll(async () => {
  graph = await openSeededGraph();
  apollo = createApollo({ development: false, log: () => {} });
  await apollo.start();
});
afterAll(async () => {
  await apollo?.stop();
  await graph?.close();
});

/** Runs an operation in-process with or without the prefetch: its data and its Cypher round-trips. */
async function run(prefetch: boolean, query: string, variables?: Record<string, unknown>) {
  const context = createContext(graph.db, null, { prefetch });
  const response = await apollo.executeOperation({ query, variables }, { contextValue: context });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  expect(response.body.singleResult.errors).toBeUndefined();
  return { queries: context.stats.queries, data: response.body.singleResult.data as Record<string, any> };
}

/** The selection asked below a table field: every end of a relationship and its sources, or the far nodes. */
function selectionBelow(type: string, field: string): string {
  const edgeType = getNamedType((schema.getType(type) as any).getFields()[field].type);
  const ends = isObjectType(edgeType) ? END_FIELDS[edgeType.name] : undefined;
  if (!ends) return isObjectType(edgeType) ? '{ __typename id }' : '{ __typename ... on Node { id } }';
  return `{ __typename sources { id quote } ${Object.keys(ends).map((end) => `${end} { __typename ... on Node { id } }`).join(' ')} }`;
}

const ENTRIES = Object.entries(RELATIONSHIP_FIELDS).flatMap(([type, fields]) =>
  Object.entries(fields).map(([field, relationship]) => ({ name: `${type}.${field}`, type, field, relationship })),
);

describe('issue 6: the prefetch answers as the loaders do, in one round-trip', () => {
  it.each(ENTRIES)('$name', async ({ type, field, relationship }) => {
    const pattern = relationship.direction === 'OUT' ? `(n)-[:${relationship.type}]->()` : `(n)<-[:${relationship.type}]-()`;
    // A node of that kind with such relationships when the seed has one (so the ends are asked too), else any.
    const [row] = await graph.db.executeRead<{ id: string; has: boolean }>({
      cypher: `MATCH (n:${type}) WHERE NOT n:Retracted RETURN n.id AS id, EXISTS { ${pattern} } AS has ORDER BY has DESC, id LIMIT 1`,
      params: {},
    });
    expect(row, `the seed has a ${type}`).toBeDefined();
    const citations = type === 'ActivityFigure' ? 'source { id }' : 'sources { id }';
    const query = `query($id: ID!) { node(id: $id) { id ... on ${type} { ${citations} ${field} ${selectionBelow(type, field)} } } }`;
    const without = await run(false, query, { id: row!.id });
    const withPrefetch = await run(true, query, { id: row!.id });
    expect(withPrefetch.data).toEqual(without.data);
    expect(withPrefetch.queries).toBe(1);
    if (row!.has) expect(without.queries).toBeGreaterThan(1);
  });

  it('a nested selection of several levels, one region and all 83', async () => {
    const nested = `code sources { title }
      governors { start end governor { name visits { start country { name } sources { title quote } } meetings { counterpart { __typename ... on Node { id } } } } sources { title } }
      titularGroups { group { name kinCountries { country { name } basis } } }
      memberships { organisation { name members { member { ... on Region { code } } } } status }
      reportedActivity { visitsAbroad source { title } }`;
    for (const [query, prefetchQueries] of [
      [`{ region(code: "RU-IN") { ${nested} } }`, 1],
      [`{ regions { ${nested} } }`, 2], // the regions, then everything below them
    ] as const) {
      const without = await run(false, query);
      const withPrefetch = await run(true, query);
      expect(withPrefetch.data).toEqual(without.data);
      expect(withPrefetch.queries).toBe(prefetchQueries);
      expect(without.queries).toBeGreaterThan(5);
    }
  });

  it("below regionsConnection's nodes too", async () => {
    const query = '{ regionsConnection(first: 20) { totalCount edges { cursor node { code governors { governor { name visits { country { name } } } } } } } }';
    const without = await run(false, query);
    const withPrefetch = await run(true, query);
    expect(withPrefetch.data).toEqual(without.data);
    expect(withPrefetch.data.regionsConnection.edges.flatMap((e: any) => e.node.governors).length).toBeGreaterThan(3);
    expect(withPrefetch.queries).toBe(2); // the page, then everything below its nodes
    expect(without.queries).toBe(5);
  });

  it('leaves to the loaders what it does not fetch: retracted visits, kin partners', async () => {
    const query = `{ person(id: "person:murat-zyazikov") { name visits(includeRetracted: true) { id country { name } } } }`;
    const without = await run(false, query);
    const withPrefetch = await run(true, query);
    expect(withPrefetch.data).toEqual(without.data);
    expect(withPrefetch.data.person.visits.length).toBeGreaterThan(0);
    // The prefetch, then the RETRACTED relationships through the edges loader.
    expect(withPrefetch.queries).toBe(2);
  });

  it('a missing root answers null, as without it', async () => {
    const query = '{ region(code: "RU-TA") { name } person(id: "person:nobody") { name visits { id } } }';
    expect((await run(true, query)).data).toEqual((await run(false, query)).data);
    expect((await run(true, query)).data.person).toBeNull();
  });
});
