import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthConfig } from '../../src/config/config.js';
import type { Database } from '../../src/db/Database.js';
import { graphFingerprint, type GraphFingerprint } from '../../src/seed/graphFingerprint.js';
import { loadSeedFiles } from '../../src/seed/loadSeedFiles.js';
import { seedDatabase } from '../../src/seed/seedDatabase.js';
import { startTestServer } from '../support/testGraph.js';

/**
 * Issue #4, curated mutations, over real HTTP against the real Neo4j: bearer
 * tokens and roles, each create validated like an import row and citing a
 * source, updates by id, retraction kept with who/when/why and hidden from
 * reads unless includeRetracted, and the audit trail. Everything written
 * cites `source:test-curation` (or has a `test-curation` id) and is removed
 * afterwards; the graph is checked to be back to its fingerprint.
 */

const SOURCE = 'source:test-curation';
const TOKENS = {
  editor: 'curation-editor-token-0123456789',
  admin: 'curation-admin-token-0123456789',
  reader: 'curation-reader-token-0123456789',
};
const AUTH: AuthConfig = {
  readAccess: 'open',
  tokens: [
    { name: 'curation-test-editor', role: 'editor', token: TOKENS.editor },
    { name: 'curation-test-admin', role: 'admin', token: TOKENS.admin },
    { name: 'curation-test-reader', role: 'reader', token: TOKENS.reader },
  ],
};

type Response = { status: number; body: { data?: any; errors?: Array<{ message: string; extensions?: Record<string, any> }> } };

let server: Awaited<ReturnType<typeof startTestServer>>;
let db: Database;
let baseline: GraphFingerprint;

async function gql(token: string | null, query: string, variables?: Record<string, unknown>, url = server.url): Promise<Response> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as Response['body'] };
}

/** Runs an operation that must succeed (on the test server, or the API at `url`); returns its data. */
async function ok(token: string | null, query: string, variables?: Record<string, unknown>, url = server.url): Promise<any> {
  const { status, body } = await gql(token, query, variables, url);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  expect(status).toBe(200);
  return body.data;
}

function errorOf(res: Response): { code: unknown; message: string; extensions: Record<string, any> } {
  const error = res.body.errors?.[0];
  expect(error, JSON.stringify(res.body)).toBeDefined();
  return { code: error?.extensions?.code, message: error?.message ?? '', extensions: error?.extensions ?? {} };
}

async function removeCurationTestData(database: Database): Promise<void> {
  await database.executeWriteAll([
    { cypher: `MATCH ()-[r]->() WHERE $source IN coalesce(r.sourceIds, []) DELETE r`, params: { source: SOURCE } },
    { cypher: `MATCH (n:Entity) WHERE n.id CONTAINS 'test-curation' DETACH DELETE n`, params: {} },
    { cypher: `MATCH (e:AuditEntry) WHERE e.actor STARTS WITH 'curation-test-' DELETE e`, params: {} },
  ]);
}

const WRITE = `{ status fact { id type from to properties sources { id quote } retraction { by reason } } auditEntry { actor role operation targetId status input } }`;
const CITE = { source: SOURCE, quote: 'a quote for the curation tests' };

beforeAll(async () => {
  server = await startTestServer({ auth: AUTH });
  db = server.db;
  await removeCurationTestData(db);
  baseline = await graphFingerprint(db);
  const created = await ok(
    TOKENS.editor,
    `mutation($input: SourceInput!) { createSource(input: $input) ${WRITE} }`,
    { input: { id: SOURCE, title: 'Curation test source (test data, removed after the tests)', url: 'https://example.org/test-curation', type: 'REFERENCE' } },
  );
  expect(created.createSource.status).toBe('CREATED');
});

afterAll(async () => {
  if (!db) return;
  await removeCurationTestData(db);
  await seedDatabase(db, loadSeedFiles());
  const after = await graphFingerprint(db);
  await server.close();
  // Other test files must find exactly the seed.
  expect(after).toEqual(baseline);
});

const CREATE_VISIT = `mutation($input: VisitInput!) { createVisit(input: $input) ${WRITE} }`;
const VISIT = { person: 'Rustam Minnikhanov', country: 'Jordan', date: '2013-05', purpose: 'curation test visit', citation: CITE };
const VISIT_ID = 'visited:rustam-minnikhanov-jo-2013-05';

