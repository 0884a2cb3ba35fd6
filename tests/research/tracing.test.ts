import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CypherQuery } from '../../src/cypher/CypherQuery.js';
import { mergeNodes, mergeRelationships } from '../../src/cypher/seedWrites.js';
import type { Database } from '../../src/db/index.js';
import type { NodeKind, RelationshipType } from '../../src/seed/format.js';
import { toStoredProps } from '../../src/seed/toStoredProps.js';
import { useApi } from '../api/apiTestKit.js';
import { groupBy } from '../../src/domain/groupBy.js';

/**
 * Issue #3, "Tracing": paths (include/exclude types, hop cap, time window,
 * SHORTEST vs ALL_SHORTEST), kin partners, homelands, linked regions, and
 * natural vs distant contacts, against the real Neo4j over HTTP. The answers
 * are the seed's real answers (docs/readme/tracing.md quotes them); the
 * classification is also checked on a small fixture written into the test
 * graph and removed afterwards.
 */

const api = useApi();
const query = api.query;
const roundTrips = (text: string) => api.roundTrips(text);

interface GqlError {
  message: string;
  extensions?: Record<string, unknown>;
}


/** Runs an operation over HTTP that must fail; returns its first error. */
async function failure(text: string, variables?: Record<string, unknown>): Promise<GqlError> {
  const { body } = await api.raw(text, variables);
  expect(body.errors, JSON.stringify(body)).toBeDefined();
  return body.errors![0] as GqlError;
}


const ids = (list: ReadonlyArray<{ id: string }>): string[] => list.map((x) => x.id);

interface GPath {
  length: number;
  nodes: Array<{ id: string }>;
  edges: Array<{ id: string; type: string }>;
}

const PATHS = `query ($from: ID!, $to: ID!, $maxHops: Int, $types: [String!], $exclude: [String!], $fromDate: Date, $toDate: Date, $mode: PathMode, $first: Int) {
  paths(from: $from, to: $to, maxHops: $maxHops, relationshipTypes: $types, excludeRelationshipTypes: $exclude,
        fromDate: $fromDate, toDate: $toDate, mode: $mode, first: $first) {
    length nodes { id } edges { id type }
  }
}`;

const paths = async (variables: Record<string, unknown>): Promise<GPath[]> => (await query(PATHS, variables)).paths;
const edgeIds = (list: GPath[]): string[][] => list.map((p) => p.edges.map((e) => e.id));

/** The five two-hop paths from Tatarstan to Turkey in the seed, in the documented order (by relationship ids). */
const TATARSTAN_TURKEY_SHORTEST = [
  ['governed:mintimer-shaimiev-tatarstan', 'met:mintimer-shaimiev-turkey'],
  ['governed:rustam-minnikhanov-tatarstan', 'met:rustam-minnikhanov-turkey'],
  ['made:tatarstan-tatarstan-lobbying-turkish-sanctions', 'about:tatarstan-lobbying-turkish-sanctions-turkey'],
  ['member-of:tatarstan-turksoy', 'member-of:turkey-turksoy'],
  ['titular-in:tatars-tatarstan', 'kin-of:tatars-turkey'],
];

