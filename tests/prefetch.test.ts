/**
 * Issue 6 (nested lists in one round-trip): a root lookup fetches what its
 * selection asks below it in one query and primes the loaders with it
 * (src/prefetch). Every entry of the table the prefetch reads is asked here
 * with and without it: the answers must be the same, and with it the loaders
 * must not need a second query, which is what proves an entry matches its
 * resolver (a wrong type, direction or end primes keys nobody asks for).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { END_FIELDS, operationProps, planPrefetch, prefetchLayout, PROPS_READ, RELATIONSHIP_FIELDS, type PrefetchRow } from '../src/prefetch/index.js';
import { PREFETCH_CHUNK, prefetchQuery } from '../src/cypher/prefetchQuery.js';
import { buildSchema } from '../src/graphql/buildSchema.js';
import { useInProcessApi } from './support/inProcessApi.js';
import { resolveInfoOf } from './support/resolveInfoOf.js';
import { getNamedType, isLeafType, isNonNullType, isObjectType, type GraphQLAbstractType, type GraphQLNamedType, type GraphQLObjectType } from 'graphql';

const api = useInProcessApi();
const schema = buildSchema();

/** Runs an operation in-process with or without the prefetch: its data and its Cypher round-trips. */
const run = (prefetch: boolean, query: string, variables?: Record<string, unknown>) => api.run(query, variables, { prefetch });

/**
 * Every field of a type that the prefetch can project (leaf fields without required arguments that read the
 * row's properties by default or as PROPS_READ says): asking them all checks that a projected row holds
 * every property they read.
 */
function leaves(typeName: string): string {
  const type = schema.getType(typeName);
  if (!isObjectType(type)) return '';
  return Object.values(type.getFields())
    .filter((f) => isLeafType(getNamedType(f.type)) && !f.args.some((a) => isNonNullType(a.type)))
    .filter((f) => !f.resolve || PROPS_READ[typeName]?.[f.name])
    .map((f) => f.name)
    .join(' ');
}

/** The named type of `type.field`. */
function fieldType(typeName: string, field: string): GraphQLNamedType {
  const type = schema.getType(typeName) as GraphQLObjectType;
  return getNamedType(type.getFields()[field]!.type);
}

/** The selection asked below a table field: all its leaves, every end of a relationship and its sources, or the far nodes. */
function selectionBelow(type: string, field: string): string {
  const child = fieldType(type, field);
  const ends = isObjectType(child) ? END_FIELDS[child.name] : undefined;
  const far = (t: string) => `{ __typename ${isObjectType(schema.getType(t)) ? leaves(t) : '... on Node { id }'} }`;
  if (!ends) return far(child.name);
  const endSelections = Object.keys(ends).map((end) => {
    const endType = fieldType(child.name, end).name;
    const byType = isObjectType(schema.getType(endType))
      ? leaves(endType)
      : schema.getPossibleTypes(schema.getType(endType) as GraphQLAbstractType).map((t) => `... on ${t.name} { ${leaves(t.name)} }`).join(' ');
    return `${end} { __typename ${byType} }`;
  });
  return `{ __typename ${leaves(child.name)} sources { id quote } ${endSelections.join(' ')} }`;
}

const ENTRIES = Object.entries(RELATIONSHIP_FIELDS).flatMap(([type, fields]) =>
  Object.entries(fields).map(([field, relationship]) => ({ name: `${type}.${field}`, type, field, relationship })),
);

