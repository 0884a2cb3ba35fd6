/**
 * Hostile and malformed input over real HTTP: malformed JSON, wrong content
 * types, bodies over the limit, a GET carrying a mutation, unknown operation
 * names, invalid variables, strings with NUL, control characters or 100,000
 * characters, and Cypher-looking text in every string argument of every
 * Query field (the list comes from the schema). Each gets a 4xx or a GraphQL
 * error as the GraphQL over HTTP spec says, never a 500 or a masked internal
 * error; the server stays up and the graph is unchanged (counts and content
 * hash before and after).
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphFingerprint } from '../../src/seed/graphFingerprint.js';
import { buildSchema } from '../../src/graphql/buildSchema.js';
import { operationFor, operationsWithText, requiredValues } from './schemaOperations.js';
import { post, startSecurityServer, type SecurityServer } from './securityKit.js';

const schema = buildSchema();
let api: SecurityServer;
let before: GraphFingerprint;

beforeAll(async () => {
  api = await startSecurityServer({ nodeEnv: 'production' });
  before = await api.fingerprint();
});

afterAll(async () => {
  await api?.close();
});

/** A GraphQL-over-HTTP answer to bad input: 4xx, or 200 with GraphQL errors; JSON either way; never an internal error. */
function expectHandled(res: { status: number; body: any; text: string }, label = '') {
  expect(res.status, `${label} status (body ${res.text.slice(0, 300)})`).toBeLessThan(500);
  expect(res.body, `${label} JSON body`).toBeTypeOf('object');
  const codes = (res.body?.errors ?? []).map((e: any) => e.extensions?.code);
  expect(codes, `${label} error codes`).not.toContain('INTERNAL_SERVER_ERROR');
  if (res.status === 200 && res.body?.data === undefined) expect(res.body.errors?.length, `${label} errors`).toBeGreaterThan(0);
}

/** A raw request (chunked bodies, odd methods), without fetch's normalisation. */
function raw(
  method: string,
  path: string,
  headers: Record<string, string>,
  chunks: Array<string | Buffer>,
): Promise<{ status: number; body: any; text: string }> {
  const url = new URL(path, api.url);
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = request(url, { method, headers }, (res) => {
      answered = true;
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => {
        let body: unknown;
        try {
          body = JSON.parse(text);
        } catch {
          body = undefined;
        }
        resolve({ status: res.statusCode ?? 0, body, text });
      });
    });
    // The server may answer (413) and close before the whole body is sent: a write error after the answer is expected.
    req.on('error', (error) => (answered ? undefined : reject(error)));
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