describe('Query.paths: exclusions, time window, ALL_SHORTEST', () => {
  it('keeps the old signature: Ingushetia to Jordan, shortest first, via Murat Zyazikov', async () => {
    const got = await paths({ from: 'region:RU-IN', to: 'country:JO' });
    expect(got[0]?.nodes.map((n) => n.id)).toEqual(['region:RU-IN', 'person:murat-zyazikov', 'country:JO']);
    expect(got.map((p) => p.length)).toEqual([...got.map((p) => p.length)].sort((a, b) => a - b));
  });

  it('mode ALL_SHORTEST gives only the paths of minimal length: the one via Zyazikov, and the five Tatarstan-Turkey paths', async () => {
    expect(edgeIds(await paths({ from: 'region:RU-IN', to: 'country:JO', mode: 'ALL_SHORTEST' }))).toEqual([
      ['governed:murat-zyazikov-ingushetia', 'visited:murat-zyazikov-jordan'],
    ]);
    const all = await paths({ from: 'region:RU-TA', to: 'country:TR', mode: 'ALL_SHORTEST', first: 50 });
    expect(all.every((p) => p.length === 2)).toBe(true);
    expect(edgeIds(all)).toEqual(TATARSTAN_TURKEY_SHORTEST);
  });

  it('excludeRelationshipTypes: without GOVERNED, Ingushetia reaches Jordan first through the Ingush diaspora', async () => {
    const got = await paths({ from: 'region:RU-IN', to: 'country:JO', exclude: ['GOVERNED'], first: 50 });
    expect(got.length).toBeGreaterThan(0);
    expect(got.slice(0, 2).map((p) => p.nodes.map((n) => n.id))).toEqual([
      ['region:RU-IN', 'group:ingush', 'diaspora:ingush-in-jordan', 'country:JO'],
      ['region:RU-IN', 'group:ingush', 'diaspora:ingush-in-jordan', 'person:murat-zyazikov', 'country:JO'],
    ]);
    expect(got.flatMap((p) => p.edges).some((e) => e.type === 'GOVERNED')).toBe(false);
  });

  // Brute force over the seed: every walk of 1..maxHops hops that repeats no relationship (Cypher's
  // own variable-length match, exhaustive), and of those the paths (no repeated node), ordered as
  // documented. Each case has walks that repeat a node (so the no-repeat test is exercised) and
  // paths longer than the shortest (so the search by length runs); no length has more than 50 paths,
  // so SHORTEST must give exactly the first `first` of them.
  // The search starts from the end with fewer relationships and turns the paths round when that is `to`: the last
  // column says which end that is, and the test checks it, so both ways are exercised.
  it.each([
    ['region:RU-TA', 'country:TR', 5, 'to'],
    ['country:TR', 'region:RU-TA', 5, 'from'],
    ['region:RU-TA', 'group:tatars', 4, 'to'],
    ['person:mintimer-shaimiev', 'country:TR', 4, 'from'],
    ['country:TR', 'person:mintimer-shaimiev', 4, 'to'],
    ['person:murat-zyazikov', 'group:ingush', 5, 'to'],
    ['group:ingush', 'person:murat-zyazikov', 5, 'from'],
  ] as const)('issue 6: the longer paths found length by length are the k shortest simple paths (%s to %s, up to %i hops; fewer relationships at %s)', async (from, to, maxHops, fewer) => {
    const [ends] = await api.db.executeRead<{ from: number; to: number }>({
      cypher: 'MATCH (a:Entity {id: $from}), (b:Entity {id: $to}) RETURN COUNT { (a)--() } AS from, COUNT { (b)--() } AS to',
      params: { from, to },
    });
    expect(fewer === 'from' ? ends!.from <= ends!.to : ends!.to < ends!.from).toBe(true);
    const walks = await api.db.executeRead<{ edgeIds: string[]; simple: boolean }>({
      cypher: `MATCH p = (a:Entity {id: $from})-[*1..${maxHops}]-(b:Entity {id: $to})
WHERE all(r IN relationships(p) WHERE type(r) <> 'RETRACTED')
RETURN [r IN relationships(p) | r.id] AS edgeIds,
       all(i IN range(0, length(p) - 1) WHERE none(j IN range(i + 1, length(p)) WHERE nodes(p)[i] = nodes(p)[j])) AS simple
ORDER BY size(edgeIds), edgeIds`,
      params: { from, to },
    });
    const everyPath = walks.filter((w) => w.simple).map((w) => w.edgeIds);
    expect(walks.length).toBeGreaterThan(everyPath.length);
    const perLength = new Map<number, number>();
    for (const e of everyPath) perLength.set(e.length, (perLength.get(e.length) ?? 0) + 1);
    expect(Math.max(...perLength.values())).toBeLessThanOrEqual(50);
    expect(perLength.size).toBeGreaterThan(1);
    const first = Math.min(50, everyPath.length);
    const got = await paths({ from, to, maxHops, first });
    expect(edgeIds(got)).toEqual(everyPath.slice(0, first));
    for (const p of got) expect(new Set(p.nodes.map((n) => n.id)).size).toBe(p.length + 1);
  });

  it('an excluded type wins over an included one', async () => {
    const got = await paths({
      from: 'region:RU-IN', to: 'country:JO',
      types: ['GOVERNED', 'VISITED', 'TITULAR_IN', 'DIASPORA_OF', 'LIVES_IN'], exclude: ['VISITED'],
    });
    expect(edgeIds(got)).toEqual([['titular-in:ingush-ingushetia', 'diaspora-of:ingush-in-jordan', 'lives-in:ingush-in-jordan']]);
  });

  it('a window drops dated relationships outside it and keeps undated ones: Tatarstan-Turkey before 2005 loses the 2005-2015 meetings', async () => {
    const before = await paths({ from: 'region:RU-TA', to: 'country:TR', mode: 'ALL_SHORTEST', toDate: '2004' });
    expect(edgeIds(before)).toEqual(TATARSTAN_TURKEY_SHORTEST.slice(2));
    const during = await paths({ from: 'region:RU-TA', to: 'country:TR', mode: 'ALL_SHORTEST', fromDate: '2005', toDate: '2010' });
    expect(edgeIds(during)).toEqual(TATARSTAN_TURKEY_SHORTEST);
    const after = await paths({ from: 'region:RU-TA', to: 'country:TR', mode: 'ALL_SHORTEST', fromDate: '2016' });
    expect(edgeIds(after)).toEqual(TATARSTAN_TURKEY_SHORTEST.slice(2));
  });

  it('a window can cut the only short route: Ingushetia-Jordan from 2009 on no longer runs through Zyazikov (2002-2008)', async () => {
    const got = await paths({ from: 'region:RU-IN', to: 'country:JO', fromDate: '2009', first: 50 });
    expect(got.length).toBeGreaterThan(0);
    expect(got.flatMap((p) => p.edges).some((e) => e.id.includes('murat-zyazikov'))).toBe(false);
    expect(got[0]?.edges.map((e) => e.id)).toEqual(['titular-in:ingush-ingushetia', 'diaspora-of:ingush-in-jordan', 'lives-in:ingush-in-jordan']);
  });

  it('visits no node twice (Chechnya to Dmitry Peskov within 6 hops)', async () => {
    const got = await paths({ from: 'region:RU-CE', to: 'person:dmitry-peskov', maxHops: 6, first: 50 });
    expect(got.length).toBeGreaterThan(0);
    for (const p of got) expect(new Set(ids(p.nodes)).size).toBe(p.nodes.length);
  });

  it('rejects a hop cap above 6, unknown excluded types and a window that ends before it starts with BAD_USER_INPUT', async () => {
    const maxHops = await failure(PATHS, { from: 'region:RU-IN', to: 'country:JO', maxHops: 7 });
    expect(maxHops.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'maxHops' });
    expect(maxHops.message).toBe('maxHops must be an integer from 1 to 6, received 7');
    const exclude = await failure(PATHS, { from: 'region:RU-IN', to: 'country:JO', exclude: ['FRIEND_OF'] });
    expect(exclude.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'excludeRelationshipTypes' });
    expect(exclude.message).toContain('"FRIEND_OF"');
    const window = await failure(PATHS, { from: 'region:RU-IN', to: 'country:JO', fromDate: '2010', toDate: '2009-12' });
    expect(window.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'fromDate' });
    expect(window.message).toBe('fromDate must not be after toDate, received fromDate "2010" and toDate "2009-12"');
  });

  it('answers in one round-trip with every new argument', async () => {
    expect(await roundTrips(`{ paths(from: "region:RU-TA", to: "country:TR", excludeRelationshipTypes: ["ABOUT"],
      fromDate: "2005", toDate: "2015", mode: ALL_SHORTEST) { nodes { id } edges { id } } }`)).toBe(1);
  });
});

