/**
 * Property-based fuzzing (fast-check) over real HTTP: random operations
 * built from the schema (a random Query field, random arguments of the right
 * type, of a wrong type, hostile strings or left out, passed as variables or
 * inline; a random selection of the result's fields; sometimes the text then
 * mangled), sent by POST or GET. Properties: never a 5xx, always a JSON
 * GraphQL response, never INTERNAL_SERVER_ERROR; afterwards the server
 * answers and the graph is unchanged. FUZZ_RUNS and FUZZ_SEED (printed on a
 * failure) reproduce or widen a run.
 */
import fc from 'fast-check';
import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isObjectType,
  isInterfaceType,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSchema } from '../../src/graphql/buildSchema.js';
import type { GraphFingerprint } from '../../src/seed/graphFingerprint.js';
import { post, readResponse, startSecurityServer, type SecurityServer } from './securityKit.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 250);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

const schema = buildSchema();
const queryFields = Object.values(schema.getQueryType()!.getFields());

/** Strings that exist in the seed, look like ids or codes, or are plainly hostile. */
const STRINGS = [
  'region:RU-TA', 'region:RU-IN', 'country:TR', 'country:JO', 'person:ramzan-kadyrov', 'org:turksoy', 'group:tatars',
  'RU-TA', 'RU-KO', 'TR', 'tatar', 'Komi', 'Volga', 'VISITED', 'GOVERNED', 'Region', 'Person',
  '2010', '2010-05', '2010-05-31', '1999-02-30', '',
  "x'}) DETACH DELETE n //", '$ids', '\u0000', 'Татарстан', '😀', '\uD800',
];

/** Strings a well-typed operation uses: ids, codes and names of the seed, dates. */
const PLAIN_STRINGS = STRINGS.slice(0, STRINGS.indexOf(''));

/**
 * A value for an input type. Well-typed in `valid` mode (plain strings from
 * the seed); otherwise mostly well-typed, sometimes any JSON (a wrong type),
 * sometimes null, strings anything.
 */
function valueOf(type: GraphQLInputType, valid: boolean, depth = 0): fc.Arbitrary<unknown> {
  const inner = getNullableType(type) as GraphQLInputType;
  let typed: fc.Arbitrary<unknown>;
  if (isListType(inner)) {
    typed = fc.array(valueOf(inner.ofType as GraphQLInputType, valid, depth + 1), { minLength: valid ? 1 : 0, maxLength: 3 });
  } else if (isEnumType(inner)) {
    const values = fc.constantFrom(...inner.getValues().map((v) => v.value as unknown));
    typed = valid ? values : fc.oneof(values, fc.string({ maxLength: 8 }));
  } else if (isInputObjectType(inner)) {
    const fields = Object.values(inner.getFields());
    typed = depth > 2 ? fc.constant({}) : fc.record(Object.fromEntries(fields.map((f) => [f.name, valueOf(f.type, valid, depth + 1)])), { requiredKeys: [] });
  } else {
    switch (getNamedType(inner).name) {
      case 'Int':
        typed = valid ? fc.integer({ min: 1, max: 6 }) : fc.oneof(fc.integer({ min: -3, max: 120 }), fc.constantFrom(0, 1, 3, 4, 6, 7, 50, 51, 100, 101, 2000, 2001, 2 ** 31 - 1, -(2 ** 31)));
        break;
      case 'Float':
        typed = fc.double({ noNaN: true });
        break;
      case 'Boolean':
        typed = fc.boolean();
        break;
      default:
        typed = valid
          ? fc.constantFrom(...PLAIN_STRINGS)
          : fc.oneof(fc.constantFrom(...STRINGS), fc.string({ maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 12 }));
    }
  }
  if (valid) return typed;
  return fc.oneof({ weight: 8, arbitrary: typed }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) }, { weight: 1, arbitrary: fc.constant(null) });
}

