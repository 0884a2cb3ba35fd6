/**
 * Query limits over real HTTP: each limit (depth, aliases, tokens,
 * directives, cost) refuses an operation over it with 400 and
 * QUERY_TOO_COMPLEX naming the limit, its value, what was found and the
 * variable, before any Cypher runs (the driver's sessions are counted); the
 * argument caps (first, limit, depth, maxHops, ids) give BAD_USER_INPUT, also
 * before any Cypher.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_QUERY_LIMITS } from '../../src/graphql/limits.js';
import { post, startSecurityServer, type SecurityServer } from './securityKit.js';

describe('query limits (defaults)', () => {
  let api: SecurityServer;
  beforeAll(async () => {
    api = await startSecurityServer();
  });
  afterAll(async () => {
    await api?.close();
  });

  /** Posts `query` and expects a refusal with no Cypher run. */
  async function refused(query: string, variables?: Record<string, unknown>) {
    const before = api.cypherRuns();
    const res = await post(api.url, { query, variables });
    expect(api.cypherRuns(), 'Cypher sessions opened').toBe(before);
    expect(res.body.data ?? null).toBeNull();
    return res;
  }

  it('the session counter sees Cypher (so a zero below means none ran)', async () => {
    const before = api.cypherRuns();
    const res = await post(api.url, { query: '{ region(code: "RU-TA") { name } }' });
    expect(res.body).toEqual({ data: { region: { name: 'Tatarstan' } } });
    expect(api.cypherRuns()).toBeGreaterThan(before);
  });

  it(`depth over ${DEFAULT_QUERY_LIMITS.maxDepth}: 400 QUERY_TOO_COMPLEX naming MAX_QUERY_DEPTH`, async () => {
    // region > governors > governor > visits > visitor > visits > visitor > ... : 14 levels.
    let selection = 'id';
    for (let i = 0; i < 5; i += 1) selection = `visits { visitor { ${selection} } }`;
    const res = await refused(`{ region(code: "RU-TA") { governors { governor { ${selection} } } } }`);
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      {
        message: `The query's depth is 14, over the limit of ${DEFAULT_QUERY_LIMITS.maxDepth} (MAX_QUERY_DEPTH); ask for less or split the query.`,
        extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'maxDepth', max: DEFAULT_QUERY_LIMITS.maxDepth, found: 14, variable: 'MAX_QUERY_DEPTH' },
      },
    ]);
  });

  it(`aliases over ${DEFAULT_QUERY_LIMITS.maxAliases}: 400 QUERY_TOO_COMPLEX naming MAX_QUERY_ALIASES`, async () => {
    const n = DEFAULT_QUERY_LIMITS.maxAliases + 1;
    const res = await refused(`{ ${Array.from({ length: n }, (_, i) => `r${i}: region(code: "RU-TA") { name }`).join(' ')} }`);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions).toEqual({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'maxAliases',
      max: DEFAULT_QUERY_LIMITS.maxAliases,
      found: n,
      variable: 'MAX_QUERY_ALIASES',
    });
  });

  it(`directives over ${DEFAULT_QUERY_LIMITS.maxDirectives}: 400 QUERY_TOO_COMPLEX naming MAX_QUERY_DIRECTIVES`, async () => {
    const n = DEFAULT_QUERY_LIMITS.maxDirectives + 1;
    const res = await refused(`{ region(code: "RU-TA") { name ${'@include(if: true) '.repeat(n)} } }`);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'maxDirectives', found: n, variable: 'MAX_QUERY_DIRECTIVES' });
  });

  it(`tokens over ${DEFAULT_QUERY_LIMITS.maxTokens}: 400 QUERY_TOO_COMPLEX naming MAX_QUERY_TOKENS (not a 500)`, async () => {
    const res = await refused(`{ ${'__typename '.repeat(DEFAULT_QUERY_LIMITS.maxTokens)}}`);
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      {
        message: `The query's token count is more than ${DEFAULT_QUERY_LIMITS.maxTokens}, over the limit of ${DEFAULT_QUERY_LIMITS.maxTokens} (MAX_QUERY_TOKENS); ask for less or split the query.`,
        extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'maxTokens', max: DEFAULT_QUERY_LIMITS.maxTokens, variable: 'MAX_QUERY_TOKENS' },
      },
    ]);
  });

  it(`cost over ${DEFAULT_QUERY_LIMITS.maxCost} (list sizes multiplied, from variables too): 400 QUERY_TOO_COMPLEX naming MAX_QUERY_COST`, async () => {
    // Every argument within its cap, but two subgraphs of depth 3 × 2000 nodes with their properties:
    // 2 × (1 + 3 × 2000 × (nodes 1 + 4, edges 1 + 5)) = 132002.
    const query = `query ($n: Int) {
      a: subgraph(ids: ["region:RU-TA"], depth: 3, limit: $n) { nodes { id kind label properties } edges { id type source target properties } }
      b: subgraph(ids: ["region:RU-KO"], depth: 3, limit: $n) { nodes { id kind label properties } edges { id type source target properties } } }`;
    const res = await refused(query, { n: 2000 });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions).toEqual({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'maxCost',
      max: DEFAULT_QUERY_LIMITS.maxCost,
      found: 132_002,
      variable: 'MAX_QUERY_COST',
    });
    // The same operation with smaller subgraphs runs.
    const small = await post(api.url, { query, variables: { n: 20 } });
    expect(small.status).toBe(200);
    expect(small.body.errors).toBeUndefined();
    expect(small.body.data.a.nodes.length).toBeGreaterThan(5);
  });

  it.each([
    ['search(first: 101)', '{ search(text: "tatar", first: 101) { id } }', 'first must be an integer from 1 to 100, received 101'],
    ['searchConnection(first: 0)', '{ searchConnection(text: "tatar", first: 0) { totalCount } }', 'first must be an integer from 1 to 100, received 0'],
    ['regionsConnection(first: 101)', '{ regionsConnection(first: 101) { totalCount } }', 'first must be an integer from 1 to 100, received 101'],
    ['subgraph(depth: 4)', '{ subgraph(ids: ["region:RU-TA"], depth: 4) { truncated } }', 'depth must be an integer from 1 to 3, received 4'],
    ['subgraph(limit: 2001)', '{ subgraph(ids: ["region:RU-TA"], limit: 2001) { truncated } }', 'limit must be an integer from 1 to 2000, received 2001'],
    ['paths(maxHops: 7)', '{ paths(from: "region:RU-IN", to: "country:JO", maxHops: 7) { length } }', 'maxHops must be an integer from 1 to 6, received 7'],
    ['paths(first: 51)', '{ paths(from: "region:RU-IN", to: "country:JO", first: 51) { length } }', 'first must be an integer from 1 to 50, received 51'],
    ['networkMeasures(limit: 2001)', '{ networkMeasures(limit: 2001) { nodeCount } }', 'limit must be an integer from 1 to 2000, received 2001'],
  ])('cap: %s is BAD_USER_INPUT naming the argument, before any Cypher', async (_name, query, message) => {
    const res = await refused(query);
    expect(res.body.errors[0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT' } });
  });
});