describe('malformed requests: 4xx with a JSON error', () => {
  it('malformed JSON is 400 BAD_REQUEST saying so', async () => {
    const res = await post(api.url, '{"query": "{ __typename }"');
    expect(res.status).toBe(400);
    expect(res.body.errors[0].message).toMatch(/^Malformed JSON body/);
    expect(res.body.errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it.each([
    ['an array (a batch)', '[{"query": "{ __typename }"}, {"query": "{ __typename }"}]'],
    ['a string', '"{ __typename }"'],
    ['null', 'null'],
    ['an empty object', '{}'],
    ['a number as the query', '{"query": 5}'],
    ['variables that are not an object', '{"query": "query ($a: Int) { __typename }", "variables": "nope"}'],
    ['extensions that are not an object', '{"query": "{ __typename }", "extensions": [1]}'],
    ['an operationName that is not a string', '{"query": "{ __typename }", "operationName": 1}'],
  ])('a body that is %s is 400', async (_name, body) => {
    const res = await post(api.url, body);
    expect(res.status).toBe(400);
    expectHandled(res);
  });

  it.each([
    ['text/plain', 400],
    ['application/x-www-form-urlencoded', 400],
    ['multipart/form-data; boundary=x', 400],
    ['application/xml', 400],
  ])('content type %s is %i (CSRF prevention or not JSON), and runs nothing', async (type, status) => {
    const runs = api.cypherRuns();
    const res = await raw('POST', '/graphql', { 'content-type': type, accept: 'application/json' }, ['{"query": "{ region(code: \\"RU-TA\\") { name } }"}']);
    expect(res.status).toBe(status);
    expectHandled(res);
    expect(api.cypherRuns()).toBe(runs);
  });

  it('a body over MAX_BODY_BYTES is 413, declared (content-length) or streamed (chunked)', async () => {
    const big = JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(1024 * 1024 + 10) } });
    const declared = await raw('POST', '/graphql', { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(big)) }, [big]);
    expect(declared.status).toBe(413);
    expect(declared.body.errors[0].message).toBe('request body exceeds 1048576 bytes');
    const chunks = Array.from({ length: 20 }, () => 'x'.repeat(64 * 1024));
    const streamed = await raw('POST', '/graphql', { 'content-type': 'application/json', 'transfer-encoding': 'chunked' }, ['{"query":"{ __typename }","pad":"', ...chunks, '"}']);
    expect(streamed.status).toBe(413);
  });

  it('JSON nested 100,000 levels deep is a 4xx, not a crash', async () => {
    const deep = `{"query":"query ($a: JSON) { __typename }","variables":{"a":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`;
    const res = await post(api.url, deep);
    expect(res.status).toBeGreaterThanOrEqual(200);
    expectHandled(res);
  });

  it('__proto__ in variables pollutes no prototype', async () => {
    const res = await post(api.url, '{"query": "query ($text: String!) { search(text: $text) { id } }", "variables": {"text": "tatar", "__proto__": {"polluted": 1}}}');
    expectHandled(res);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('operations that cannot run: 4xx or a GraphQL error', () => {
  it('a GET carrying a mutation is 405 and runs nothing', async () => {
    const mutationType = schema.getMutationType();
    const candidates = ['mutation { __typename }'];
    if (mutationType) {
      const first = Object.values(mutationType.getFields())[0]!;
      const op = operationFor('mutation', first, requiredValues(first));
      candidates.push(`${op.query}`);
    }
    for (const query of candidates) {
      const runs = api.cypherRuns();
      const res = await fetch(`${api.url}?query=${encodeURIComponent(query)}`, { headers: { accept: 'application/json', 'apollo-require-preflight': 'true' } });
      const body = (await res.json()) as any;
      // Without a Mutation type the operation is invalid (400); with one, GET may not mutate (405).
      expect(res.status, query).toBe(mutationType ? 405 : 400);
      expect(body.errors.length).toBe(1);
      expect(api.cypherRuns()).toBe(runs);
    }
  });

  it('an unknown operation name is 400 naming it', async () => {
    const res = await post(api.url, { query: 'query A { __typename } query B { __typename }', operationName: 'C' });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].message).toBe('Unknown operation named "C".');
  });

  it('several operations and no name is 400', async () => {
    const res = await post(api.url, { query: 'query A { __typename } query B { __typename }' });
    expect(res.status).toBe(400);
    expectHandled(res);
  });

  it.each([
    ['a string for an Int', 'query ($n: Int) { search(text: "tatar", first: $n) { id } }', { n: 'ten' }],
    ['a float for an Int', 'query ($n: Int) { search(text: "tatar", first: $n) { id } }', { n: 1.5 }],
    ['an Int over 32 bits', 'query ($n: Int) { search(text: "tatar", first: $n) { id } }', { n: 2 ** 40 }],
    ['a missing required variable', 'query ($t: String!) { search(text: $t) { id } }', {}],
    ['null for a required variable', 'query ($t: String!) { search(text: $t) { id } }', { t: null }],
    ['an object for a String', 'query ($t: String!) { search(text: $t) { id } }', { t: { $ne: 1 } }],
    ['an unknown enum value', 'query ($k: RegionKind) { regions(kind: $k) { id } }', { k: 'EMPIRE' }],
    ['a malformed Date', 'query ($d: Date!) { governorsAt(date: $d) { id } }', { d: '2010-13-45' }],
  ])('invalid variables (%s) give BAD_USER_INPUT before any Cypher', async (_name, query, variables) => {
    const runs = api.cypherRuns();
    const res = await post(api.url, { query, variables });
    expectHandled(res);
    expect(res.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(res.body.data ?? null).toBeNull();
    expect(api.cypherRuns()).toBe(runs);
  });
});

/** Text that would do damage if it were ever pasted into Cypher, or that strains encodings and sizes. */
const HOSTILE = [
  "x'}) DETACH DELETE n //",
  '") MATCH (n) DETACH DELETE n RETURN 1 //',
  "region:RU-TA' OR 1=1 WITH 1 AS x MATCH (n) SET n.pwned = true //",
  '`id`} ) CALL { MATCH (n) DETACH DELETE n } //',
  '$ids',
  '{__typename}',
  'a\u0000b',
  '\u0000',
  '\u0001\u0002\u0007\u001b[31mred\u007f\u0085\u2028',
  'x'.repeat(100_000),
  '😀 Татарстан \uD800',
];

describe('hostile text in every string argument of every Query field (from the schema)', () => {
  it.each(HOSTILE.map((text) => [JSON.stringify(text.length > 60 ? `${text.slice(0, 20)}… (${text.length} chars)` : text), text]))(
    '%s: answered (data or a client error), nothing written',
    async (_label, text) => {
      const operations = operationsWithText(schema, 'query', text);
      expect(operations.length).toBeGreaterThan(30);
      for (const op of operations) {
        const res = await post(api.url, { query: op.query, variables: op.variables });
        expectHandled(res, op.label);
      }
    },
  );

  it('the same text inline in the query document (a string literal, not a variable)', async () => {
    for (const text of HOSTILE) {
      const res = await post(api.url, { query: `{ search(text: ${JSON.stringify(text)}) { id } region(code: ${JSON.stringify(text)}) { id } }` });
      expectHandled(res, JSON.stringify(text.slice(0, 30)));
    }
  });

  it('mutations without a token, with hostile text in every string: refused, never a 500', async () => {
    const operations = HOSTILE.slice(0, 3).flatMap((text) => operationsWithText(schema, 'mutation', text));
    for (const op of operations) {
      const res = await post(api.url, { query: op.query, variables: op.variables });
      expectHandled(res, op.label);
      expect(res.body.data ?? null, op.label).toBeNull();
    }
  });
});

describe('after all of it', () => {
  it('nothing reached the internal-error path, the server answers, and the graph is unchanged', async () => {
    expect(api.errors).toEqual([]);
    const res = await post(api.url, { query: '{ region(code: "RU-TA") { name } }' });
    expect(res.body).toEqual({ data: { region: { name: 'Tatarstan' } } });
    expect(await api.fingerprint()).toEqual(before);
  });
});
