import { describe, expect, it } from 'vitest';
import { eventsPage } from '../../src/cypher/eventsPage.js';
import { regionsPage } from '../../src/cypher/regionsPage.js';
import { searchNodes } from '../../src/cypher/searchNodes.js';
import { toStoredProps } from '../../src/seed/toStoredProps.js';
import { useInProcessApi } from '../support/inProcessApi.js';
import { expectBadUserInput, ids, useApi } from '../api/apiTestKit.js';

/**
 * Issue #3, "Lists that grow": Relay-style connections beside the plain
 * lists, with keyset cursors, and full-text search over every node kind
 * (transliterations, exact matches first). Against the real Neo4j.
 */

const api = useApi();

interface Page<N, E = unknown> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  edges: Array<{ cursor: string; node: N } & E>;
}

const PAGE_INFO = 'totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';

const REGIONS = `query ($first: Int, $after: String, $kind: RegionKind, $district: String, $orderBy: RegionOrder) {
  regionsConnection(first: $first, after: $after, kind: $kind, federalDistrict: $district, orderBy: $orderBy) {
    ${PAGE_INFO} edges { cursor node { code name kind } }
  }
}`;

const SEARCH = `query ($text: String!, $first: Int, $after: String, $kinds: [String!]) {
  searchConnection(text: $text, first: $first, after: $after, kinds: $kinds) {
    ${PAGE_INFO} edges { cursor match score node { id kind label } }
  }
}`;

type Region = { code: string; name: string; kind: string };
type Hit = { id: string; kind: string; label: string };

/** Follows endCursor from the first page to the last; returns every page. */
async function allPages<N>(query: string, field: string, variables: Record<string, unknown>): Promise<Array<Page<N>>> {
  const pages: Array<Page<N>> = [];
  let after: string | null = null;
  for (let i = 0; i < 50; i += 1) {
    const page: Page<N> = (await api.query(query, { ...variables, after }))[field];
    pages.push(page);
    if (!page.pageInfo.hasNextPage) return pages;
    after = page.pageInfo.endCursor;
  }
  throw new Error('more than 50 pages');
}

/** The JSON a cursor holds (cursors are opaque to clients; the tests look inside to prove they are keysets, not offsets). */
const cursorContent = (cursor: string): unknown[] => JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];