const KIN_PARTNERS = `{
  regions {
    code
    kinPartners {
      country { code } basis groundKind group { id } diaspora { id } visited
      evidence { __typename ... on Visit { id } ... on Meeting { id } }
      path { length nodes { id } edges { id } }
    }
  }
}`;

describe('Region.kinPartners', () => {
  it('lists every region’s kin and diaspora partners, whether its governors engaged them, with evidence and path', async () => {
    const regions: Array<{ code: string; kinPartners: unknown[] }> = (await query(KIN_PARTNERS)).regions;
    const withPartners = regions.filter((r) => r.kinPartners.length > 0);
    expect(withPartners.map((r) => r.code)).toEqual(['RU-BU', 'RU-IN', 'RU-KO', 'RU-TA']);
    const partners = Object.fromEntries(withPartners.map((r) => [r.code, r.kinPartners]));
    expect(partners['RU-BU']).toEqual([
      {
        country: { code: 'MN' }, basis: 'KINSHIP', groundKind: 'ETHNIC', group: { id: 'group:buryats' }, diaspora: null,
        visited: false, evidence: [],
        path: { length: 2, nodes: [{ id: 'region:RU-BU' }, { id: 'group:buryats' }, { id: 'country:MN' }],
          edges: [{ id: 'titular-in:buryats-buryatia' }, { id: 'kin-of:buryats-mongolia' }] },
      },
    ]);
    expect(partners['RU-IN']).toEqual([
      {
        country: { code: 'JO' }, basis: 'DIASPORA', groundKind: null, group: { id: 'group:ingush' }, diaspora: { id: 'diaspora:ingush-in-jordan' },
        visited: true,
        evidence: [
          { __typename: 'Meeting', id: 'met:murat-zyazikov-ingush-in-jordan' },
          { __typename: 'Visit', id: 'visited:murat-zyazikov-jordan' },
        ],
        path: { length: 3, nodes: [{ id: 'region:RU-IN' }, { id: 'group:ingush' }, { id: 'diaspora:ingush-in-jordan' }, { id: 'country:JO' }],
          edges: [{ id: 'titular-in:ingush-ingushetia' }, { id: 'diaspora-of:ingush-in-jordan' }, { id: 'lives-in:ingush-in-jordan' }] },
      },
      {
        country: { code: 'KZ' }, basis: 'DIASPORA', groundKind: null, group: { id: 'group:ingush' }, diaspora: { id: 'diaspora:ingush-in-kazakhstan' },
        visited: true,
        evidence: [{ __typename: 'Visit', id: 'visited:yunus-bek-yevkurov-kazakhstan' }],
        path: { length: 3, nodes: [{ id: 'region:RU-IN' }, { id: 'group:ingush' }, { id: 'diaspora:ingush-in-kazakhstan' }, { id: 'country:KZ' }],
          edges: [{ id: 'titular-in:ingush-ingushetia' }, { id: 'diaspora-of:ingush-in-kazakhstan' }, { id: 'lives-in:ingush-in-kazakhstan' }] },
      },
    ]);
    // Komi: Finland and Hungary are kin, but the seed records no visit or meeting of a Komi governor.
    expect(partners['RU-KO']).toMatchObject([
      { country: { code: 'FI' }, basis: 'KINSHIP', groundKind: 'LINGUISTIC', group: { id: 'group:komi' }, visited: false, evidence: [] },
      { country: { code: 'HU' }, basis: 'KINSHIP', groundKind: 'LINGUISTIC', group: { id: 'group:komi' }, visited: false, evidence: [] },
    ]);
    expect(partners['RU-TA']).toMatchObject([
      {
        country: { code: 'TR' }, basis: 'KINSHIP', groundKind: 'LINGUISTIC', group: { id: 'group:tatars' }, visited: true,
        evidence: [
          { __typename: 'Meeting', id: 'met:mintimer-shaimiev-turkey' },
          { __typename: 'Meeting', id: 'met:rustam-minnikhanov-turkey' },
        ],
      },
    ]);
  });

  it('takes two round-trips for all 83 regions (the regions, then one kin-partner query), three with the evidence’s sources', async () => {
    expect(await roundTrips(KIN_PARTNERS)).toBe(2);
    expect(await roundTrips('{ regions { kinPartners { evidence { ... on Visit { sources { id } } ... on Meeting { sources { id } } } } } }')).toBe(3);
  });
});

