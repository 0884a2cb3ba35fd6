import { describe, expect, it } from 'vitest';
import { useInProcessApi } from './support/inProcessApi.js';

const api = useInProcessApi();

/** Runs an operation in-process and returns how many Cypher round-trips it took, and its data. */
const run = (query: string, variables?: Record<string, unknown>) => api.run(query, variables);

const NESTED = `
  code
  governors {
    start
    governor { name visits { start country { name } sources { title quote } } meetings { counterpart { __typename } } }
    sources { title }
  }
  titularGroups { group { name kinCountries { country { name } basis } } }
  memberships { organisation { name } status }
  reportedActivity { visitsAbroad source { title } }
`;

describe('Cypher round-trips per request (no N+1)', () => {
  it('are the same for one region and for all 83, whatever the list sizes', async () => {
    const one = await run(`query { region(code: "RU-IN") { ${NESTED} } }`);
    const all = await run(`query { regions { ${NESTED} } }`);
    expect(one.data.region.governors.length).toBeGreaterThan(0);
    expect(all.data.regions).toHaveLength(83);
    const governors = all.data.regions.flatMap((r: any) => r.governors);
    expect(governors.length).toBeGreaterThan(5);
    // One query per level of the selection: bounded by the query's depth, not by 83 regions x N governors.
    expect(all.queries).toBeLessThanOrEqual(one.queries + 1);
    expect(all.queries).toBeLessThanOrEqual(12);
  });

  it('a lookup with nested sources takes a fixed, small number of round-trips', async () => {
    const { queries, data } = await run('query { person(id: "person:murat-zyazikov") { name visits { country { name } sources { quote } } } }');
    expect(data.person.name).toBe('Murat Zyazikov');
    // The person, its VISITED edges, the countries and the sources in one prefetch (src/prefetch);
    // without it, one query each: tests/prefetch.test.ts.
    expect(queries).toBe(1);
  });

  it('subgraph and paths answer in one round-trip each', async () => {
    expect((await run('{ subgraph(ids: ["region:RU-TA"], depth: 2) { nodes { id } edges { id } } }')).queries).toBe(1);
    expect((await run('{ paths(from: "region:RU-IN", to: "country:JO") { nodes { id } edges { id } } }')).queries).toBe(1);
    // Edge sources add one batched lookup, whatever the number of edges.
    expect((await run('{ subgraph(ids: ["region:RU-TA"], depth: 2) { edges { sources { id } } } }')).queries).toBe(2);
  });
});