describe('access control', () => {
  it('refuses a mutation without a token (UNAUTHENTICATED), with a reader token (FORBIDDEN) and with an unknown token (HTTP 401), changing nothing', async () => {
    const before = await graphFingerprint(db);
    const anonymous = errorOf(await gql(null, CREATE_VISIT, { input: VISIT }));
    expect(anonymous).toMatchObject({ code: 'UNAUTHENTICATED', message: 'createVisit needs a bearer token with the editor role; none was sent.' });
    const reader = errorOf(await gql(TOKENS.reader, CREATE_VISIT, { input: VISIT }));
    expect(reader).toMatchObject({ code: 'FORBIDDEN', message: 'createVisit needs the editor role; the token of "curation-test-reader" has the reader role.' });
    const unknown = await gql(`${TOKENS.editor}x`, CREATE_VISIT, { input: VISIT });
    expect(unknown.status).toBe(401);
    expect(errorOf(unknown)).toMatchObject({ code: 'UNAUTHENTICATED', message: 'The bearer token matches no configured token.' });
    expect(JSON.stringify(unknown.body)).not.toContain(TOKENS.editor);
    expect(await graphFingerprint(db)).toEqual(before);
  });

  it('keeps reads open by default, and with READ_ACCESS=token needs a token for every request', async () => {
    expect((await ok(null, `{ person(id: "person:rustam-minnikhanov") { name } }`)).person.name).toBe('Rustam Minnikhanov');
    const closed = await startTestServer({ auth: { ...AUTH, readAccess: 'token' } });
    try {
      const post = (token?: string) =>
        fetch(closed.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify({ query: '{ region(code: "RU-TA") { name } }' }),
        });
      const anonymous = await post();
      expect(anonymous.status).toBe(401);
      const body = (await anonymous.json()) as Response['body'];
      expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(body.data).toBeUndefined();
      const reader = await post(TOKENS.reader);
      expect(reader.status).toBe(200);
      expect(((await reader.json()) as Response['body']).data).toEqual({ region: { name: 'Tatarstan' } });
      const exportDenied = await fetch(`${closed.url.replace(/\/graphql$/, '')}/export/subgraph.json?ids=region:RU-TA`);
      expect(exportDenied.status).toBe(401);
    } finally {
      await closed.close();
    }
  });
});