describe('issue 6: the prefetch answers as the loaders do, in one round-trip', () => {
  it.each(ENTRIES)('$name', async ({ type, field, relationship }) => {
    const pattern = relationship.direction === 'OUT' ? `(n)-[:${relationship.type}]->()` : `(n)<-[:${relationship.type}]-()`;
    // A node of that kind with such relationships when the seed has one (so the ends are asked too), else any.
    const [row] = await api.db.executeRead<{ id: string; has: boolean }>({
      cypher: `MATCH (n:${type}) WHERE NOT n:Retracted RETURN n.id AS id, COUNT { ${pattern} } > 0 AS has ORDER BY COUNT { ${pattern} } DESC, id LIMIT 1`,
      params: {},
    });
    expect(row, `the seed has a ${type}`).toBeDefined();
    const citations = type === 'ActivityFigure' ? 'source { id }' : 'sources { id }';
    const query = `query($id: ID!) { node(id: $id) { id ... on ${type} { ${citations} ${field} ${selectionBelow(type, field)} } } }`;
    // These selections are all known to the prefetch, so its relationships and far ends come projected.
    expect(operationProps(resolveInfoOf(query))).not.toBeNull();
    const without = await run(false, query, { id: row!.id });
    const withPrefetch = await run(true, query, { id: row!.id });
    expect(withPrefetch.data).toEqual(without.data);
    expect(withPrefetch.queries).toBe(1);
    if (row!.has) expect(without.queries).toBeGreaterThan(1);
  });

  it('a nested selection of several levels, one region and all 83', async () => {
    const nested = `code sources { title }
      governors { start end governor { name visits { start country { name } sources { title quote } } meetings { counterpart { __typename ... on Node { id } } } } sources { title } }
      past: governors(at: "2008") { start governor { window: visits(from: "2006", to: "2010-06") { start end purpose } } }
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

  it('its rows of a few items hold what rows of PREFETCH_CHUNK items do, in the same order', async () => {
    // The seed's parts fit in one row of PREFETCH_CHUNK, so the answers above never cross a row boundary; rows of
    // 3 items do, here, against the database.
    const query = '{ regions { code governors { start governor { name visits { start country { name } sources { title } } } } } }';
    const info = resolveInfoOf(query);
    const layout = prefetchLayout(planPrefetch(info, []), operationProps(info));
    const regions = await api.db.executeRead<{ id: string }>({ cypher: 'MATCH (r:Region) RETURN r.id AS id ORDER BY id', params: {} });
    const ids = regions.map((r) => r.id);
    const byPart = async (chunk: number) => {
      const rows = await api.db.executeRead<PrefetchRow>(prefetchQuery(ids, layout, chunk));
      const parts = new Map<number, unknown[]>();
      for (const row of rows) {
        expect(row.items.length).toBeGreaterThan(0);
        expect(row.items.length).toBeLessThanOrEqual(chunk);
        parts.set(row.part, [...(parts.get(row.part) ?? []), ...row.items]);
      }
      return { rows: rows.length, parts };
    };
    const whole = await byPart(PREFETCH_CHUNK);
    const small = await byPart(3);
    expect(small.parts).toEqual(whole.parts);
    expect([...whole.parts.keys()].sort()).toEqual([-1, 0, 1, 2, 3, 4]);
    expect(whole.parts.get(0)).toHaveLength(83);
    expect(small.rows).toBeGreaterThan(whole.rows + 27); // the 83 regions alone are 28 rows of 3
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

  it('every leaf of every row below the 83 regions, with windows: projected rows answer as whole ones', async () => {
    const counterpart = ['Person', 'Diaspora', 'Organisation', 'Country'].map((t) => `... on ${t} { ${leaves(t)} }`).join(' ');
    const query = `{ regions { ${leaves('Region')}
      governors { ${leaves('Tenure')} governor { ${leaves('Person')}
        visits { ${leaves('Visit')} country { ${leaves('Country')} } area { ${leaves('Area')} } }
        window: visits(from: "2007", to: "2011-03") { id start }
        meetings(from: "2005-06") { ${leaves('Meeting')} counterpart { __typename ${counterpart} } }
        statements { ${leaves('Statement')} } posts { ${leaves('Post')} organisation { ${leaves('Organisation')} } } } }
      inOffice: governors(at: "2010-06") { start governor { name } }
      memberships { ${leaves('Membership')} organisation { ${leaves('Organisation')} members { since member { ... on Country { ${leaves('Country')} } } } } }
      titularGroups { group { ${leaves('EthnicGroup')} kinCountries { ${leaves('Kinship')} country { ${leaves('Country')} } } diasporas { ${leaves('Diaspora')} } } }
      statements { ${leaves('Statement')} } organisations { ${leaves('Organisation')} } investmentAttempts { ${leaves('InvestmentAttempt')} }
      reportedActivity { ${leaves('ActivityFigure')} governors { name } }
    } }`;
    expect(operationProps(resolveInfoOf(query))).not.toBeNull();
    const without = await run(false, query);
    const withPrefetch = await run(true, query);
    expect(withPrefetch.data).toEqual(without.data);
    expect(withPrefetch.queries).toBe(2);
    const visits = without.data.regions.flatMap((r: any) => r.governors.flatMap((g: any) => g.governor.visits));
    expect(visits.length).toBeGreaterThanOrEqual(4);
  });

  describe('projected rows hold what lists filter and sort by (rows written for this test, removed after it)', () => {
    const P = 'person:prefetch-test';
    let disputed: string;
    beforeAll(async () => {
      const [row] = await api.db.executeRead<{ id: string }>({ cypher: 'MATCH (c:Country {disputed: true}) RETURN c.id AS id ORDER BY id LIMIT 1', params: {} });
      disputed = row!.id;
      // Visits whose ids sort against their dates; one that spans the window only through its end; a tenure ended before "at".
      await api.db.executeWrite({
        cypher: `CREATE (p:Entity:Person {id: $p, name: 'Prefetch Test', sourceIds: [], quotes: []})
WITH p MATCH (c:Country {id: $disputed}), (r:Region {id: 'region:RU-TA'}), (o:Organisation {id: 'org:turksoy'})
CREATE (p)-[:VISITED {id: 'visited:prefetch-test-a', start: '2010', startMin: '2010-01-01', startMax: '2010-12-31'}]->(c)
CREATE (p)-[:VISITED {id: 'visited:prefetch-test-b', start: '2009-12', startMin: '2009-12-01', startMax: '2009-12-31', end: '2011-02', endMin: '2011-02-01', endMax: '2011-02-28'}]->(c)
CREATE (p)-[:VISITED {id: 'visited:prefetch-test-c', start: '2006-05-03', startMin: '2006-05-03', startMax: '2006-05-03'}]->(c)
CREATE (p)-[:GOVERNED {id: 'governed:prefetch-test', start: '1990', startMin: '1990-01-01', startMax: '1990-12-31', end: '1991', endMin: '1991-01-01', endMax: '1991-12-31'}]->(r)
CREATE (p)-[:LED {id: 'led:prefetch-test', title: 'Test'}]->(o)`,
        params: { p: P, disputed },
      });
    });
    afterAll(async () => {
      await api.db.executeWrite({ cypher: 'MATCH (p:Person {id: $p}) DETACH DELETE p', params: { p: P } });
    });

    it.each([
      ['the order of visits (startMin)', `{ person(id: "${P}") { visits { id } } }`],
      ['a window that only an end or a start range reaches (startMax, endMax)', `{ person(id: "${P}") { visits(from: "2010-06", to: "2010-07") { id } } }`],
      ['governors in office on a day (endMax)', '{ region(code: "RU-TA") { governors(at: "1995") { id } } }'],
      ['a country reached through a visit (disputed)', `{ person(id: "${P}") { visits { country { disputed } } } }`],
      ['an organisation reached through a post (orgKind)', `{ person(id: "${P}") { posts { organisation { kind } } } }`],
    ])('%s', async (_, query) => {
      expect(operationProps(resolveInfoOf(query))).not.toBeNull();
      const without = await run(false, query);
      const withPrefetch = await run(true, query);
      expect(withPrefetch.data).toEqual(without.data);
      expect(withPrefetch.queries).toBe(1);
    });

    it('the rows above are what the cases need', async () => {
      const { data } = await run(false, `{ person(id: "${P}") { visits { id country { disputed } } w: visits(from: "2010-06", to: "2010-07") { id } posts { organisation { kind } } } }`);
      expect(data.person.visits.map((v: any) => v.id)).toEqual(['visited:prefetch-test-c', 'visited:prefetch-test-b', 'visited:prefetch-test-a']);
      expect(data.person.w.map((v: any) => v.id)).toEqual(['visited:prefetch-test-b', 'visited:prefetch-test-a']);
      expect(data.person.visits[0].country.disputed).toBe(true);
      expect(data.person.posts[0].organisation.kind).toBe('INTERGOVERNMENTAL');
      const tatarstan = await run(false, '{ region(code: "RU-TA") { governors(at: "1995") { id } all: governors { id } } }');
      expect(tatarstan.data.region.all.map((g: any) => g.id)).toContain('governed:prefetch-test');
      expect(tatarstan.data.region.governors.map((g: any) => g.id)).not.toContain('governed:prefetch-test');
    });
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