describe('EthnicGroup.homelands, kinCountries, diasporas', () => {
  it('the Ingush: homeland Ingushetia, no kin country, diasporas in Jordan and Kazakhstan', async () => {
    const { ethnicGroup } = await query(`{ ethnicGroup(id: "group:ingush") {
      homelands { code } kinCountries { country { code } } diasporas { id hostCountry { code } } } }`);
    expect(ethnicGroup.homelands).toEqual([{ code: 'RU-IN' }]);
    expect(ethnicGroup.kinCountries).toEqual([]);
    expect([...ethnicGroup.diasporas].sort((a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id))).toEqual([
      { id: 'diaspora:ingush-in-jordan', hostCountry: { code: 'JO' } },
      { id: 'diaspora:ingush-in-kazakhstan', hostCountry: { code: 'KZ' } },
    ]);
  });

  it('every group’s homelands', async () => {
    const { ethnicGroups } = await query('{ ethnicGroups { id homelands { code } } }');
    expect(Object.fromEntries(ethnicGroups.map((g: any) => [g.id, g.homelands.map((r: { code: string }) => r.code)]))).toEqual({
      'group:buryats': ['RU-BU'], 'group:ingush': ['RU-IN'], 'group:karelians': ['RU-KR'], 'group:komi': ['RU-KO'],
      'group:mari': ['RU-ME'], 'group:mordvins': ['RU-MO'], 'group:tatars': ['RU-TA'], 'group:udmurts': ['RU-UD'],
    });
  });
});

const LINKED = `query ($code: String!) { country(code: $code) { linkedRegions { region { code } country { code } via path { nodes { id } edges { id } } } } }`;
const linkedRegions = async (code: string): Promise<Array<{ region: { code: string }; via: string; path: { nodes: Array<{ id: string }>; edges: Array<{ id: string }> } }>> =>
  (await query(LINKED, { code })).country.linkedRegions;

describe('Country.linkedRegions', () => {
  it('Turkey: Tatarstan by kinship, by two governors’ meetings and by Türksoy', async () => {
    const links = await linkedRegions('TR');
    expect(links.map((l) => [l.region.code, l.via, ...l.path.edges.map((e) => e.id)])).toEqual([
      ['RU-TA', 'KINSHIP', 'titular-in:tatars-tatarstan', 'kin-of:tatars-turkey'],
      ['RU-TA', 'MEETING', 'governed:mintimer-shaimiev-tatarstan', 'met:mintimer-shaimiev-turkey'],
      ['RU-TA', 'MEETING', 'governed:rustam-minnikhanov-tatarstan', 'met:rustam-minnikhanov-turkey'],
      ['RU-TA', 'MEMBERSHIP', 'member-of:tatarstan-turksoy', 'member-of:turkey-turksoy'],
    ]);
    for (const link of links) {
      expect(link.path.nodes[0]?.id).toBe('region:RU-TA');
      expect(link.path.nodes.at(-1)?.id).toBe('country:TR');
    }
  });

  it('Jordan: Ingushetia by diaspora, by Zyazikov’s visits and by his meeting with the diaspora', async () => {
    expect((await linkedRegions('JO')).map((l) => [l.region.code, l.via, ...l.path.nodes.map((n) => n.id)])).toEqual([
      ['RU-IN', 'DIASPORA', 'region:RU-IN', 'group:ingush', 'diaspora:ingush-in-jordan', 'country:JO'],
      ['RU-IN', 'VISIT', 'region:RU-IN', 'person:murat-zyazikov', 'country:JO'],
      ['RU-IN', 'MEETING', 'region:RU-IN', 'person:murat-zyazikov', 'diaspora:ingush-in-jordan', 'country:JO'],
    ]);
  });

  it('Kazakhstan, Mongolia, Finland, Hungary: the seed’s other links; China: none', async () => {
    expect((await linkedRegions('KZ')).map((l) => [l.region.code, l.via])).toEqual([['RU-IN', 'DIASPORA'], ['RU-IN', 'VISIT']]);
    expect((await linkedRegions('MN')).map((l) => [l.region.code, l.via])).toEqual([['RU-BU', 'KINSHIP']]);
    expect((await linkedRegions('FI')).map((l) => [l.region.code, l.via])).toEqual([['RU-KO', 'KINSHIP']]);
    expect((await linkedRegions('HU')).map((l) => [l.region.code, l.via])).toEqual([['RU-KO', 'KINSHIP']]);
    expect(await linkedRegions('CN')).toEqual([]);
  });

  it('takes two round-trips for every country (the countries, then one link query)', async () => {
    expect(await roundTrips('{ a: country(code: "TR") { linkedRegions { via path { length } } } b: country(code: "JO") { linkedRegions { via } } }')).toBe(2);
  });
});

const CONTACTS = `query ($id: ID!, $from: Date, $to: Date) {
  person(id: $id) {
    contacts(from: $from, to: $to) {
      kind classification natural basis group { id } regions { code } countries { code } start end reason
      event { ... on Visit { id } ... on Meeting { id } }
      path { nodes { id } }
    }
  }
}`;
const contactsOf = async (id: string, window: { from?: string; to?: string } = {}): Promise<any[]> =>
  (await query(CONTACTS, { id, ...window })).person.contacts;

