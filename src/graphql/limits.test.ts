/**
 * The query limits without a server: every operation the product itself
 * sends (playground examples, the explorer's queries, GraphiQL's
 * introspection query) stays within the defaults, and each limit refuses an
 * operation over it with QUERY_TOO_COMPLEX naming the limit, the value found
 * and the variable. Over HTTP: tests/security/queryLimits.test.ts.
 */
import { getIntrospectionQuery, parse, type GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { examples } from '../../web/src/examples.js';
import { NODE_SOURCES_QUERY, PATHS_QUERY, SEARCH_QUERY, SUBGRAPH_QUERY } from '../../web/src/explore/api.js';
import { buildSchema } from './buildSchema.js';
import { DEFAULT_QUERY_LIMITS, queryLimitErrors, type QueryLimits } from './limits.js';
import { createCostCache, queryCost } from './limitsCost.js';

const schema = buildSchema();
const limits = (overrides: Partial<QueryLimits> = {}): QueryLimits => ({ ...DEFAULT_QUERY_LIMITS, ...overrides });
/** Message and extensions, without `http` (the status Apollo answers with, not sent to clients). */
const summary = (errors: GraphQLError[]) =>
  errors.map((e) => {
    const { http: _http, ...extensions } = e.extensions;
    return { message: e.message, ...extensions };
  });

/** What GraphiQL 5 asks for (all options on, the largest variant). */
const INTROSPECTION = getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
});

describe('the product\'s own operations stay within the default limits', () => {
  const own: Array<[string, string, Record<string, unknown> | undefined]> = [
    ...examples.map((e) => [`example "${e.title}"`, e.query, e.variables] as [string, string, Record<string, unknown> | undefined]),
    ['introspection (GraphiQL)', INTROSPECTION, undefined],
    // The explorer at its largest settings: depth 3, 100 hits, 6 hops.
    ['explorer search', SEARCH_QUERY, { text: 'tatar', first: 100 }],
    ['explorer subgraph', SUBGRAPH_QUERY, { ids: ['region:RU-TA'], depth: 3 }],
    ['explorer paths', PATHS_QUERY, { from: 'region:RU-IN', to: 'country:JO', maxHops: 6 }],
    ['explorer node sources', NODE_SOURCES_QUERY, { id: 'region:RU-TA' }],
  ];

  it.each(own)('%s', (_name, query, variables) => {
    expect(summary(queryLimitErrors(schema, limits(), query, variables))).toEqual([]);
  });
});

describe('each limit refuses an operation over it, naming the limit, the value and the variable', () => {
  it('depth (MAX_QUERY_DEPTH)', () => {
    const query = '{ region(code: "RU-TA") { governors { governor { visits { visitor { visits { id } } } } } } }';
    expect(summary(queryLimitErrors(schema, limits({ maxDepth: 5 }), query))).toEqual([
      {
        message: "The query's depth is 7, over the limit of 5 (MAX_QUERY_DEPTH); ask for less or split the query.",
        code: 'QUERY_TOO_COMPLEX',
        limit: 'maxDepth',
        max: 5,
        found: 7,
        variable: 'MAX_QUERY_DEPTH',
      },
    ]);
    expect(queryLimitErrors(schema, limits({ maxDepth: 7 }), query)).toEqual([]);
  });

  it('aliases (MAX_QUERY_ALIASES)', () => {
    const query = `{ ${Array.from({ length: 4 }, (_, i) => `a${i}: region(code: "RU-TA") { name }`).join(' ')} }`;
    expect(summary(queryLimitErrors(schema, limits({ maxAliases: 3 }), query))).toMatchObject([
      { code: 'QUERY_TOO_COMPLEX', limit: 'maxAliases', max: 3, found: 4, variable: 'MAX_QUERY_ALIASES' },
    ]);
    expect(queryLimitErrors(schema, limits({ maxAliases: 4 }), query)).toEqual([]);
  });

  it('directives (MAX_QUERY_DIRECTIVES)', () => {
    const query = '{ region(code: "RU-TA") { name @include(if: true) code @include(if: true) kind @skip(if: false) } }';
    expect(summary(queryLimitErrors(schema, limits({ maxDirectives: 2 }), query))).toMatchObject([
      { code: 'QUERY_TOO_COMPLEX', limit: 'maxDirectives', max: 2, found: 3, variable: 'MAX_QUERY_DIRECTIVES' },
    ]);
    expect(queryLimitErrors(schema, limits({ maxDirectives: 3 }), query)).toEqual([]);
  });

  it('tokens (MAX_QUERY_TOKENS): counted before parsing finishes, so a huge document is not parsed whole', () => {
    const query = `{ ${'__typename '.repeat(50)}}`; // 52 tokens
    expect(summary(queryLimitErrors(schema, limits({ maxTokens: 51 }), query))).toEqual([
      {
        message: "The query's token count is more than 51, over the limit of 51 (MAX_QUERY_TOKENS); ask for less or split the query.",
        code: 'QUERY_TOO_COMPLEX',
        limit: 'maxTokens',
        max: 51,
        variable: 'MAX_QUERY_TOKENS',
      },
    ]);
    expect(queryLimitErrors(schema, limits({ maxTokens: 52 }), query)).toEqual([]);
  });

  it('cost (MAX_QUERY_COST), with list sizes from literals and from variables', () => {
    const query = 'query ($d: Int) { subgraph(ids: ["region:RU-TA"], depth: $d, limit: 2000) { nodes { id label } edges { id } } }';
    // 1 + (depth 3 × limit 2000) × (nodes 1 + 2, edges 1 + 1) = 30001
    expect(summary(queryLimitErrors(schema, limits({ maxCost: 30_000 }), query, { d: 3 }))).toMatchObject([
      { code: 'QUERY_TOO_COMPLEX', limit: 'maxCost', max: 30_000, found: 30_001, variable: 'MAX_QUERY_COST' },
    ]);
    expect(queryLimitErrors(schema, limits({ maxCost: 30_001 }), query, { d: 3 })).toEqual([]);
    expect(queryLimitErrors(schema, limits({ maxCost: 30_000 }), query, { d: 2 })).toEqual([]);
  });
});