describe('creating facts', () => {
  it('reports bad input like the importer (field and reason, candidates for unknown names) and writes nothing', async () => {
    const before = await graphFingerprint(db);
    const bad = errorOf(
      await gql(TOKENS.editor, CREATE_VISIT, {
        input: { person: 'Rustam Minikhanov', country: 'XZ', date: '2013-05', citation: { source: 'source:no-such-source' } },
      }),
    );
    expect(bad.code).toBe('BAD_USER_INPUT');
    const problems = bad.extensions.problems as Array<{ field: string; reason: string }>;
    expect(problems).toEqual(
      expect.arrayContaining([
        { field: 'person', reason: expect.stringMatching(/no Person has the id or exact name "Rustam Minikhanov"; candidates: .*person:rustam-minnikhanov/) },
        { field: 'country', reason: '"XZ" is not an ISO 3166-1 alpha-2 country code of a country in the graph' },
        { field: 'citation.source', reason: expect.stringContaining('source:no-such-source') },
      ]),
    );
    expect(bad.message).toContain('createVisit: ');
    // A bad partial date is refused by the Date scalar before anything runs.
    const badDate = errorOf(await gql(TOKENS.editor, CREATE_VISIT, { input: { ...VISIT, date: '2013-13' } }));
    expect(badDate.code).toBe('BAD_USER_INPUT');
    // An end before the start, as the importer says it.
    const reversed = errorOf(await gql(TOKENS.editor, CREATE_VISIT, { input: { ...VISIT, end: '2012' } }));
    expect(reversed.extensions.problems).toEqual([{ field: 'end', reason: 'end 2012 is before date 2013-05' }]);
    expect(await graphFingerprint(db)).toEqual(before);
  });

  it('creates a visit with its source and quote, shows it in queries, and a second create changes nothing (no duplicate)', async () => {
    const data = await ok(TOKENS.editor, CREATE_VISIT, { input: VISIT });
    expect(data.createVisit).toMatchObject({
      status: 'CREATED',
      fact: {
        id: VISIT_ID,
        type: 'VISITED',
        from: 'person:rustam-minnikhanov',
        to: 'country:JO',
        properties: { start: '2013-05', startMin: '2013-05-01', startMax: '2013-05-31', purpose: 'curation test visit' },
        sources: [{ id: SOURCE, quote: CITE.quote }],
        retraction: null,
      },
      auditEntry: { actor: 'curation-test-editor', role: 'editor', operation: 'createVisit', targetId: VISIT_ID, status: 'CREATED' },
    });
    expect(data.createVisit.auditEntry.input).toEqual({ ...VISIT });

    const again = await ok(TOKENS.editor, CREATE_VISIT, { input: VISIT });
    expect(again.createVisit).toMatchObject({ status: 'UNCHANGED', fact: { id: VISIT_ID }, auditEntry: null });

    const read = await ok(null, `{ person(id: "person:rustam-minnikhanov") { visits(from: "2013", to: "2013") { id country { code } start purpose sources { id quote } retraction { by } } } }`);
    expect(read.person.visits).toEqual([
      { id: VISIT_ID, country: { code: 'JO' }, start: '2013-05', purpose: 'curation test visit', sources: [{ id: SOURCE, quote: CITE.quote }], retraction: null },
    ]);
  });

  it('stores a fact once when the same create arrives several times at once', async () => {
    const input = { person: 'Murat Zyazikov', country: 'Kazakhstan', date: '2007-04-02', citation: CITE };
    const answers = await Promise.all(Array.from({ length: 5 }, () => ok(TOKENS.editor, CREATE_VISIT, { input })));
    expect(answers.map((a) => a.createVisit.status).sort()).toEqual(['CREATED', 'UNCHANGED', 'UNCHANGED', 'UNCHANGED', 'UNCHANGED']);
    const [row] = await db.executeRead<{ n: number }>({
      cypher: `MATCH (:Person {id: 'person:murat-zyazikov'})-[r:VISITED {start: '2007-04-02'}]->(:Country {code: 'KZ'}) RETURN count(r) AS n`,
      params: {},
    });
    expect(row?.n).toBe(1);
  });

  it('stores a fact once when two API replicas receive the same create at once (the lock is in the database, not only in each process)', async () => {
    // A second API process in all but name: its own server, driver and Database, so its own write lock.
    const replica = await startTestServer({ auth: AUTH });
    try {
      const urls = [server.url, replica.url];
      const post = async (url: string, input: Record<string, unknown>): Promise<string> =>
        (await ok(TOKENS.editor, CREATE_VISIT, { input }, url)).createVisit.status;
      // Several facts, each sent to both replicas three times at once: without the database's uniqueness
      // constraint both replicas plan "create" for the same fact and store it twice.
      const dates = ['2008-03-11', '2008-03-12', '2008-03-13', '2008-03-14', '2008-03-15', '2008-03-16'];
      const statuses = await Promise.all(
        dates.map((date) => {
          const input = { person: 'Murat Zyazikov', country: 'Kazakhstan', date, purpose: 'curation test replicas', citation: CITE };
          return Promise.all([0, 1, 2].flatMap(() => urls.map((url) => post(url, input))));
        }),
      );
      for (const answers of statuses) expect(answers.sort()).toEqual(['CREATED', 'UNCHANGED', 'UNCHANGED', 'UNCHANGED', 'UNCHANGED', 'UNCHANGED']);
      const rows = await db.executeRead<{ start: string; n: number }>({
        cypher: `MATCH (:Person {id: 'person:murat-zyazikov'})-[r:VISITED]->(:Country {code: 'KZ'})
WHERE r.start IN $dates RETURN r.start AS start, count(r) AS n ORDER BY start`,
        params: { dates },
      });
      expect(rows).toEqual(dates.map((start) => ({ start, n: 1 })));
    } finally {
      await replica.close();
    }
  });

  it('creates tenures, meetings, memberships, kinship, diasporas and statements, each resolved and cited', async () => {
    const run = async (mutation: string, type: string, input: Record<string, unknown>) =>
      (await ok(TOKENS.editor, `mutation($input: ${type}!) { ${mutation}(input: $input) ${WRITE} }`, { input }))[mutation];

    const tenure = await run('createTenure', 'TenureInput', {
      person: 'person:rustam-minnikhanov', region: 'RU-BA', start: '1990', end: '1991', title: 'Curation test tenure', citation: CITE,
    });
    expect(tenure).toMatchObject({ status: 'CREATED', fact: { type: 'GOVERNED', from: 'person:rustam-minnikhanov', to: 'region:RU-BA' } });

    const membership = await run('createMembership', 'MembershipInput', {
      member: 'Bashkortostan', organisation: 'Türksoy', since: '1999', status: 'curation test observer', citation: CITE,
    });
    expect(membership).toMatchObject({ status: 'CREATED', fact: { type: 'MEMBER_OF', from: 'region:RU-BA', to: 'org:turksoy' } });

    const kinship = await run('createKinship', 'KinshipInput', { group: 'Komi', country: 'EE', basis: 'LINGUISTIC', note: 'curation test', citation: CITE });
    expect(kinship).toMatchObject({ status: 'CREATED', fact: { type: 'KIN_OF', from: 'group:komi', to: 'country:EE', properties: { basis: 'LINGUISTIC' } } });

    const diaspora = await run('createDiaspora', 'DiasporaInput', {
      id: 'diaspora:test-curation-tatars-in-finland', name: 'Tatars in Finland (curation test)', group: 'Tatars', country: 'Finland', citation: CITE,
    });
    expect(diaspora).toMatchObject({ status: 'CREATED', fact: { id: 'diaspora:test-curation-tatars-in-finland', type: 'Diaspora', from: null, to: null } });

    const meeting = await run('createMeeting', 'MeetingInput', {
      person: 'Rustam Minnikhanov', counterpart: 'diaspora:test-curation-tatars-in-finland', date: '2013-07-01', place: 'Helsinki', citation: CITE,
    });
    expect(meeting).toMatchObject({ status: 'CREATED', fact: { type: 'MET', to: 'diaspora:test-curation-tatars-in-finland' } });

    const statement = await run('createStatement', 'StatementInput', {
      id: 'statement:test-curation-minnikhanov', speaker: 'Rustam Minnikhanov', summary: 'Curation test statement', date: '2013-05-02', about: ['Jordan'], citation: CITE,
    });
    expect(statement).toMatchObject({ status: 'CREATED', fact: { id: 'statement:test-curation-minnikhanov', type: 'Statement' } });

    const read = await ok(
      null,
      `{ person(id: "person:rustam-minnikhanov") {
           tenures { region { code } title }
           meetings(from: "2013-07", to: "2013-07") { counterpart { ... on Diaspora { id name group { id } } } place }
           statements { id about { ... on Country { code } } }
         }
         ethnicGroup(id: "group:komi") { kinCountries { country { code } basis } } }`,
    );
    expect(read.person.tenures).toContainEqual({ region: { code: 'RU-BA' }, title: 'Curation test tenure' });
    expect(read.person.meetings).toContainEqual({
      counterpart: { id: 'diaspora:test-curation-tatars-in-finland', name: 'Tatars in Finland (curation test)', group: { id: 'group:tatars' } },
      place: 'Helsinki',
    });
    expect(read.person.statements).toContainEqual({ id: 'statement:test-curation-minnikhanov', about: [{ code: 'JO' }] });
    expect(read.ethnicGroup.kinCountries).toContainEqual({ country: { code: 'EE' }, basis: 'LINGUISTIC' });
  });
});