describe('Person.contacts: natural vs distant partners on the seed', () => {
  it('Murat Zyazikov: the Ingush diaspora and Jordan are natural (diaspora); King Abdullah II is tied to no country', async () => {
    expect(await contactsOf('person:murat-zyazikov')).toEqual([
      {
        kind: 'MEETING', classification: 'UNPLACED', natural: false, basis: null, group: null, regions: [{ code: 'RU-IN' }], countries: [],
        start: '2002', end: '2008', reason: 'the counterpart (Abdullah II) is linked to no country in the graph',
        event: { id: 'met:murat-zyazikov-abdullah-ii' }, path: null,
      },
      {
        kind: 'MEETING', classification: 'NATURAL', natural: true, basis: 'DIASPORA', group: { id: 'group:ingush' }, regions: [{ code: 'RU-IN' }],
        countries: [{ code: 'JO' }], start: '2002', end: '2008',
        reason: 'Jordan hosts a diaspora of the Ingush (Ingush diaspora in Jordan), titular in Ingushetia',
        event: { id: 'met:murat-zyazikov-ingush-in-jordan' },
        path: { nodes: [{ id: 'region:RU-IN' }, { id: 'group:ingush' }, { id: 'diaspora:ingush-in-jordan' }, { id: 'country:JO' }] },
      },
      {
        kind: 'VISIT', classification: 'NATURAL', natural: true, basis: 'DIASPORA', group: { id: 'group:ingush' }, regions: [{ code: 'RU-IN' }],
        countries: [{ code: 'JO' }], start: '2002', end: '2008',
        reason: 'Jordan hosts a diaspora of the Ingush (Ingush diaspora in Jordan), titular in Ingushetia',
        event: { id: 'visited:murat-zyazikov-jordan' },
        path: { nodes: [{ id: 'region:RU-IN' }, { id: 'group:ingush' }, { id: 'diaspora:ingush-in-jordan' }, { id: 'country:JO' }] },
      },
    ]);
  });

  it('Tatarstan’s heads meeting Turkey’s head of state: natural by (linguistic) kinship', async () => {
    for (const id of ['person:mintimer-shaimiev', 'person:rustam-minnikhanov']) {
      expect(await contactsOf(id)).toMatchObject([
        { kind: 'MEETING', classification: 'NATURAL', basis: 'KINSHIP', group: { id: 'group:tatars' }, countries: [{ code: 'TR' }],
          reason: 'Türkiye is a kin country of the Tatars (LINGUISTIC), titular in Tatarstan' },
      ]);
    }
  });

  it('Ramzan Kadyrov’s visits to the Arabian Peninsula and the Levant name no country: unplaced', async () => {
    expect((await contactsOf('person:ramzan-kadyrov')).map((c) => [c.classification, c.reason])).toEqual([
      ['UNPLACED', 'the visit is to a wider area (Arabian Peninsula), not a country'],
      ['UNPLACED', 'the visit is to a wider area (Levant), not a country'],
    ]);
  });

  it('with a window, only contacts that may fall in it: Zyazikov in 2009 has none, Yevkurov in 2010 his Kazakhstan visits', async () => {
    expect(await contactsOf('person:murat-zyazikov', { from: '2009' })).toEqual([]);
    expect((await contactsOf('person:yunus-bek-yevkurov', { from: '2010', to: '2010' })).map((c) => [c.event.id, c.classification, c.basis])).toEqual([
      ['visited:yunus-bek-yevkurov-kazakhstan', 'NATURAL', 'DIASPORA'],
    ]);
    expect((await contactsOf('person:ramzan-kadyrov', { from: '2007' }))).toEqual([]);
  });

  it('rejects a window that ends before it starts', async () => {
    const error = await failure(CONTACTS, { id: 'person:murat-zyazikov', from: '2009', to: '2008' });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'from' });
  });
});

const PROFILE = `query ($code: String!, $from: Date, $to: Date) {
  region(code: $code) {
    partnerProfile(from: $from, to: $to) {
      from to kinCountries { code } natural distant unplaced
      governors {
        governor { id } tenure { start end } natural distant unplaced naturalShare
        naturalCountries { code } distantCountries { code }
        contacts { classification event { ... on Visit { id } ... on Meeting { id } } }
      }
      claims { id }
    }
  }
}`;
const profileOf = async (code: string, window: { from?: string; to?: string } = {}): Promise<any> =>
  (await query(PROFILE, { code, ...window })).region.partnerProfile;