describe('cost: list sizes multiply along the selection', () => {
  const cost = (query: string, variables?: Record<string, unknown>) => queryCost(schema, parse(query), variables, undefined);

  it('a field costs 1 plus its selection; list-size arguments multiply the selection', () => {
    expect(cost('{ region(code: "RU-TA") { name code } }')).toBe(3);
    expect(cost('{ search(text: "x", first: 7) { id label } }')).toBe(1 + 7 * 2);
    // Schema defaults count: search's first = 10, paths' first = 10 and maxHops = 4.
    expect(cost('{ search(text: "x") { id } }')).toBe(11);
    expect(cost('{ paths(from: "a:b", to: "c:d") { length } }')).toBe(1 + 10 * 4 * 1);
    // subgraph without limit: the resolver's default of 200 nodes.
    expect(cost('{ subgraph(ids: ["a:b"]) { truncated } }')).toBe(1 + 200 * 1);
  });

  it('nested lists multiply: a connection of connections', () => {
    const query = `{ regionsConnection(first: 100) { edges { node { governors { governor {
      visitsConnection(first: 50) { edges { node { id } } } } } } } } }`;
    // visitsConnection: 1 + 50 × (edges 1 + node 1 + id 1) = 151; up to regionsConnection: 1 + 100 × (1 + 1 + 1 + 1 + 151)
    expect(cost(query)).toBe(1 + 100 * (1 + 1 + 1 + 1 + 151));
  });

  it('invalid variables are left to execution (no cost, BAD_USER_INPUT there); an unknown operation too', () => {
    expect(cost('query ($n: Int) { search(text: "x", first: $n) { id } }', { n: 'ten' })).toBeNull();
    expect(queryCost(schema, parse('query A { __typename }'), {}, 'B')).toBeNull();
  });
});

describe('createCostCache', () => {
  const schema = buildSchema();
  const count = () => {
    const calls: Array<Record<string, unknown> | undefined> = [];
    const costOf = createCostCache((s, document, variables, operationName) => {
      calls.push(variables);
      return queryCost(s, document, variables, operationName);
    });
    return { calls, costOf };
  };
  const SUBGRAPH = 'query($d: Int) { subgraph(ids: ["region:RU-TA"], depth: $d) { nodes { id } } }';

  it('measures an operation once per query text, operation and variables, with the answers queryCost gives', () => {
    const { calls, costOf } = count();
    const document = parse(SUBGRAPH);
    const once = costOf(schema, document, { d: 2 }, undefined, 'hash-1');
    expect(once).toBe(queryCost(schema, document, { d: 2 }, undefined));
    expect(costOf(schema, parse(SUBGRAPH), { d: 2 }, undefined, 'hash-1')).toBe(once);
    expect(calls).toHaveLength(1);
    // Other variables, another cost; another text (hash), measured again.
    expect(costOf(schema, document, { d: 3 }, undefined, 'hash-1')).toBeGreaterThan(once!);
    costOf(schema, document, { d: 2 }, undefined, 'hash-2');
    expect(calls).toHaveLength(3);
  });

  it('remembers that variables do not fit (null) without measuring again', () => {
    const { calls, costOf } = count();
    const document = parse('query($d: Int!) { subgraph(ids: ["region:RU-TA"], depth: $d) { nodes { id } } }');
    expect(costOf(schema, document, {}, undefined, 'hash')).toBeNull();
    expect(costOf(schema, document, {}, undefined, 'hash')).toBeNull();
    expect(calls).toHaveLength(1);
  });

  it('measures every time, without remembering, when the variables are large', () => {
    const { calls, costOf } = count();
    const document = parse(SUBGRAPH);
    const large = { d: 2, padding: 'x'.repeat(3_000) };
    costOf(schema, document, large, undefined, 'hash');
    costOf(schema, document, large, undefined, 'hash');
    expect(calls).toHaveLength(2);
  });
});