describe('updating facts', () => {
  it('corrects a visit by id (the date too, keeping its id), citing the source of the correction', async () => {
    const data = await ok(TOKENS.editor, `mutation($id: ID!, $input: VisitPatch!) { updateVisit(id: $id, input: $input) ${WRITE} }`, {
      id: VISIT_ID,
      input: { date: '2013-06-10', citation: { source: SOURCE, quote: 'corrected: it was in June' } },
    });
    expect(data.updateVisit).toMatchObject({
      status: 'UPDATED',
      fact: { id: VISIT_ID, properties: { start: '2013-06-10', startMin: '2013-06-10', purpose: 'curation test visit' }, sources: [{ id: SOURCE, quote: 'corrected: it was in June' }] },
      auditEntry: { operation: 'updateVisit', targetId: VISIT_ID, status: 'UPDATED' },
    });
    const count = await db.executeRead<{ n: number }>({
      cypher: `MATCH (:Person {id: 'person:rustam-minnikhanov'})-[r:VISITED]->(:Country {code: 'JO'}) RETURN count(r) AS n`,
      params: {},
    });
    expect(count[0]?.n).toBe(1);
  });

  it('refuses ids of another type, unknown ids, and corrections without a source', async () => {
    const patch = `mutation($id: ID!, $input: VisitPatch!) { updateVisit(id: $id, input: $input) { status } }`;
    const wrongType = errorOf(await gql(TOKENS.editor, patch, { id: 'met:rustam-minnikhanov-turkey', input: { purpose: 'x', citation: CITE } }));
    expect(wrongType).toMatchObject({ code: 'BAD_USER_INPUT', message: 'updateVisit expects the id of a VISITED relationship (visited:…), received "met:rustam-minnikhanov-turkey"' });
    const unknown = errorOf(await gql(TOKENS.editor, patch, { id: 'visited:test-curation-nothing', input: { purpose: 'x', citation: CITE } }));
    expect(unknown).toMatchObject({ code: 'NOT_FOUND', message: 'updateVisit: no VISITED relationship has the id "visited:test-curation-nothing"' });
    const noSource = await gql(TOKENS.editor, patch, { id: VISIT_ID, input: { purpose: 'x' } });
    expect(errorOf(noSource).code).toBe('BAD_USER_INPUT'); // citation is required by the schema
  });

  it('corrects a statement (node fact) keeping its speaker', async () => {
    const data = await ok(TOKENS.editor, `mutation($id: ID!, $input: StatementPatch!) { updateStatement(id: $id, input: $input) ${WRITE} }`, {
      id: 'statement:test-curation-minnikhanov',
      input: { summary: 'Curation test statement, corrected', citation: CITE },
    });
    expect(data.updateStatement).toMatchObject({ status: 'UPDATED', fact: { properties: { summary: 'Curation test statement, corrected' } } });
    const read = await ok(null, `{ node(id: "statement:test-curation-minnikhanov") { ... on Statement { summary speakers { ... on Person { id } } } } }`);
    expect(read.node).toEqual({ summary: 'Curation test statement, corrected', speakers: [{ id: 'person:rustam-minnikhanov' }] });
  });
});