describe('Region.partnerProfile on the seed', () => {
  it('Komi: Finland and Hungary are kin, but no Komi governor has a recorded contact; the shift is a Claim, not counted', async () => {
    const profile = await profileOf('RU-KO');
    expect(profile).toEqual({
      from: null, to: null, kinCountries: [{ code: 'FI' }, { code: 'HU' }], natural: 0, distant: 0, unplaced: 0,
      governors: [
        { governor: { id: 'person:vladimir-torlopov' }, tenure: { start: '2002', end: '2010' } },
        { governor: { id: 'person:vyacheslav-gaizer' }, tenure: { start: '2010', end: '2015' } },
        { governor: { id: 'person:sergei-gaplikov' }, tenure: { start: '2015', end: '2020' } },
      ].map((g) => ({ ...g, natural: 0, distant: 0, unplaced: 0, naturalShare: null, naturalCountries: [], distantCountries: [], contacts: [] })),
      claims: [
        { id: 'claim:finno-ugric-republics-heads-events' },
        { id: 'claim:komi-finno-ugric-cooperation-since-1990s' },
        { id: 'claim:komi-governors-speak-komi' },
        { id: 'claim:komi-half-of-contacts-with-finland-hungary' },
        { id: 'claim:komi-profile-shift-after-gaplikov' },
      ],
    });
  });

  it('Ingushetia: Zyazikov 2 natural and 1 unplaced, Yevkurov 1 natural; from 2009 only Yevkurov', async () => {
    const profile = await profileOf('RU-IN');
    expect(profile).toMatchObject({ kinCountries: [{ code: 'JO' }, { code: 'KZ' }], natural: 3, distant: 0, unplaced: 1, claims: [] });
    expect(profile.governors.map((g: any) => [g.governor.id, g.natural, g.distant, g.unplaced, g.naturalShare, g.naturalCountries])).toEqual([
      ['person:murat-zyazikov', 2, 0, 1, 1, [{ code: 'JO' }]],
      ['person:yunus-bek-yevkurov', 1, 0, 0, 1, [{ code: 'KZ' }]],
    ]);
    const since2009 = await profileOf('RU-IN', { from: '2009' });
    expect(since2009).toMatchObject({ from: '2009', to: null, natural: 1, distant: 0, unplaced: 0 });
    expect(since2009.governors.map((g: any) => g.governor.id)).toEqual(['person:yunus-bek-yevkurov']);
  });

  it('Tatarstan: both heads’ meetings with Turkey are natural', async () => {
    const profile = await profileOf('RU-TA');
    expect(profile.governors.map((g: any) => [g.governor.id, g.natural, g.distant, g.naturalCountries])).toEqual([
      ['person:mintimer-shaimiev', 1, 0, [{ code: 'TR' }]],
      ['person:rustam-minnikhanov', 1, 0, [{ code: 'TR' }]],
    ]);
  });

  it('takes two round-trips for all 83 regions', async () => {
    expect(await roundTrips('{ regions { partnerProfile { natural governors { governor { name } contacts { reason countries { name } } } claims { id } } } }')).toBe(2);
  });
});

/**
 * A fixture in the test graph (ids prefixed `fixture:`), to check the
 * classification where the seed has no events: two fictitious heads of Komi,
 * one engaging Finno-Ugric partners (Finland; a Komi diaspora in Estonia),
 * the other ethnically distant ones (China; a company based in Japan).
 */
const FIXTURE_PREFIX = 'fixture:';

const node = (kind: NodeKind, id: string, fields: Record<string, unknown>) => ({ id, kind, props: toStoredProps({ id, ...fields }, []) });
const rel = (type: RelationshipType, id: string, from: string, to: string, fields: Record<string, unknown> = {}) => ({
  id, type, from, to, props: toStoredProps({ id, ...fields }, []),
});

const FIXTURE_NODES = [
  node('Person', 'fixture:kin-minded-head', { name: 'Fixture Kin-Minded Head' }),
  node('Person', 'fixture:distant-head', { name: 'Fixture Distant Head' }),
  node('Person', 'fixture:envoy', { name: 'Fixture Envoy' }),
  node('Diaspora', 'fixture:komi-in-estonia', { name: 'Fixture Komi in Estonia' }),
  node('Organisation', 'fixture:trading-house', { name: 'Fixture Trading House', orgKind: 'COMPANY' }),
];

const FIXTURE_RELATIONSHIPS = [
  rel('GOVERNED', 'fixture:governed-kin', 'fixture:kin-minded-head', 'region:RU-KO', { start: '2012-01', end: '2014-12' }),
  rel('GOVERNED', 'fixture:governed-distant', 'fixture:distant-head', 'region:RU-KO', { start: '2016', end: '2019' }),
  rel('DIASPORA_OF', 'fixture:diaspora-of', 'fixture:komi-in-estonia', 'group:komi'),
  rel('LIVES_IN', 'fixture:lives-in', 'fixture:komi-in-estonia', 'country:EE'),
  rel('BASED_IN', 'fixture:based-in', 'fixture:trading-house', 'country:JP'),
  rel('VISITED', 'fixture:visited-fi', 'fixture:kin-minded-head', 'country:FI', { start: '2013-05' }),
  rel('MET', 'fixture:met-diaspora', 'fixture:kin-minded-head', 'fixture:komi-in-estonia', { start: '2014-03' }),
  rel('VISITED', 'fixture:visited-hu-later', 'fixture:kin-minded-head', 'country:HU', { start: '2016-06' }),
  rel('VISITED', 'fixture:visited-cn', 'fixture:distant-head', 'country:CN', { start: '2017-06' }),
  rel('MET', 'fixture:met-company', 'fixture:distant-head', 'fixture:trading-house', { start: '2018' }),
  rel('VISITED', 'fixture:visited-fi-2019', 'fixture:distant-head', 'country:FI', { start: '2019-02' }),
  rel('MET', 'fixture:met-envoy', 'fixture:distant-head', 'fixture:envoy'),
];

/** Removes every fixture node (and so every fixture relationship: each touches a fixture node). */
const deleteFixture = (): CypherQuery => ({
  cypher: 'MATCH (n:Entity) WHERE n.id STARTS WITH $prefix DETACH DELETE n',
  params: { prefix: FIXTURE_PREFIX },
});

async function writeFixture(db: Database): Promise<void> {
  await db.executeWriteAll([deleteFixture(), ...fixtureWrites(FIXTURE_NODES, FIXTURE_RELATIONSHIPS)]);
}

/** The writes that merge `nodes` (grouped by kind) and then `relationships` (grouped by type). */
function fixtureWrites(nodes: typeof FIXTURE_NODES, relationships: typeof FIXTURE_RELATIONSHIPS): CypherQuery[] {
  return [
    ...[...groupBy(nodes, (n) => n.kind)].map(([kind, rows]) => mergeNodes(kind, rows)),
    ...[...groupBy(relationships, (r) => r.type)].map(([type, rows]) => mergeRelationships(type, rows)),
  ];
}

