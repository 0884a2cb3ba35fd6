import type { Driver, SessionConfig } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDatabase, type OpenDatabase } from '../../src/app/openDatabase.js';
import { readConfig } from '../../src/config/config.js';
import { createServer, type ApiServer } from '../../src/server/createServer.js';
import { openSeededGraph, postGraphQL } from '../support/testGraph.js';

/**
 * Scale-out: the API configured with a `neo4j://` URI (client-side routing,
 * as against a cluster or Aura) on the shared test Neo4j, which as a
 * standalone server answers routing requests with itself in every role.
 * Reads go through read sessions (routed to readers), writes (the schema
 * setup) through write sessions (routed to the writer). Only reads and
 * idempotent schema commands: the shared graph stays as seeded.
 */

let database: OpenDatabase;
let server: ApiServer;
let url: string;
const modes: Array<SessionConfig['defaultAccessMode']> = [];

/** Records the access mode of every session the app opens. */
function recordSessionModes(driver: Driver): void {
  const open = driver.session.bind(driver);
  driver.session = ((config?: SessionConfig) => {
    modes.push(config?.defaultAccessMode);
    return open(config);
  }) as Driver['session'];
}

beforeAll(async () => {
  const seeded = await openSeededGraph();
  await seeded.close();
  const bolt = new URL(inject('neo4jUri'));
  const config = readConfig({ NEO4J_URI: `neo4j://${bolt.host}`, NEO4J_USERNAME: 'neo4j', NEO4J_PASSWORD: 'unused-auth-is-off' });
  expect(config.database).toMatchObject({ mode: 'external', uri: `neo4j://${bolt.host}` });
  database = await openDatabase(config, () => {});
  recordSessionModes(database.db.driver);
  server = createServer({ ...config, port: 0 }, database.db, () => {});
  ({ url } = await server.start());
});

afterAll(async () => {
  await server?.stop();
  await database?.close();
});

describe('the API over a neo4j:// routing URI', () => {
  it('gets a routing table from the server: itself as router, reader and writer', async () => {
    const [row] = await database.db.executeRead<{ servers: Array<{ role: string; addresses: string[] }> }>({
      cypher: `CALL dbms.routing.getRoutingTable({}, 'neo4j') YIELD servers RETURN servers`,
      params: {},
    });
    const bolt = new URL(inject('neo4jUri'));
    const byRole = Object.fromEntries((row?.servers ?? []).map((s) => [s.role, s.addresses]));
    expect(byRole).toEqual({ ROUTE: [bolt.host], READ: [bolt.host], WRITE: [bolt.host] });
  });

  it('answers queries through read sessions; the schema setup went through write sessions', async () => {
    modes.length = 0;
    const { body } = await postGraphQL(url, '{ region(code: "RU-TA") { id name } country(code: "TR") { name } }');
    expect(body.errors).toBeUndefined();
    expect(body.data.region).toEqual({ id: 'region:RU-TA', name: expect.stringMatching(/Tatarstan/) });
    expect(body.data.country.name).toBe('Türkiye');
    expect(modes.length).toBeGreaterThan(0);
    expect(new Set(modes)).toEqual(new Set(['READ']));

    modes.length = 0;
    const { ensureSchema } = await import('../../src/db/ensureSchema.js');
    await ensureSchema(database.db); // idempotent: constraints and indexes exist already
    expect(modes).toContain('WRITE');
    const health = await fetch(url.replace('/graphql', '/health'));
    expect(await health.json()).toEqual({ status: 'ok', neo4j: expect.stringMatching(/^5\.26\./) });
  });
});