describe('retracting facts', () => {
  const RETRACT = `mutation($id: ID!, $reason: String!) { retractFact(id: $id, reason: $reason) { fact { id type retraction { by at reason } } alsoRetracted auditEntry { operation targetId status } } }`;

  it('keeps a retracted visit with who, when and why, hides it from reads, and shows it when asked', async () => {
    const data = await ok(TOKENS.editor, RETRACT, { id: VISIT_ID, reason: 'curation test: wrong country' });
    expect(data.retractFact).toMatchObject({
      fact: { id: VISIT_ID, type: 'VISITED', retraction: { by: 'curation-test-editor', reason: 'curation test: wrong country' } },
      alsoRetracted: [],
      auditEntry: { operation: 'retractFact', targetId: VISIT_ID, status: 'RETRACTED' },
    });
    expect(Date.parse(data.retractFact.fact.retraction.at)).toBeGreaterThan(Date.now() - 60_000);

    const read = await ok(
      null,
      `{ person(id: "person:rustam-minnikhanov") {
           live: visits(from: "2013", to: "2013") { id }
           all: visits(from: "2013", to: "2013", includeRetracted: true) { id retraction { by reason } }
         }
         country(code: "JO") { live: visits(from: "2013", to: "2013") { id } all: visits(from: "2013", to: "2013", includeRetracted: true) { id } }
         hidden: fact(id: "${VISIT_ID}") { id }
         shown: fact(id: "${VISIT_ID}", includeRetracted: true) { id type retraction { reason } }
         subgraph(ids: ["person:rustam-minnikhanov"], depth: 1) { edges { id } } }`,
    );
    expect(read.person.live).toEqual([]);
    expect(read.person.all).toEqual([{ id: VISIT_ID, retraction: { by: 'curation-test-editor', reason: 'curation test: wrong country' } }]);
    expect(read.country).toEqual({ live: [], all: [{ id: VISIT_ID }] });
    expect(read.hidden).toBeNull();
    expect(read.shown).toEqual({ id: VISIT_ID, type: 'VISITED', retraction: { reason: 'curation test: wrong country' } });
    expect(read.subgraph.edges.map((e: { id: string }) => e.id)).not.toContain(VISIT_ID);

    expect(errorOf(await gql(TOKENS.editor, RETRACT, { id: VISIT_ID, reason: 'again' })).message).toMatch(/^retractFact: visited:rustam-minnikhanov-jo-2013-05 is already retracted/);
    const update = errorOf(
      await gql(TOKENS.editor, `mutation { updateVisit(id: "${VISIT_ID}", input: { purpose: "x", citation: { source: "${SOURCE}" } }) { status } }`),
    );
    expect(update).toMatchObject({ code: 'NOT_FOUND' });
    expect(update.message).toMatch(/was retracted/);
  });

  it('refuses to retract a diaspora that a meeting names, then retracts it with its own relationships once the meeting is retracted', async () => {
    const id = 'diaspora:test-curation-tatars-in-finland';
    const refused = errorOf(await gql(TOKENS.editor, RETRACT, { id, reason: 'curation test' }));
    expect(refused.code).toBe('BAD_USER_INPUT');
    expect(refused.extensions.blockers).toEqual([expect.stringMatching(/^met:rustam-minnikhanov-diaspora-test-curation-tatars-in-finland/)]);

    await ok(TOKENS.editor, RETRACT, { id: refused.extensions.blockers[0], reason: 'curation test' });
    const data = await ok(TOKENS.editor, RETRACT, { id, reason: 'curation test: not a real diaspora' });
    expect(data.retractFact.fact).toMatchObject({ id, type: 'Diaspora' });
    expect(data.retractFact.alsoRetracted).toEqual([
      expect.stringMatching(/^diaspora-of:test-curation-tatars-in-finland/),
      expect.stringMatching(/^lives-in:test-curation-tatars-in-finland/),
    ]);
    const read = await ok(null, `{ node(id: "${id}") { id } search(text: "Tatars in Finland") { id } ethnicGroup(id: "group:tatars") { diasporas { id } } }`);
    expect(read.node).toBeNull();
    expect(read.search.map((h: { id: string }) => h.id)).not.toContain(id);
    expect(read.ethnicGroup.diasporas.map((d: { id: string }) => d.id)).not.toContain(id);
  });

  it('retracts a statement with its MADE and ABOUT relationships', async () => {
    const data = await ok(TOKENS.editor, RETRACT, { id: 'statement:test-curation-minnikhanov', reason: 'curation test' });
    expect(data.retractFact.alsoRetracted).toHaveLength(2);
    const read = await ok(null, `{ person(id: "person:rustam-minnikhanov") { statements { id } } }`);
    expect(read.person.statements.map((s: { id: string }) => s.id)).not.toContain('statement:test-curation-minnikhanov');
  });

  it('refuses to retract a source that facts cite, naming them', async () => {
    const refused = errorOf(await gql(TOKENS.editor, RETRACT, { id: SOURCE, reason: 'curation test' }));
    expect(refused.code).toBe('BAD_USER_INPUT');
    expect(refused.message).toMatch(/other fact\(s\) name or cite source:test-curation/);
  });
});