describe('natural vs distant partners on a fixture (two fictitious heads of Komi)', () => {
  beforeAll(async () => {
    await writeFixture(api.db);
  });
  afterAll(async () => {
    await api.db.executeWrite(deleteFixture());
  });

  it('wrote the fixture', async () => {
    const [row] = await api.db.executeRead<{ nodes: number; relationships: number }>({
      cypher: `MATCH (n:Entity) WHERE n.id STARTS WITH $prefix
OPTIONAL MATCH (n)-[r]-() WHERE r.id STARTS WITH $prefix
RETURN count(DISTINCT n) AS nodes, count(DISTINCT r) AS relationships`,
      params: { prefix: FIXTURE_PREFIX },
    });
    expect(row).toEqual({ nodes: FIXTURE_NODES.length, relationships: FIXTURE_RELATIONSHIPS.length });
  });

  it('the kin-minded head: Finland natural by kinship, the Komi in Estonia natural by diaspora, Hungary after his tenure distant', async () => {
    expect((await contactsOf('fixture:kin-minded-head')).map((c) => [c.event.id, c.classification, c.basis, c.group?.id ?? null, c.regions, c.countries, c.reason])).toEqual([
      ['fixture:visited-fi', 'NATURAL', 'KINSHIP', 'group:komi', [{ code: 'RU-KO' }], [{ code: 'FI' }],
        'Finland is a kin country of the Komi (LINGUISTIC), titular in Komi Republic'],
      ['fixture:met-diaspora', 'NATURAL', 'DIASPORA', 'group:komi', [{ code: 'RU-KO' }], [{ code: 'EE' }],
        'Estonia hosts a diaspora of the Komi (Fixture Komi in Estonia), titular in Komi Republic'],
      ['fixture:visited-hu-later', 'DISTANT', null, null, [], [{ code: 'HU' }],
        'Hungary: made while governing no region, so no titular group applies'],
    ]);
  });

  it('the distant head: China and a Japanese company distant, Finland natural, an envoy tied to no country unplaced (last: undated)', async () => {
    expect((await contactsOf('fixture:distant-head')).map((c) => [c.event.id, c.classification, c.countries, c.reason])).toEqual([
      ['fixture:visited-cn', 'DISTANT', [{ code: 'CN' }],
        'People\'s Republic of China: not a kin or diaspora country of the titular group(s) of Komi Republic (Komi)'],
      ['fixture:met-company', 'DISTANT', [{ code: 'JP' }], 'Japan: not a kin or diaspora country of the titular group(s) of Komi Republic (Komi)'],
      ['fixture:visited-fi-2019', 'NATURAL', [{ code: 'FI' }], 'Finland is a kin country of the Komi (LINGUISTIC), titular in Komi Republic'],
      ['fixture:met-envoy', 'UNPLACED', [], 'the counterpart (Fixture Envoy) is linked to no country in the graph'],
    ]);
  });

  it('Komi’s profile from 2011 shows the shift: the kin-minded head all natural, the distant head one natural in three', async () => {
    const profile = await profileOf('RU-KO', { from: '2011' });
    expect(profile).toMatchObject({ from: '2011', kinCountries: [{ code: 'EE' }, { code: 'FI' }, { code: 'HU' }], natural: 3, distant: 2, unplaced: 0 });
    expect(profile.governors.map((g: any) => [g.governor.id, g.natural, g.distant, g.unplaced, g.naturalShare, g.naturalCountries, g.distantCountries])).toEqual([
      ['person:vyacheslav-gaizer', 0, 0, 0, null, [], []],
      ['fixture:kin-minded-head', 2, 0, 0, 1, [{ code: 'EE' }, { code: 'FI' }], []],
      ['person:sergei-gaplikov', 0, 0, 0, null, [], []],
      ['fixture:distant-head', 1, 2, 0, 0.3333, [{ code: 'FI' }], [{ code: 'JP' }, { code: 'CN' }]],
    ]);
    // Without a window the undated meeting counts too (unplaced), and Torlopov's tenure is back.
    const all = await profileOf('RU-KO');
    expect(all).toMatchObject({ natural: 3, distant: 2, unplaced: 1 });
    expect(all.governors).toHaveLength(5);
  });

  it('Komi’s kin partners: Finland visited (by both heads), Hungary not (the visit came after the tenure), Estonia by diaspora', async () => {
    const { region } = await query(`{ region(code: "RU-KO") { kinPartners { country { code } basis diaspora { id } visited
      evidence { ... on Visit { id } ... on Meeting { id } } path { nodes { id } } } } }`);
    expect(region.kinPartners).toEqual([
      { country: { code: 'FI' }, basis: 'KINSHIP', diaspora: null, visited: true,
        evidence: [{ id: 'fixture:visited-fi' }, { id: 'fixture:visited-fi-2019' }],
        path: { nodes: [{ id: 'region:RU-KO' }, { id: 'group:komi' }, { id: 'country:FI' }] } },
      { country: { code: 'HU' }, basis: 'KINSHIP', diaspora: null, visited: false, evidence: [],
        path: { nodes: [{ id: 'region:RU-KO' }, { id: 'group:komi' }, { id: 'country:HU' }] } },
      { country: { code: 'EE' }, basis: 'DIASPORA', diaspora: { id: 'fixture:komi-in-estonia' }, visited: true,
        evidence: [{ id: 'fixture:met-diaspora' }],
        path: { nodes: [{ id: 'region:RU-KO' }, { id: 'group:komi' }, { id: 'fixture:komi-in-estonia' }, { id: 'country:EE' }] } },
    ]);
  });

  it('issue 6: kinPartners(evidenceFirst) lists only the oldest evidence; evidenceCount and visited still count all', async () => {
    const { region } = await query(`{ region(code: "RU-KO") {
      one: kinPartners(evidenceFirst: 1) { country { code } visited evidenceCount evidence { ... on Visit { id } ... on Meeting { id } } }
      none: kinPartners(evidenceFirst: 0) { country { code } visited evidenceCount evidence { __typename } } } }`);
    expect(region.one).toEqual([
      { country: { code: 'FI' }, visited: true, evidenceCount: 2, evidence: [{ id: 'fixture:visited-fi' }] },
      { country: { code: 'HU' }, visited: false, evidenceCount: 0, evidence: [] },
      { country: { code: 'EE' }, visited: true, evidenceCount: 1, evidence: [{ id: 'fixture:met-diaspora' }] },
    ]);
    expect(region.none.map((p: { visited: boolean; evidenceCount: number; evidence: unknown[] }) => [p.visited, p.evidenceCount, p.evidence.length]))
      .toEqual([[true, 2, 0], [false, 0, 0], [true, 1, 0]]);
    const { body } = await api.raw('{ region(code: "RU-KO") { kinPartners(evidenceFirst: 1001) { evidenceCount } } }');
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'evidenceFirst' });
    expect(body.errors?.[0]?.message).toBe('evidenceFirst must be an integer from 0 to 1000, received 1001');
  });

  it('linked regions of China, Japan and Estonia: Komi by visit, by meeting (through the company) and by diaspora and meeting', async () => {
    expect((await linkedRegions('CN')).map((l) => [l.region.code, l.via, ...l.path.edges.map((e) => e.id)])).toEqual([
      ['RU-KO', 'VISIT', 'fixture:governed-distant', 'fixture:visited-cn'],
    ]);
    expect((await linkedRegions('JP')).map((l) => [l.region.code, l.via, ...l.path.nodes.map((n) => n.id)])).toEqual([
      ['RU-KO', 'MEETING', 'region:RU-KO', 'fixture:distant-head', 'fixture:trading-house', 'country:JP'],
    ]);
    expect((await linkedRegions('EE')).map((l) => [l.region.code, l.via])).toEqual([['RU-KO', 'DIASPORA'], ['RU-KO', 'MEETING']]);
  });

  // Issue 6: the evidence query now gathers the targets linked to the partner countries first and takes
  // each partner's oldest evidence with a top-N per country; these rows make both parts decide an answer.
  describe('issue 6: kin-partner evidence through a leader of an organisation based in the partner country, oldest first', () => {
    const LEADER_NODES = [
      node('Person', 'fixture:fi-leader', { name: 'Fixture Finnish Leader' }),
      node('Organisation', 'fixture:fi-society', { name: 'Fixture Finnish Society', orgKind: 'NGO' }),
    ];
    const LEADER_RELATIONSHIPS = [
      rel('LED', 'fixture:led-fi-society', 'fixture:fi-leader', 'fixture:fi-society'),
      rel('BASED_IN', 'fixture:fi-society-based-in', 'fixture:fi-society', 'country:FI'),
      // Its id sorts before fixture:visited-fi (2013-05), its date after it: id order would put it first.
      rel('MET', 'fixture:a-met-fi-leader', 'fixture:kin-minded-head', 'fixture:fi-leader', { start: '2014-01' }),
    ];
    beforeAll(async () => {
      await api.db.executeWriteAll(fixtureWrites(LEADER_NODES, LEADER_RELATIONSHIPS));
    });
    afterAll(async () => {
      await api.db.executeWrite({ cypher: 'MATCH (n:Entity) WHERE n.id IN $ids DETACH DELETE n', params: { ids: LEADER_NODES.map((n) => n.id) } });
    });

    it('counts the meeting with the leader for Finland and lists Finland’s evidence by date, not by id', async () => {
      const { region } = await query(`{ region(code: "RU-KO") {
        all: kinPartners { country { code } evidenceCount evidence { ... on Visit { id } ... on Meeting { id } } }
        one: kinPartners(evidenceFirst: 1) { country { code } evidenceCount evidence { ... on Visit { id } ... on Meeting { id } } } } }`);
      const finland = (partners: Array<{ country: { code: string } }>) => partners.find((p) => p.country.code === 'FI');
      expect(finland(region.all)).toEqual({
        country: { code: 'FI' },
        evidenceCount: 3,
        evidence: [{ id: 'fixture:visited-fi' }, { id: 'fixture:a-met-fi-leader' }, { id: 'fixture:visited-fi-2019' }],
      });
      // The cut is the query's: the oldest one, where the first by id would be the meeting.
      expect(finland(region.one)).toEqual({ country: { code: 'FI' }, evidenceCount: 3, evidence: [{ id: 'fixture:visited-fi' }] });
      // The other partners are as without these rows.
      expect(region.all.filter((p: { country: { code: string } }) => p.country.code !== 'FI').map((p: { country: { code: string }; evidenceCount: number }) => [p.country.code, p.evidenceCount]))
        .toEqual([['HU', 0], ['EE', 1]]);
    });
  });
});