describe('Query.regionsConnection', () => {
  it('pages through all 83 regions by code, 10 at a time, each once, in the order of the plain list', async () => {
    const plain: Region[] = (await api.query('{ regions { code name kind } }')).regions;
    const pages = await allPages<Region>(REGIONS, 'regionsConnection', { first: 10 });
    expect(pages).toHaveLength(9);
    const codes = pages.flatMap((p) => p.edges.map((e) => e.node.code));
    expect(codes).toEqual(plain.map((r) => r.code));
    expect(new Set(codes).size).toBe(83);
    for (const [i, page] of pages.entries()) {
      expect(page.totalCount).toBe(83);
      expect(page.pageInfo.hasPreviousPage).toBe(i > 0);
      expect(page.pageInfo.hasNextPage).toBe(i < 8);
      expect(page.pageInfo.startCursor).toBe(page.edges[0]?.cursor);
      expect(page.pageInfo.endCursor).toBe(page.edges[page.edges.length - 1]?.cursor);
    }
    expect(pages[8]?.edges).toHaveLength(3);
  });

  it('first page: Adygea, Altai Republic, Altai Krai; the cursor holds the sort key and id, not an offset', async () => {
    const page: Page<Region> = (await api.query(REGIONS, { first: 3 })).regionsConnection;
    expect(page.edges.map((e) => e.node.code)).toEqual(['RU-AD', 'RU-AL', 'RU-ALT']);
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(page.edges[0]?.cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(cursorContent(page.pageInfo.endCursor as string)).toEqual([1, 'regionsConnection(orderBy: CODE)', 'RU-ALT', 'region:RU-ALT']);
  });

  it('is a keyset: a cursor from the republics continues the full list after that region (RU-CE -> RU-CHE), where an offset of 5 would give RU-AST', async () => {
    const republics: Page<Region> = (await api.query(REGIONS, { first: 5, kind: 'REPUBLIC' })).regionsConnection;
    expect(republics.edges.map((e) => e.node.code)).toEqual(['RU-AD', 'RU-AL', 'RU-BA', 'RU-BU', 'RU-CE']);
    const next: Page<Region> = (await api.query(REGIONS, { first: 2, after: republics.pageInfo.endCursor })).regionsConnection;
    expect(next.edges.map((e) => e.node.code)).toEqual(['RU-CHE', 'RU-CHU']);
  });

  it('filters by kind and federal district and sorts by name: the 21 republics; the Volga district’s 14 regions', async () => {
    const plainRepublics: Region[] = (await api.query('{ regions(kind: REPUBLIC) { code name kind } }')).regions;
    const pages = await allPages<Region>(REGIONS, 'regionsConnection', { first: 8, kind: 'REPUBLIC', orderBy: 'NAME' });
    const names = pages.flatMap((p) => p.edges.map((e) => e.node.name));
    expect(pages[0]?.totalCount).toBe(plainRepublics.length);
    expect(plainRepublics).toHaveLength(21);
    expect(names).toEqual(plainRepublics.map((r) => r.name).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(names.slice(0, 3)).toEqual(['Adygea', 'Altai Republic', 'Bashkortostan']);
    const volga: Page<Region> = (await api.query(REGIONS, { district: 'Volga', first: 100 })).regionsConnection;
    expect(volga.totalCount).toBe(14);
    expect(volga.edges.map((e) => e.node.code)).toContain('RU-TA');
    expect(volga.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses first 0 and 101, an unknown federal district, and malformed or foreign cursors with BAD_USER_INPUT', async () => {
    expectBadUserInput(await api.raw(REGIONS, { first: 0 }), 'first');
    expectBadUserInput(await api.raw(REGIONS, { first: 101 }), 'first');
    const district = await api.raw(REGIONS, { district: 'Siberia' });
    expectBadUserInput(district, 'federalDistrict');
    expect(district.body.errors?.[0]?.message).toMatch(/federalDistrict must be one of .*Volga.*received "Siberia"/);
    expectBadUserInput(await api.raw(REGIONS, { after: 'not a cursor!' }), 'after');
    expectBadUserInput(await api.raw(REGIONS, { after: Buffer.from('{"offset":20}').toString('base64url') }), 'after');
    expectBadUserInput(await api.raw(REGIONS, { after: Buffer.from('[1,"regionsConnection(orderBy: CODE)",3]').toString('base64url') }), 'after');
    const byCode: Page<Region> = (await api.query(REGIONS, { first: 1 })).regionsConnection;
    const foreign = await api.raw(REGIONS, { first: 1, orderBy: 'NAME', after: byCode.pageInfo.endCursor });
    expectBadUserInput(foreign, 'after');
    expect(foreign.body.errors?.[0]?.message).toMatch(/received a cursor of "regionsConnection\(orderBy: CODE\)"/);
  });
});

const VISITS = `query ($id: ID!, $first: Int, $after: String, $from: Date, $to: Date, $orderBy: EventOrder) {
  person(id: $id) {
    visits(from: $from, to: $to) { id }
    visitsConnection(first: $first, after: $after, from: $from, to: $to, orderBy: $orderBy) {
      ${PAGE_INFO} edges { cursor node { id start end country { code } area { name } } }
    }
  }
}`;

const MEETINGS = `query ($id: ID!, $first: Int, $after: String, $from: Date, $to: Date, $orderBy: EventOrder) {
  person(id: $id) {
    meetings(from: $from, to: $to) { id }
    meetingsConnection(first: $first, after: $after, from: $from, to: $to, orderBy: $orderBy) {
      ${PAGE_INFO} edges { cursor node { id start counterpart { __typename ... on Person { name } ... on Diaspora { name } } sources { title quote } } }
    }
  }
}`;

describe('Person.visitsConnection, Person.meetingsConnection, Country.visitsConnection', () => {
  it('Murat Zyazikov’s meetings, one per page: King Abdullah II, then the Ingush diaspora in Jordan (same start 2002: id breaks the tie)', async () => {
    const first = (await api.query(MEETINGS, { id: 'person:murat-zyazikov', first: 1 })).person;
    const page1: Page<any> = first.meetingsConnection;
    expect(page1.totalCount).toBe(2);
    expect(page1.edges.map((e) => e.node.id)).toEqual(['met:murat-zyazikov-abdullah-ii']);
    expect(page1.edges[0]?.node.counterpart).toEqual({ __typename: 'Person', name: 'Abdullah II' });
    expect(page1.edges[0]?.node.sources[0].quote).toContain('King Abdullah II');
    expect(page1.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const page2: Page<any> = (await api.query(MEETINGS, { id: 'person:murat-zyazikov', first: 1, after: page1.pageInfo.endCursor })).person.meetingsConnection;
    expect(page2.edges.map((e) => e.node.id)).toEqual(['met:murat-zyazikov-ingush-in-jordan']);
    expect(page2.edges[0]?.node.counterpart).toEqual({ __typename: 'Diaspora', name: 'Ingush diaspora in Jordan' });
    expect(page2.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(ids(first.meetings)).toEqual([...page1.edges, ...page2.edges].map((e) => e.node.id));
  });

  it('Yunus-Bek Yevkurov’s visits: the one to Kazakhstan (2008–2019), as the plain list gives it', async () => {
    const person = (await api.query(VISITS, { id: 'person:yunus-bek-yevkurov' })).person;
    expect(person.visitsConnection.edges.map((e: any) => e.node)).toEqual([
      { id: 'visited:yunus-bek-yevkurov-kazakhstan', start: '2008', end: '2019', country: { code: 'KZ' }, area: null },
    ]);
    expect(ids(person.visits)).toEqual(person.visitsConnection.edges.map((e: any) => e.node.id));
  });

  it('a window leaves undated visits out, as visits(from, to) does: Kadyrov’s two undated visits (Arabian Peninsula, Levant) vanish with from: "2010"', async () => {
    const all = (await api.query(VISITS, { id: 'person:ramzan-kadyrov' })).person;
    expect(all.visitsConnection.totalCount).toBe(2);
    expect(all.visitsConnection.edges.map((e: any) => e.node.area.name)).toEqual(['Arabian Peninsula', 'Levant']);
    const windowed = (await api.query(VISITS, { id: 'person:ramzan-kadyrov', from: '2010' })).person;
    expect(windowed.visitsConnection).toMatchObject({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
    expect(windowed.visits).toEqual([]);
  });

  it('filters by window: Zyazikov’s Jordan visits (2002–2008) overlap 2005–2006 but not 2009–2010', async () => {
    const inside = (await api.query(VISITS, { id: 'person:murat-zyazikov', from: '2005', to: '2006' })).person;
    expect(inside.visitsConnection.edges.map((e: any) => e.node.country.code)).toEqual(['JO']);
    const outside = (await api.query(VISITS, { id: 'person:murat-zyazikov', from: '2009', to: '2010' })).person;
    expect(outside.visitsConnection.totalCount).toBe(0);
  });

  it('Country.visitsConnection: Jordan was visited by Murat Zyazikov, Kazakhstan by Yunus-Bek Yevkurov', async () => {
    const data = await api.query(`{
      jo: country(code: "JO") { visitsConnection { totalCount edges { node { id visitor { name } occasions } } } }
      kz: country(code: "KZ") { visitsConnection(orderBy: DATE_DESC) { totalCount edges { node { visitor { name } } } } }
    }`);
    expect(data.jo.visitsConnection).toEqual({
      totalCount: 1,
      edges: [{ node: { id: 'visited:murat-zyazikov-jordan', visitor: { name: 'Murat Zyazikov' }, occasions: 'several times' } }],
    });
    expect(data.kz.visitsConnection.edges[0].node.visitor.name).toBe('Yunus-Bek Yevkurov');
  });

  it('orderBy DATE_DESC: Zyazikov’s meetings newest first (a tie at 2002: id ascending), and the cursor of DATE does not fit it', async () => {
    const desc = (await api.query(MEETINGS, { id: 'person:murat-zyazikov', orderBy: 'DATE_DESC' })).person.meetingsConnection;
    expect(desc.edges.map((e: any) => e.node.id)).toEqual(['met:murat-zyazikov-abdullah-ii', 'met:murat-zyazikov-ingush-in-jordan']);
    const asc = (await api.query(MEETINGS, { id: 'person:murat-zyazikov', first: 1 })).person.meetingsConnection;
    expectBadUserInput(await api.raw(MEETINGS, { id: 'person:murat-zyazikov', orderBy: 'DATE_DESC', after: asc.pageInfo.endCursor }), 'after');
    expectBadUserInput(await api.raw(VISITS, { id: 'person:murat-zyazikov', after: asc.pageInfo.endCursor }), 'after');
  });

  it('refuses first 101, a window whose from is after its to, and a malformed Date', async () => {
    expectBadUserInput(await api.raw(VISITS, { id: 'person:murat-zyazikov', first: 101 }), 'first');
    expectBadUserInput(await api.raw(VISITS, { id: 'person:murat-zyazikov', from: '2010', to: '2009' }), 'from');
    expectBadUserInput(await api.raw(VISITS, { id: 'person:murat-zyazikov', from: '2010-13' }));
  });
});

describe('Query.searchConnection and search: every node kind, transliterations, exact matches first', () => {
  const search = async (text: string, extra: Record<string, unknown> = {}): Promise<Page<Hit, { match: string; score: number }>> =>
    (await api.query(SEARCH, { text, ...extra })).searchConnection;

  it('"Kadyrov" and "Кадыров" find Ramzan Kadyrov first as an EXACT match, then statements and claims about him by summary', async () => {
    const latin = await search('Kadyrov', { first: 20 });
    expect(latin.edges[0]).toMatchObject({ match: 'EXACT', node: { id: 'person:ramzan-kadyrov', kind: 'Person', label: 'Ramzan Kadyrov' } });
    expect(latin.edges.slice(1).map((e) => `${e.match} ${e.node.kind}`)).toEqual([
      ...Array<string>(4).fill('TEXT Statement'),
      ...Array<string>(3).fill('TEXT Claim'),
    ]);
    expect(latin.totalCount).toBe(8);
    // "Кадыров" alone is none of his names ("Рамзан Кадыров" is): a TEXT match, and the only hit.
    const cyrillic = await search('Кадыров');
    expect(cyrillic.edges.map((e) => [e.node.id, e.match])).toEqual([['person:ramzan-kadyrov', 'TEXT']]);
    expect((await search('Рамзан Кадыров')).edges[0]).toMatchObject({ match: 'EXACT', node: { id: 'person:ramzan-kadyrov' } });
  });

  it('"Tatarstan" and "Татарстан" find the region first', async () => {
    expect((await search('Tatarstan')).edges[0]).toMatchObject({ match: 'EXACT', node: { id: 'region:RU-TA', label: 'Tatarstan' } });
    expect((await search('Татарстан')).edges[0]).toMatchObject({ match: 'EXACT', node: { id: 'region:RU-TA' } });
  });

  it('ranks exact matches first: "Tatars" gives the Tatars (EXACT) before Tatarstan (PREFIX) and the texts; "Komi" the group before the Komi Republic', async () => {
    const tatars = await search('Tatars');
    expect(tatars.edges.slice(0, 2).map((e) => [e.node.id, e.match])).toEqual([
      ['group:tatars', 'EXACT'],
      ['region:RU-TA', 'PREFIX'],
    ]);
    const komi = await search('Komi');
    expect(komi.edges.slice(0, 2).map((e) => [e.node.id, e.match])).toEqual([
      ['group:komi', 'EXACT'],
      ['region:RU-KO', 'PREFIX'],
    ]);
    // Ranks never go back up: EXACT, then PREFIX, then TEXT.
    const order = { EXACT: 0, PREFIX: 1, TEXT: 2 } as Record<string, number>;
    const ranks = komi.edges.map((e) => order[e.match] as number);
    expect(ranks).toEqual([...ranks].sort());
  });

  it('finds nodes by Latin transliterations of their Russian names only: Turtsiya/Turciya (Турция), Iordaniya (Иордания), Tatary (Татары), Abdalla (Абдалла II)', async () => {
    expect((await search('Turtsiya')).edges[0]?.node.id).toBe('country:TR');
    expect((await search('Turciya')).edges[0]?.node.id).toBe('country:TR');
    expect((await search('Iordaniya')).edges[0]?.node.id).toBe('country:JO');
    expect((await search('Tatary')).edges[0]).toMatchObject({ match: 'EXACT', node: { id: 'group:tatars' } });
    expect((await search('Abdalla')).edges[0]?.node.id).toBe('person:abdullah-ii');
    expect((await search('Ingushskaya diaspora')).edges[0]?.node.id).toBe('diaspora:ingush-in-jordan');
  });

  it('covers Statements and Claims (by summary) and ActivityFigures (by label)', async () => {
    expect((await search('terrorist')).edges.map((e) => e.node.id)).toEqual(['statement:kadyrov-macron-terrorist']);
    expect((await search('Varangian')).edges[0]?.node).toMatchObject({ id: 'claim:varangian-governors-more-active', kind: 'Claim' });
    const figures = await search('reported activity', { kinds: ['ActivityFigure'] });
    expect(figures.totalCount).toBe(2);
    expect(figures.edges.map((e) => [e.match, e.node.label])).toEqual([
      ['PREFIX', 'Reported activity 2005–2015'],
      ['PREFIX', 'Reported activity 2005–2015'],
    ]);
    expect(new Set(figures.edges.map((e) => e.node.id))).toEqual(new Set(['figure:all-regions-average-2005-2015', 'figure:tatarstan-2005-2015']));
    expect((await search('all regions average')).edges[0]?.node.id).toBe('figure:all-regions-average-2005-2015');
  });

  it('pages "republic" 7 at a time through every hit, each once, in the order of search(first: 100); totalCount on every page', async () => {
    const pages = await allPages<Hit>(SEARCH, 'searchConnection', { text: 'republic', first: 7 });
    const paged = pages.flatMap((p) => p.edges.map((e) => e.node.id));
    const plain = ids((await api.query('{ search(text: "republic", first: 100) { id } }')).search);
    // 17 names ("Republic of the Congo", "Komi Republic", ...; those that start with it first) and 12 Claims about "republics".
    expect(plain.slice(0, 3)).toEqual(['country:CG', 'country:GM', 'country:KR']);
    expect(plain).toHaveLength(29);
    expect(paged).toEqual(plain);
    expect(new Set(paged).size).toBe(paged.length);
    for (const page of pages) expect(page.totalCount).toBe(plain.length);
    expect(pages.length).toBe(Math.ceil(plain.length / 7));
  });

  it('search(first: n) is the first page of searchConnection (its own streamed query: same ranking, ties by id, kinds)', async () => {
    const cases: Array<{ text: string; first: number; kinds?: string[] }> = [
      { text: 'komi', first: 5 },
      { text: 'tatar', first: 5 },
      { text: 'Кадыров', first: 5 },
      { text: 'organization', first: 5 },
      { text: 'republic', first: 100 },
      { text: 'republic', first: 1 },
      // Two figures with the same label and score: id breaks the tie.
      { text: 'reported activity', first: 2, kinds: ['ActivityFigure'] },
      { text: 'tatar', first: 10, kinds: ['Region', 'EthnicGroup'] },
    ];
    for (const { text, first, kinds } of cases) {
      const plain = ids(
        (await api.query('query ($text: String!, $first: Int, $kinds: [String!]) { search(text: $text, first: $first, kinds: $kinds) { id } }', { text, first, kinds }))
          .search,
      );
      expect(plain.length, text).toBeGreaterThan(0);
      expect((await search(text, { first, kinds })).edges.map((e) => e.node.id), text).toEqual(plain);
    }
  });

  it('refuses a cursor of another search text, a malformed cursor and first 101 with BAD_USER_INPUT', async () => {
    const komi = await search('komi', { first: 1 });
    const foreign = await api.raw(SEARCH, { text: 'tatar', after: komi.pageInfo.endCursor });
    expectBadUserInput(foreign, 'after');
    expect(foreign.body.errors?.[0]?.message).toMatch(/received a cursor of "searchConnection\(text #/);
    // The same text written differently is the same search: the cursor fits.
    expect((await search('KOMI', { first: 1, after: komi.pageInfo.endCursor })).edges[0]?.node.id).not.toBe(komi.edges[0]?.node.id);
    expectBadUserInput(await api.raw(SEARCH, { text: 'komi', after: '%%%' }), 'after');
    expectBadUserInput(await api.raw(SEARCH, { text: 'komi', first: 101 }), 'first');
    expectBadUserInput(await api.raw(SEARCH, { text: '!!!' }), 'text');
  });
});

describe('one query per connection per level of the selection; keyset Cypher, no offsets', () => {
  const api = useInProcessApi();
  const run = (query: string) => api.run(query);

  it('regionsConnection and searchConnection take one round-trip each', async () => {
    expect((await run('{ regionsConnection(first: 50) { totalCount edges { cursor node { code } } } }')).queries).toBe(1);
    expect((await run('{ searchConnection(text: "komi") { totalCount edges { cursor node { id label } } } }')).queries).toBe(1);
  });

  it('visitsConnection and meetingsConnection of every governor of every region: one UNWIND query each, as for one region', async () => {
    const nested = `governors { governor { name visitsConnection(first: 1) { totalCount edges { node { id } } } meetingsConnection(first: 1) { totalCount edges { node { id } } } } }`;
    const one = await run(`{ region(code: "RU-IN") { ${nested} } }`);
    const all = await run(`{ regionsConnection(first: 100) { edges { node { ${nested} } } } }`);
    const governors = all.data.regionsConnection.edges.flatMap((e: any) => e.node.governors);
    expect(governors.length).toBeGreaterThan(5);
    expect(governors.filter((g: any) => g.governor.visitsConnection.totalCount > 0).length).toBeGreaterThanOrEqual(3);
    // The region with its GOVERNED edges and governors in one prefetch (src/prefetch), then one query per connection field;
    // the connection's page of regions, then the same prefetch below its nodes and the same two.
    expect(one.queries).toBe(3);
    expect(all.queries).toBe(4);
  });

  it('translators page with a keyset predicate and LIMIT first + 1, never SKIP; user values only as parameters', () => {
    const HOSTILE = "x'}) DETACH DELETE n //";
    const queries = [
      regionsPage({ kind: HOSTILE, federalDistrict: HOSTILE }, 'NAME', 10, [HOSTILE, HOSTILE]),
      eventsPage('Person.visits', [HOSTILE], { start: HOSTILE, end: null }, 'DATE_DESC', 10, [HOSTILE, HOSTILE]),
      searchNodes(['komi'], [HOSTILE], 10, [0, 1.5, HOSTILE]),
    ];
    for (const q of queries) {
      expect(q.cypher).not.toContain(HOSTILE);
      expect(q.cypher).not.toMatch(/\bSKIP\b|\bOFFSET\b/i);
      expect(q.cypher).toContain('LIMIT $limit');
      expect(q.cypher).toContain('$after[0]');
      expect(String(q.params.limit)).toBe('11');
    }
    expect(regionsPage({ kind: null, federalDistrict: null }, 'CODE', 10, [HOSTILE, HOSTILE]).cypher).toContain(
      'n.code >= $after[0] AND (n.code > $after[0] OR (n.code = $after[0] AND (n.id > $after[1])))',
    );
    expect(eventsPage('Person.visits', ['x'], { start: null, end: null }, 'DATE_DESC', 10, ['a', 'b']).cypher).toContain(
      "coalesce(r.startMin, '0000-00-00') <= $after[0] AND (coalesce(r.startMin, '0000-00-00') < $after[0]",
    );
  });

  it('the index text holds every name normalised, with Latin transliterations of the Russian ones', () => {
    expect(toStoredProps({ name: 'Yunus-Bek Yevkurov', nameRu: 'Юнус-Бек Евкуров' }, []).altNamesText).toBe(
      'yunus bek yevkurov | юнус бек евкуров | yunus bek evkurov | iunus bek evkurov',
    );
    expect(toStoredProps({ name: 'Turkey', nameRu: 'Турция', altNames: ['Türkiye'] }, []).altNamesText).toBe(
      'turkey | турция | turkiye | turciya | turtsiya | turtsiia',
    );
    expect(toStoredProps({ title: 'A source' }, []).altNamesText).toBeUndefined();
  });
});