describe('the audit trail', () => {
  const TRAIL = `query($target: ID) { auditTrail(targetId: $target) { actor role operation targetId status input at } }`;

  it('is readable by admins only', async () => {
    expect(errorOf(await gql(TOKENS.editor, TRAIL, { target: VISIT_ID })).code).toBe('FORBIDDEN');
    expect(errorOf(await gql(null, TRAIL, { target: VISIT_ID })).code).toBe('UNAUTHENTICATED');
  });

  it('records every write to a fact, newest first, with who and the input, never a token', async () => {
    const data = await ok(TOKENS.admin, TRAIL, { target: VISIT_ID });
    expect(data.auditTrail.map((e: { operation: string; status: string; actor: string }) => [e.operation, e.status, e.actor])).toEqual([
      ['retractFact', 'RETRACTED', 'curation-test-editor'],
      ['updateVisit', 'UPDATED', 'curation-test-editor'],
      ['createVisit', 'CREATED', 'curation-test-editor'],
    ]);
    expect(data.auditTrail[1].input).toMatchObject({ id: VISIT_ID, date: '2013-06-10' });
    const everything = JSON.stringify(await ok(TOKENS.admin, `{ auditTrail(first: 500) { input } }`));
    for (const token of Object.values(TOKENS)) expect(everything).not.toContain(token);
    expect(errorOf(await gql(TOKENS.admin, `{ auditTrail(first: 501) { id } }`))).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: 'first must be an integer from 1 to 500, received 501',
    });
  });
});
