import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver, Database } from '../src/db/index.js';
import { createServer } from '../src/server/createServer.js';
import { postGraphQL, startTestServer } from './support/testGraph.js';
import { unreachableNeo4j } from './support/unreachableNeo4j.js';

type Server = Awaited<ReturnType<typeof startTestServer>>;
let api: Server;

beforeAll(async () => {
  api = await startTestServer({ nodeEnv: 'production' });
});
afterAll(async () => {
  await api?.close();
});

async function firstError(query: string, variables?: Record<string, unknown>) {
  const { body } = await postGraphQL(api.url, query, variables);
  expect(body.errors, JSON.stringify(body)).toBeDefined();
  return body.errors![0]!;
}

describe('bad input gets BAD_USER_INPUT with a message that says what is wrong', () => {
  it.each([
    ['an unknown kind', '{ search(text: "tatar", kinds: ["Planet"]) { id } }', /unknown kind\(s\) "Planet"; expected any of Region, Country/],
    ['a malformed date literal', '{ region(code: "RU-TA") { governors(at: "2010-13") { start } } }', /Invalid Date: month must be 01\.\.12, received "2010-13"/],
    ['a date that is not a date', '{ person(id: "person:ramzan-kadyrov") { visits(from: "last year") { id } } }', /Invalid Date: expected a date YYYY, YYYY-MM or YYYY-MM-DD, received "last year"/],
    ['maxHops above the cap', '{ paths(from: "region:RU-IN", to: "country:JO", maxHops: 7) { length } }', /maxHops must be an integer from 1 to 6, received 7/],
    ['depth above the cap', '{ subgraph(ids: ["region:RU-TA"], depth: 4) { truncated } }', /depth must be an integer from 1 to 3, received 4/],
    ['a limit above the cap', '{ subgraph(ids: ["region:RU-TA"], limit: 5000) { truncated } }', /limit must be an integer from 1 to 2000, received 5000/],
    ['first above the cap', '{ search(text: "tatar", first: 1000) { id } }', /first must be an integer from 1 to 100, received 1000/],
    ['a malformed region code', '{ region(code: "Tatarstan") { id } }', /code must be an ISO 3166-2:RU code such as "RU-TA", received "Tatarstan"/],
    ['a malformed country code', '{ country(code: "TUR") { id } }', /code must be an ISO 3166-1 alpha-2 code such as "TR", received "TUR"/],
    ['an unknown relationship type', '{ subgraph(ids: ["region:RU-TA"], relationshipTypes: ["LOVES"]) { truncated } }', /unknown relationship type\(s\) "LOVES"; expected any of GOVERNED/],
    ['a malformed id', '{ subgraph(ids: ["MATCH (n) DETACH DELETE n"]) { truncated } }', /ids must be a node id such as "region:RU-TA"/],
    ['search text without letters', '{ search(text: "***") { id } }', /text must contain at least one letter or digit/],
  ])('%s', async (_, query, message) => {
    const error = await firstError(query);
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(message);
    expect(error.extensions?.stacktrace).toBeUndefined();
  });

  it('a malformed date in variables is BAD_USER_INPUT too', async () => {
    const error = await firstError('query ($at: Date) { region(code: "RU-TA") { governors(at: $at) { start } } }', { at: '2010-02-30' });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain('day must be 01..28 for 2010-02');
  });

  it('an id that does not exist is null, not an error', async () => {
    const { body } = await postGraphQL(api.url, '{ node(id: "person:nobody") { id } region(code: "RU-XX") { id } country(code: "ZZ") { id } }');
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({ node: null, region: null, country: null });
  });
});

describe('stack traces', () => {
  it('are included in development only', async () => {
    const dev = createServer({ host: '127.0.0.1', port: 0, nodeEnv: 'development', maxBodyBytes: 1 << 20 }, api.db, () => {});
    const { url } = await dev.start();
    try {
      const { body } = await postGraphQL(url, '{ paths(from: "region:RU-IN", to: "country:JO", maxHops: 9) { length } }');
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.extensions?.stacktrace).toEqual(expect.arrayContaining([expect.stringContaining('BadUserInputError')]));
    } finally {
      await dev.stop();
    }
  });
});

describe('a database that cannot be reached', () => {
  it('gives SERVICE_UNAVAILABLE and GET /health 503; with the database up /health is 200 with the version', async () => {
    const neo4j = await unreachableNeo4j();
    const driver = createDriver({ uri: neo4j.uri });
    const down = createServer({ host: '127.0.0.1', port: 0, nodeEnv: 'production', maxBodyBytes: 1 << 20 }, new Database(driver, 'neo4j', 2_000), () => {});
    const { url } = await down.start();
    try {
      const { body } = await postGraphQL(url, '{ region(code: "RU-TA") { name } }');
      expect(body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
      expect(body.errors?.[0]?.message).toMatch(/graph database is unavailable/);
      const health = await fetch(url.replace('/graphql', '/health'));
      expect(health.status).toBe(503);
      expect(await health.json()).toMatchObject({ status: 'unavailable' });
    } finally {
      await down.stop();
      await driver.close();
      await neo4j.close();
    }
    const up = await fetch(api.url.replace('/graphql', '/health'));
    expect(up.status).toBe(200);
    expect(await up.json()).toEqual({ status: 'ok', neo4j: expect.stringMatching(/^5\.26\./) });
  });
});