describe('query limits from the configuration (the variables)', () => {
  let api: SecurityServer;
  beforeAll(async () => {
    api = await startSecurityServer({ queryLimits: { maxDepth: 3, maxAliases: 1, maxTokens: 40, maxDirectives: 1, maxCost: 50 } });
  });
  afterAll(async () => {
    await api?.close();
  });

  it.each([
    ['maxDepth', '{ region(code: "RU-TA") { governors { governor { name } } } }', 'MAX_QUERY_DEPTH'],
    ['maxAliases', '{ a: region(code: "RU-TA") { name } b: region(code: "RU-KO") { name } }', 'MAX_QUERY_ALIASES'],
    ['maxTokens', `{ ${'__typename '.repeat(40)}}`, 'MAX_QUERY_TOKENS'],
    ['maxDirectives', '{ region(code: "RU-TA") { name @include(if: true) code @skip(if: false) } }', 'MAX_QUERY_DIRECTIVES'],
    ['maxCost', '{ search(text: "tatar", first: 25) { id label } }', 'MAX_QUERY_COST'],
  ])('%s is the configured one', async (limit, query, variable) => {
    const before = api.cypherRuns();
    const res = await post(api.url, { query });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit, variable });
    expect(api.cypherRuns()).toBe(before);
  });

  it('an operation within them runs', async () => {
    const res = await post(api.url, { query: '{ search(text: "tatarstan", first: 20) { id } }' });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.search.map((n: { id: string }) => n.id)).toContain('region:RU-TA');
  });
});