/** A GraphQL literal for any JSON value (so wrong types can be inlined too). */
function literal(value: unknown, enumLike: boolean): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return enumLike && /^[_A-Za-z][_0-9A-Za-z]*$/.test(value) ? value : JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map((v) => literal(v, enumLike)).join(', ')}]`;
  const entries = Object.entries(value as Record<string, unknown>).filter(([k]) => /^[_A-Za-z][_0-9A-Za-z]*$/.test(k));
  return `{${entries.map(([k, v]) => `${k}: ${literal(v, false)}`).join(', ')}}`;
}

/** A selection for the field's type: some of its leaf fields (argument-free), or __typename. */
function selectionOf(field: GraphQLField<unknown, unknown>): fc.Arbitrary<string> {
  const named = getNamedType(field.type);
  if (isLeafType(named)) return fc.constant('');
  if (!isCompositeType(named)) return fc.constant('');
  const leaves =
    isObjectType(named) || isInterfaceType(named)
      ? Object.values(named.getFields())
          .filter((f) => isLeafType(getNamedType(f.type)) && f.args.every((a) => !isNonNullArg(a.type)))
          .map((f) => f.name)
      : [];
  const nested =
    isObjectType(named) || isInterfaceType(named)
      ? Object.values(named.getFields())
          .filter((f) => isCompositeType(getNamedType(f.type)) && f.args.every((a) => !isNonNullArg(a.type)))
          .map((f) => `${f.name} { __typename }`)
      : [];
  const candidates = ['__typename', ...leaves, ...nested];
  return fc
    .subarray(candidates, { minLength: 1, maxLength: Math.min(6, candidates.length) })
    .map((fields) => ` { ${fields.join(' ')} }`);
}

function isNonNullArg(type: GraphQLInputType): boolean {
  return getNullableType(type) !== type;
}

interface FuzzRequest {
  method: 'POST' | 'GET';
  query: string;
  variables: Record<string, unknown>;
}

/**
 * One operation on a random Query field: half of them well-typed (every
 * required argument given, values of the right type; they still may be
 * refused, e.g. a code that is an id), half noisy (arguments left out or of
 * a wrong type, any strings, the text sometimes mangled).
 */
const operation: fc.Arbitrary<FuzzRequest> = fc
  .tuple(fc.constantFrom(...queryFields), fc.boolean())
  .chain(([field, valid]) =>
    fc.record({
      field: fc.constant(field),
      args: fc.record(
        Object.fromEntries(field.args.map((arg) => [arg.name, fc.record({ value: valueOf(arg.type, valid), inline: fc.boolean() })])),
        { requiredKeys: valid ? field.args.filter((arg) => isNonNullArg(arg.type)).map((arg) => arg.name) : [] },
      ),
      selection: selectionOf(field),
      method: fc.constantFrom<'POST' | 'GET'>('POST', 'POST', 'POST', 'GET'),
      // Sometimes the text is mangled: a slice cut out, or junk put in.
      mangle: valid ? fc.constant(null) : fc.option(fc.tuple(fc.nat(), fc.nat({ max: 8 }), fc.string({ maxLength: 4 })), { freq: 3 }),
    }),
  )
  .map(({ field, args, selection, method, mangle }) => {
    const definitions: string[] = [];
    const call: string[] = [];
    const variables: Record<string, unknown> = {};
    for (const arg of field.args) {
      const given = (args as Record<string, { value: unknown; inline: boolean } | undefined>)[arg.name];
      if (!given) continue;
      if (given.inline) {
        call.push(`${arg.name}: ${literal(given.value, isEnumType(getNamedType(arg.type)))}`);
      } else {
        definitions.push(`$${arg.name}: ${String(arg.type)}`);
        call.push(`${arg.name}: $${arg.name}`);
        variables[arg.name] = given.value;
      }
    }
    let query = `query Fuzz${definitions.length ? `(${definitions.join(', ')})` : ''} { ${field.name}${call.length ? `(${call.join(', ')})` : ''}${selection} }`;
    if (mangle) {
      const [at, cut, junk] = mangle;
      const i = at % query.length;
      query = query.slice(0, i) + junk + query.slice(i + cut);
    }
    return { method, query, variables };
  });

let api: SecurityServer;
let before: GraphFingerprint;

beforeAll(async () => {
  api = await startSecurityServer({ nodeEnv: 'production' });
  before = await api.fingerprint();
});

afterAll(async () => {
  await api?.close();
});

async function send(request: FuzzRequest): Promise<{ status: number; body: any; text: string }> {
  if (request.method === 'POST') return post(api.url, { query: request.query, variables: request.variables });
  const params = new URLSearchParams({ query: request.query, variables: JSON.stringify(request.variables) });
  return readResponse(await fetch(`${api.url}?${params}`, { headers: { accept: 'application/graphql-response+json', 'apollo-require-preflight': 'true' } }));
}

describe('fuzzing Query with random operations and variables from the schema', () => {
  it(`${RUNS} random requests: never a 5xx or an internal error, always a GraphQL JSON answer`, async () => {
    let answered = 0;
    let withData = 0;
    await fc.assert(
      fc.asyncProperty(operation, async (request) => {
        const res = await send(request);
        answered += 1;
        if (res.body?.data) withData += 1;
        const context = `${request.method} ${request.query} ${JSON.stringify(request.variables).slice(0, 300)} -> ${res.status} ${res.text.slice(0, 300)}`;
        expect(res.status, context).toBeLessThan(500);
        expect(res.body, context).toBeTypeOf('object');
        expect(res.body.data !== undefined || (res.body.errors?.length ?? 0) > 0, context).toBe(true);
        const codes = (res.body.errors ?? []).map((e: any) => e.extensions?.code);
        expect(codes, context).not.toContain('INTERNAL_SERVER_ERROR');
      }),
      { numRuns: RUNS, ...(SEED !== undefined ? { seed: SEED } : {}) },
    );
    expect(answered).toBe(RUNS);
    // The generator is not all noise: a fair share of operations run and return data.
    expect(withData).toBeGreaterThan(RUNS / 5);
  }, 120_000);

  it('afterwards: nothing reached the internal-error path, the server answers, the graph is unchanged', async () => {
    expect(api.errors).toEqual([]);
    const res = await post(api.url, { query: '{ region(code: "RU-TA") { name } }' });
    expect(res.body).toEqual({ data: { region: { name: 'Tatarstan' } } });
    expect(await api.fingerprint()).toEqual(before);
  });
});
