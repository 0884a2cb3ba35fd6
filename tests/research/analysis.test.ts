import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergeNodes, mergeRelationships } from '../../src/cypher/seedWrites.js';
import type { NodeKind, RelationshipType } from '../../src/seed/format.js';
import type { StoredNode, StoredRelationship } from '../../src/seed/StoredRecord.js';
import { toStoredProps } from '../../src/seed/toStoredProps.js';
import { useApi } from '../api/apiTestKit.js';
import { ACTIVITY_EVENTS_SUBQUERY } from '../../src/cypher/activityEventsFragment.js';
import { groupActivity } from '../../src/analysis/groupActivity.js';
import { toActivityEvent, type EventRow } from '../../src/resolvers/analysis/eventRows.js';

/**
 * Aggregates and analysis (schema/analysis.graphql) against the real Neo4j:
 * first the answers on the seed data (the ones docs/readme/analysis.md shows),
 * then, on a fixture written here (ids `fixture:…`, created in beforeAll and
 * DETACH DELETEd in afterAll), counts by year, kind and district that are
 * non-trivial and known by hand.
 */

const api = useApi();
const query = api.query;
const roundTrips = (text: string) => api.roundTrips(text);


/** Runs an operation that must fail with BAD_USER_INPUT naming `argument`; returns the message. */
async function badInput(text: string, argument: string): Promise<string> {
  const { body } = await api.raw(text);
  expect(body.errors, JSON.stringify(body)).toBeDefined();
  expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(body.errors?.[0]?.extensions?.argument).toBe(argument);
  return body.errors?.[0]?.message ?? '';
}


const ROW = 'key label visits meetings total';
const COUNTS = 'visits meetings total';
const REPORT = `groupBy from to rows { ${ROW} } unattributed { ${COUNTS} } totals { ${COUNTS} } reportedFigures { keys figure { id } }`;
const rowsOf = (report: { rows: Array<{ key: string; visits: number; meetings: number; total: number }> }) =>
  report.rows.map((r) => [r.key, r.visits, r.meetings]);

const c = (visits: number, meetings: number) => ({ visits, meetings, total: visits + meetings });

describe('on the seed', () => {
  describe('Query.activity', () => {
    it('by region, no window: Ingushetia 2 visits + 2 meetings, Chechnya 2 visits (undated), Tatarstan 2 meetings; both reported figures beside them', async () => {
      const { activity } = await query(`{ activity(groupBy: REGION) { ${REPORT} } }`);
      expect(activity.rows).toEqual([
        { key: 'region:RU-IN', label: 'Ingushetia', ...c(2, 2) },
        { key: 'region:RU-CE', label: 'Chechnya', ...c(2, 0) },
        { key: 'region:RU-TA', label: 'Tatarstan', ...c(0, 2) },
      ]);
      expect(activity.unattributed).toEqual(c(0, 0));
      expect(activity.totals).toEqual(c(4, 4));
      expect(activity.reportedFigures).toEqual([
        { keys: [], figure: { id: 'figure:all-regions-average-2005-2015' } },
        { keys: ['region:RU-TA'], figure: { id: 'figure:tatarstan-2005-2015' } },
      ]);
    });

    it('by governor in 2005–2015: Kadyrov’s undated visits drop out; the Tatarstan figure names its two governors', async () => {
      const { activity } = await query(`{ activity(groupBy: GOVERNOR, from: "2005", to: "2015") { ${REPORT} } }`);
      expect(activity).toMatchObject({ groupBy: 'GOVERNOR', from: '2005', to: '2015' });
      expect(activity.rows).toEqual([
        { key: 'person:murat-zyazikov', label: 'Murat Zyazikov', ...c(1, 2) },
        { key: 'person:mintimer-shaimiev', label: 'Mintimer Shaimiev', ...c(0, 1) },
        { key: 'person:rustam-minnikhanov', label: 'Rustam Minnikhanov', ...c(0, 1) },
        { key: 'person:yunus-bek-yevkurov', label: 'Yunus-Bek Yevkurov', ...c(1, 0) },
      ]);
      expect(activity.totals).toEqual(c(2, 4));
      expect(activity.reportedFigures[1]).toEqual({
        keys: ['person:mintimer-shaimiev', 'person:rustam-minnikhanov'],
        figure: { id: 'figure:tatarstan-2005-2015' },
      });
    });

    it('by kind, district, year and partner in 2005–2015', async () => {
      const data = await query(`{
        kind: activity(groupBy: REGION_KIND, from: "2005", to: "2015") { ${REPORT} }
        district: activity(groupBy: FEDERAL_DISTRICT, from: "2005", to: "2015") { ${REPORT} }
        year: activity(groupBy: YEAR, from: "2005", to: "2015") { ${REPORT} }
        partner: activity(groupBy: PARTNER_COUNTRY, from: "2005", to: "2015") { ${REPORT} }
      }`);
      expect(data.kind.rows).toEqual([{ key: 'REPUBLIC', label: 'Republic', ...c(2, 4) }]);
      expect(data.kind.reportedFigures.map((f: { keys: string[] }) => f.keys)).toEqual([[], ['REPUBLIC']]);
      expect(rowsOf(data.district)).toEqual([['North Caucasian', 2, 2], ['Volga', 0, 2]]);
      expect(data.district.reportedFigures[1].keys).toEqual(['Volga']);
      // By start year: Zyazikov's 2002–2008 events count under 2002, though they overlap the window only from 2005.
      expect(rowsOf(data.year)).toEqual([['2002', 1, 2], ['2005', 0, 2], ['2008', 1, 0]]);
      expect(data.year.reportedFigures.map((f: { keys: string[] }) => f.keys)).toEqual([[], []]);
      expect(data.partner.rows).toEqual([
        { key: 'country:JO', label: 'Jordan', ...c(1, 1) },
        { key: 'country:TR', label: 'Türkiye', ...c(0, 2) },
        { key: 'country:KZ', label: 'Kazakhstan', ...c(1, 0) },
      ]);
      // Zyazikov's meeting with King Abdullah II: the graph ties the king to no country.
      expect(data.partner.unattributed).toEqual(c(0, 1));
    });

    it('returns the figures as their source reports them, with the source and quote, never summed into the rows', async () => {
      const { activity } = await query(`{ activity(groupBy: REGION_KIND) {
        rows { key total }
        reportedFigures { keys figure { scope region { name } visitsAbroad meetingsAbroad meetingsInRussia approximate source { title quote } } } } }`);
      expect(activity.rows).toEqual([{ key: 'REPUBLIC', total: 8 }]);
      const tatarstan = activity.reportedFigures[1];
      expect(tatarstan.figure).toMatchObject({ scope: 'REGION', region: { name: 'Tatarstan' }, visitsAbroad: 75, meetingsInRussia: 161, approximate: false });
      expect(tatarstan.figure.source.quote).toContain('75 times');
      expect(activity.reportedFigures[0].figure).toMatchObject({ scope: 'ALL_REGIONS_AVERAGE', meetingsAbroad: 14, meetingsInRussia: 20, approximate: true });
    });

    it('drops figures whose period misses the window', async () => {
      const { activity } = await query('{ activity(groupBy: YEAR, from: "2016") { totals { total } reportedFigures { keys } rows { key } } }');
      expect(activity.reportedFigures).toEqual([]);
      // Yevkurov's 2008–2019 visits to Kazakhstan still overlap 2016 onwards.
      expect(activity.rows).toEqual([{ key: '2008' }]);
      expect(activity.totals.total).toBe(1);
    });

    it('rejects a window that ends before it starts', async () => {
      const message = await badInput('{ activity(groupBy: YEAR, from: "2015", to: "2005") { totals { total } } }', 'from');
      expect(message).toBe('from must not be later than to, received from "2015" and to "2005"');
    });
  });

  describe('Person.outsider', () => {
    it('is true for Men and Gaplikov, false for locals, null where no source says (Zyazikov), each citing its reference', async () => {
      const data = await query(`{
        men: person(id: "person:mikhail-men") { outsider sources { id } }
        gaplikov: person(id: "person:sergei-gaplikov") { outsider sources { id } }
        torlopov: person(id: "person:vladimir-torlopov") { outsider sources { id } }
        shaimiev: person(id: "person:mintimer-shaimiev") { outsider }
        zyazikov: person(id: "person:murat-zyazikov") { outsider }
        macron: person(id: "person:emmanuel-macron") { outsider }
      }`);
      expect(data.men.outsider).toBe(true);
      expect(data.men.sources.map((s: { id: string }) => s.id)).toContain('source:wikipedia-mikhail-men');
      expect(data.gaplikov.outsider).toBe(true);
      expect(data.gaplikov.sources.map((s: { id: string }) => s.id)).toContain('source:wikipedia-ru-sergei-gaplikov');
      expect(data.torlopov.outsider).toBe(false);
      expect(data.torlopov.sources.map((s: { id: string }) => s.id)).toContain('source:wikipedia-ru-vladimir-torlopov');
      expect(data.shaimiev.outsider).toBe(false);
      expect(data.zyazikov.outsider).toBeNull();
      expect(data.macron.outsider).toBeNull();
    });
  });

  describe('comparisons', () => {
    const GROUPS = 'label n active visits meetings total mean meanVisits meanMeetings units { id label total }';

    it('republics vs krais and oblasts, 2005–2015: 6 events over 21 republics vs 0 over 55 krais and oblasts', async () => {
      const { r } = await query(`{ r: republicsVersusKraisAndOblasts(from: "2005", to: "2015") {
        claim { id summary } from to unit method difference consistentWithClaim excluded { id } groups { ${GROUPS} } } }`);
      expect(r.claim).toEqual({
        id: 'claim:ethnic-republics-heads-more-active',
        summary: 'Heads of ethnic republics are more active internationally than their colleagues from krais and oblasts.',
      });
      expect(r).toMatchObject({ from: '2005', to: '2015', unit: 'REGION', consistentWithClaim: true, excluded: [] });
      const [republics, others] = r.groups;
      expect(republics).toMatchObject({ label: 'Republics', n: 21, active: 2, visits: 2, meetings: 4, total: 6 });
      expect(republics.mean).toBeCloseTo(6 / 21, 12);
      expect(republics.units.slice(0, 3)).toEqual([
        { id: 'region:RU-IN', label: 'Ingushetia', total: 4 },
        { id: 'region:RU-TA', label: 'Tatarstan', total: 2 },
        { id: 'region:RU-AD', label: 'Adygea', total: 0 },
      ]);
      expect(republics.units).toHaveLength(21);
      expect(others).toMatchObject({ label: 'Krais and oblasts', n: 55, active: 0, total: 0, mean: 0 });
      expect(r.difference).toBeCloseTo(6 / 21, 12);
    });

    it('outsider vs local governors, no window: 0 events over 2 outsiders vs 4 over 6 locals; 3 governors of unknown origin excluded', async () => {
      const { o } = await query(`{ o: outsiderVersusLocalGovernors {
        claim { id } unit difference consistentWithClaim excluded { id label total } groups { ${GROUPS} } } }`);
      expect(o.claim.id).toBe('claim:varangian-governors-more-active');
      expect(o.unit).toBe('GOVERNOR');
      const [outsiders, locals] = o.groups;
      expect(outsiders).toMatchObject({ label: 'Outsider (Varangian) governors', n: 2, total: 0, mean: 0 });
      expect(outsiders.units.map((u: { id: string }) => u.id)).toEqual(['person:mikhail-men', 'person:sergei-gaplikov']);
      expect(locals).toMatchObject({ label: 'Local governors', n: 6, active: 3, visits: 2, meetings: 2, total: 4 });
      expect(locals.units.map((u: { id: string; total: number }) => [u.id, u.total])).toEqual([
        ['person:ramzan-kadyrov', 2],
        ['person:mintimer-shaimiev', 1],
        ['person:rustam-minnikhanov', 1],
        ['person:anatoly-artamonov', 0],
        ['person:vladimir-torlopov', 0],
        ['person:vyacheslav-gaizer', 0],
      ]);
      expect(locals.mean).toBeCloseTo(4 / 6, 12);
      expect(o.difference).toBeCloseTo(-4 / 6, 12);
      expect(o.consistentWithClaim).toBe(false);
      expect(o.excluded).toEqual([
        { id: 'person:murat-zyazikov', label: 'Murat Zyazikov', total: 3 },
        { id: 'person:yunus-bek-yevkurov', label: 'Yunus-Bek Yevkurov', total: 1 },
        { id: 'person:kirsan-ilyumzhinov', label: 'Kirsan Ilyumzhinov', total: 0 },
      ]);
    });

    const PROFILE = `governors { id } ${COUNTS} partnerCount kinLinkedPartnerCount kinLinkedShare kinLinkedEventShare withoutPartnerCountry
      partners { country { id } ${COUNTS} kinLinked }`;
    const CHANGE = `region { id } at incoming { id } kinLinkedCountries { id } before { ${PROFILE} } after { ${PROFILE} } unplaced { ${COUNTS} } claim { id }`;

    it('Ingushetia before and after Yevkurov: Jordan (kin-linked by the Ingush diaspora) before, Kazakhstan (likewise) after', async () => {
      const { g } = await query(`{ g: governorChange(region: "region:RU-IN", governor: "person:yunus-bek-yevkurov") { ${CHANGE} } }`);
      expect(g).toEqual({
        region: { id: 'region:RU-IN' },
        at: '2008',
        incoming: { id: 'person:yunus-bek-yevkurov' },
        kinLinkedCountries: [{ id: 'country:JO' }, { id: 'country:KZ' }],
        before: {
          governors: [{ id: 'person:murat-zyazikov' }],
          ...c(1, 2),
          partnerCount: 1,
          kinLinkedPartnerCount: 1,
          kinLinkedShare: 1,
          kinLinkedEventShare: 1,
          withoutPartnerCountry: 1,
          partners: [{ country: { id: 'country:JO' }, ...c(1, 1), kinLinked: true }],
        },
        after: {
          governors: [{ id: 'person:yunus-bek-yevkurov' }],
          ...c(1, 0),
          partnerCount: 1,
          kinLinkedPartnerCount: 1,
          kinLinkedShare: 1,
          kinLinkedEventShare: 1,
          withoutPartnerCountry: 0,
          partners: [{ country: { id: 'country:KZ' }, ...c(1, 0), kinLinked: true }],
        },
        unplaced: c(0, 0),
        claim: { id: 'claim:komi-profile-shift-after-gaplikov' },
      });
    });

    it('Komi before and after Gaplikov: Finland and Hungary are kin-linked, but the seed records no Komi events', async () => {
      const { g } = await query(`{ g: governorChange(region: "region:RU-KO", governor: "person:sergei-gaplikov") { ${CHANGE} } }`);
      expect(g.at).toBe('2015');
      expect(g.kinLinkedCountries).toEqual([{ id: 'country:FI' }, { id: 'country:HU' }]);
      expect(g.before.governors).toEqual([{ id: 'person:vladimir-torlopov' }, { id: 'person:vyacheslav-gaizer' }]);
      expect(g.after.governors).toEqual([{ id: 'person:sergei-gaplikov' }]);
      expect([g.before.total, g.after.total, g.before.kinLinkedShare, g.after.kinLinkedShare]).toEqual([0, 0, null, null]);
    });

    it('split by a year-only date, events reaching into that year are unplaced', async () => {
      const { g } = await query(`{ g: governorChange(region: "region:RU-IN", at: "2008") { ${CHANGE} } }`);
      expect(g.incoming).toBeNull();
      expect([g.before.total, g.after.total]).toEqual([0, 0]);
      expect(g.unplaced).toEqual(c(2, 2));
      expect(g.before.governors).toEqual([{ id: 'person:murat-zyazikov' }]);
      expect(g.after.governors).toEqual([{ id: 'person:yunus-bek-yevkurov' }]);
    });

    it('gives null for an id that is no region, and BAD_USER_INPUT for a wrong or missing split', async () => {
      expect((await query('{ governorChange(region: "region:RU-XX", at: "2010") { at } }')).governorChange).toBeNull();
      expect((await query('{ governorChange(region: "country:TR", at: "2010") { at } }')).governorChange).toBeNull();
      expect(await badInput('{ governorChange(region: "region:RU-IN") { at } }', 'governor')).toMatch(/exactly one of governor .* and at/);
      expect(await badInput('{ governorChange(region: "region:RU-IN", governor: "person:mikhail-men", at: "2008") { at } }', 'at')).toMatch(/exactly one/);
      expect(await badInput('{ governorChange(region: "region:RU-IN", governor: "person:mikhail-men") { at } }', 'governor')).toBe(
        'governor must be someone who governed region:RU-IN, received "person:mikhail-men" (the region\'s governors: person:murat-zyazikov, person:yunus-bek-yevkurov)',
      );
      await badInput('{ governorChange(region: "Ingushetia", at: "2008") { at } }', 'region');
    });
  });

  describe('Query.networkMeasures', () => {
    const TYPES = '["GOVERNED", "VISITED", "MET", "MEMBER_OF", "KIN_OF", "TITULAR_IN", "DIASPORA_OF", "LIVES_IN"]';
    const NODE = 'node { id kind } degree relationships betweenness pageRank community';

    it('over the whole paradiplomacy network (8 relationship types): Komi ranks first; Ingushetia, its governors, diasporas, Jordan and Kazakhstan form one community', async () => {
      const { n } = await query(`{ n: networkMeasures(relationshipTypes: ${TYPES}) {
        nodeCount edgeCount truncated modularity nodes { ${NODE} } communities { id size members { id } } } }`);
      expect(n).toMatchObject({ nodeCount: 43, edgeCount: 37, truncated: false });
      expect(n.modularity).toBeCloseTo(0.824, 3);
      expect(n.nodes).toHaveLength(18); // the regions and countries among the 43 nodes
      expect(n.nodes.every((row: { node: { kind: string } }) => ['Region', 'Country'].includes(row.node.kind))).toBe(true);
      expect(n.nodes.slice(0, 4).map((row: { node: { id: string }; degree: number }) => [row.node.id, row.degree])).toEqual([
        ['region:RU-KO', 4],
        ['country:TR', 4],
        ['region:RU-TA', 4],
        ['region:RU-IN', 3],
      ]);
      const komi = n.nodes[0];
      expect(komi.betweenness).toBeGreaterThan(0);
      expect(komi.pageRank).toBeCloseTo(0.0513, 4);
      const ingush = n.communities.find((cm: { members: Array<{ id: string }> }) => cm.members.some((m) => m.id === 'region:RU-IN'));
      expect(ingush.members.map((m: { id: string }) => m.id).sort()).toEqual([
        'country:JO', 'country:KZ', 'diaspora:ingush-in-jordan', 'diaspora:ingush-in-kazakhstan', 'group:ingush',
        'person:abdullah-ii', 'person:murat-zyazikov', 'person:yunus-bek-yevkurov', 'region:RU-IN',
      ]);
      expect(n.communities[0]).toMatchObject({ id: 0, size: 9 });
      expect(n.communities.reduce((s: number, cm: { size: number }) => s + cm.size, 0)).toBe(43);
    });

    it('around Ingushetia (depth 2), people and groups reported too: Zyazikov is the broker; his Jordan ties and Yevkurov’s Kazakhstan ties form two communities', async () => {
      const { n } = await query(`{ n: networkMeasures(ids: ["region:RU-IN"], depth: 2, relationshipTypes: ${TYPES}, kinds: ["Region", "Country", "Person", "EthnicGroup", "Diaspora"]) {
        nodeCount edgeCount truncated nodes { ${NODE} } communities { id size members { id } } } }`);
      expect(n).toMatchObject({ nodeCount: 9, edgeCount: 11, truncated: false });
      expect(n.nodes).toHaveLength(9);
      const [zyazikov, ingushetia] = n.nodes;
      // 9 nodes: betweenness is normalised by C(8, 2) = 28 pairs; Zyazikov lies on 10.5 of them, Ingushetia on 9.5.
      expect(zyazikov).toMatchObject({ node: { id: 'person:murat-zyazikov' }, degree: 4, relationships: 4 });
      expect(zyazikov.betweenness).toBeCloseTo(10.5 / 28, 12);
      expect(ingushetia).toMatchObject({ node: { id: 'region:RU-IN' }, degree: 3 });
      expect(ingushetia.betweenness).toBeCloseTo(9.5 / 28, 12);
      expect(n.communities.map((cm: { members: Array<{ id: string }> }) => cm.members.map((m) => m.id))).toEqual([
        ['region:RU-IN', 'group:ingush', 'country:KZ', 'person:yunus-bek-yevkurov', 'diaspora:ingush-in-kazakhstan'],
        ['person:murat-zyazikov', 'diaspora:ingush-in-jordan', 'country:JO', 'person:abdullah-ii'],
      ]);
    });

    it('with a window (to 2007), drops dated relationships outside it as subgraph does: Yevkurov and his Kazakhstan visits are gone', async () => {
      const { n } = await query(`{ n: networkMeasures(ids: ["region:RU-IN"], depth: 2, relationshipTypes: ${TYPES}, to: "2007", kinds: ["Region", "Country", "Person", "EthnicGroup", "Diaspora"]) {
        nodeCount edgeCount nodes { node { id } } } }`);
      expect(n).toMatchObject({ nodeCount: 7, edgeCount: 8 });
      expect(n.nodes.map((row: { node: { id: string } }) => row.node.id).sort()).toEqual([
        'country:JO', 'diaspora:ingush-in-jordan', 'diaspora:ingush-in-kazakhstan', 'group:ingush',
        'person:abdullah-ii', 'person:murat-zyazikov', 'region:RU-IN',
      ]);
      await badInput('{ networkMeasures(from: "2010", to: "2005") { nodeCount } }', 'from');
    });

    it('cuts at limit and says so; rejects bad arguments naming them', async () => {
      const { n } = await query('{ n: networkMeasures(limit: 5) { nodeCount truncated } }');
      expect(n).toEqual({ nodeCount: 5, truncated: true });
      expect(await badInput('{ networkMeasures(ids: []) { nodeCount } }', 'ids')).toBe(
        'ids must hold 1 to 50 ids (or be left out for the whole graph), received 0',
      );
      await badInput('{ networkMeasures(depth: 4) { nodeCount } }', 'depth');
      await badInput('{ networkMeasures(limit: 2001) { nodeCount } }', 'limit');
      await badInput('{ networkMeasures(kinds: ["Planet"]) { nodeCount } }', 'kinds');
      await badInput('{ networkMeasures(relationshipTypes: ["LIKES"]) { nodeCount } }', 'relationshipTypes');
    });
  });

  describe('round-trips', () => {
    it('runs one Cypher query per field, plus one per level of nested nodes', async () => {
      expect(await roundTrips('{ activity(groupBy: REGION) { rows { key total } reportedFigures { keys figure { id visitsAbroad } } } }')).toBe(1);
      expect(await roundTrips('{ republicsVersusKraisAndOblasts { claim { id summary } groups { n units { id } } } }')).toBe(1);
      expect(await roundTrips('{ outsiderVersusLocalGovernors { groups { n } } }')).toBe(1);
      expect(await roundTrips('{ governorChange(region: "region:RU-IN", governor: "person:yunus-bek-yevkurov") { before { governors { name } partners { country { name } } } } }')).toBe(1);
      expect(await roundTrips('{ networkMeasures { nodes { node { id label } pageRank } communities { members { id } } } }')).toBe(1);
      // Nested fields resolve through the loaders, batched per level, not per row: the figures' REPORTED_FOR
      // edges and their sources (one query each), then the regions at the edges' ends.
      expect(await roundTrips('{ activity(groupBy: REGION) { reportedFigures { figure { region { name } source { title } } } } }')).toBe(4);
    });
  });
});

/*
 * The fixture: four regions (two republics, an oblast and a krai; Volga holds
 * a republic and the oblast), six governors, 16 events of which 14 fall in
 * the window 1994–2001. Expected counts are worked out by hand in the tests.
 *
 *   E1  a1 VISITED FI   1995-05      rep1     E9  b  MET foreign person 1997  rep2 (no partner country)
 *   E2  a1 MET diaspora 1996         rep1 (DE) E10 c  VISITED DE 1999–2000     obl1
 *   E3  a1 VISITED CN   1996-10      rep1     E11 c  MET org (BASED_IN DE) 2001 obl1
 *   E4  a1 VISITED JP   1993–1994    rep1     E12 d  VISITED CN 2001-02       krai1
 *   E5  a2 VISITED CN   1998         rep1     E13 d  VISITED CN 2003          (after the window)
 *   E6  a2 MET TR       1999-03      rep1     E14 d  VISITED MN undated       (no date: out with a window)
 *   E7  a2 VISITED FI   2000         rep1     E15 non-governor VISITED FR 1999 (no region)
 *   E8  b  VISITED TR   1995–1996 ("twice": one event)        E16 a2 MET CN 1997   rep1
 */
const FIXTURE = 'fixture:';
const SRC = [{ source: 'source:riddle-paradiplomacy' }];

function node(kind: NodeKind, id: string, fields: Record<string, unknown>): StoredNode {
  return { id: `${FIXTURE}${id}`, kind, props: { id: `${FIXTURE}${id}`, ...toStoredProps(fields, SRC) } };
}

function rel(type: RelationshipType, id: string, from: string, to: string, fields: Record<string, unknown> = {}): StoredRelationship {
  const end = (x: string) => (x.includes(':') ? x : `${FIXTURE}${x}`);
  return { id: `${FIXTURE}${id}`, type, from: end(from), to: end(to), props: { id: `${FIXTURE}${id}`, ...toStoredProps(fields, SRC) } };
}

const FIXTURE_NODES: StoredNode[] = [
  node('Region', 'rep1', { code: 'FX-R1', name: 'Fixture Republic One', kind: 'REPUBLIC', federalDistrict: 'Volga' }),
  node('Region', 'rep2', { code: 'FX-R2', name: 'Fixture Republic Two', kind: 'REPUBLIC', federalDistrict: 'North Caucasian' }),
  node('Region', 'obl1', { code: 'FX-O1', name: 'Fixture Oblast', kind: 'OBLAST', federalDistrict: 'Volga' }),
  node('Region', 'krai1', { code: 'FX-K1', name: 'Fixture Krai', kind: 'KRAI', federalDistrict: 'Far Eastern' }),
  node('Person', 'gov-a1', { name: 'Fixture Governor A1', outsider: false }),
  node('Person', 'gov-a2', { name: 'Fixture Governor A2', outsider: true }),
  node('Person', 'gov-b', { name: 'Fixture Governor B', outsider: false }),
  node('Person', 'gov-c', { name: 'Fixture Governor C', outsider: true }),
  node('Person', 'gov-d', { name: 'Fixture Governor D' }),
  node('Person', 'person-foreign', { name: 'Fixture Foreign Minister' }),
  node('Person', 'person-nogov', { name: 'Fixture Businessman' }),
  node('EthnicGroup', 'group-a', { name: 'Fixture People' }),
  node('Diaspora', 'diaspora-a', { name: 'Fixture People in Germany' }),
  node('Organisation', 'org-x', { name: 'Fixture Chamber of Commerce', orgKind: 'COMPANY' }),
];

const FIXTURE_RELATIONSHIPS: StoredRelationship[] = [
  rel('GOVERNED', 'gov-a1-rep1', 'gov-a1', 'rep1', { start: '1994', end: '1997-05' }),
  rel('GOVERNED', 'gov-a2-rep1', 'gov-a2', 'rep1', { start: '1997-06', end: '2001' }),
  rel('GOVERNED', 'gov-b-rep2', 'gov-b', 'rep2', { start: '1990' }),
  rel('GOVERNED', 'gov-c-obl1', 'gov-c', 'obl1', { start: '1995', end: '2001' }),
  rel('GOVERNED', 'gov-d-krai1', 'gov-d', 'krai1', { start: '1994', end: '2005' }),
  rel('TITULAR_IN', 'group-a-rep1', 'group-a', 'rep1'),
  rel('KIN_OF', 'group-a-fi', 'group-a', 'country:FI', { basis: 'LINGUISTIC' }),
  rel('DIASPORA_OF', 'diaspora-a-group-a', 'diaspora-a', 'group-a'),
  rel('LIVES_IN', 'diaspora-a-de', 'diaspora-a', 'country:DE'),
  rel('BASED_IN', 'org-x-de', 'org-x', 'country:DE'),
  rel('VISITED', 'e1', 'gov-a1', 'country:FI', { start: '1995-05' }),
  rel('MET', 'e2', 'gov-a1', 'diaspora-a', { start: '1996' }),
  rel('VISITED', 'e3', 'gov-a1', 'country:CN', { start: '1996-10' }),
  rel('VISITED', 'e4', 'gov-a1', 'country:JP', { start: '1993', end: '1994' }),
  rel('VISITED', 'e5', 'gov-a2', 'country:CN', { start: '1998' }),
  rel('MET', 'e6', 'gov-a2', 'country:TR', { start: '1999-03' }),
  rel('VISITED', 'e7', 'gov-a2', 'country:FI', { start: '2000' }),
  rel('VISITED', 'e8', 'gov-b', 'country:TR', { start: '1995', end: '1996', occasions: 'twice' }),
  rel('MET', 'e9', 'gov-b', 'person-foreign', { start: '1997' }),
  rel('VISITED', 'e10', 'gov-c', 'country:DE', { start: '1999', end: '2000' }),
  rel('MET', 'e11', 'gov-c', 'org-x', { start: '2001' }),
  rel('VISITED', 'e12', 'gov-d', 'country:CN', { start: '2001-02' }),
  rel('VISITED', 'e13', 'gov-d', 'country:CN', { start: '2003' }),
  rel('VISITED', 'e14', 'gov-d', 'country:MN'),
  rel('VISITED', 'e15', 'person-nogov', 'country:FR', { start: '1999' }),
  rel('MET', 'e16', 'gov-a2', 'country:CN', { start: '1997' }),
];

function groupBy<T>(items: readonly T[], key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return [...groups.values()];
}

describe('on a fixture (window 1994–2001, where the seed has no event)', () => {
  beforeAll(async () => {
    await api.db.executeWriteAll([
      ...groupBy(FIXTURE_NODES, (n) => n.kind).map((rows) => mergeNodes(rows[0]?.kind as string, rows)),
      ...groupBy(FIXTURE_RELATIONSHIPS, (r) => r.type).map((rows) => mergeRelationships(rows[0]?.type as string, rows)),
    ]);
  });
  afterAll(async () => {
    await api.db.executeWrite({
      cypher: 'MATCH (n:Entity) WHERE n.id STARTS WITH $prefix DETACH DELETE n',
      params: { prefix: FIXTURE },
    });
    const left = await api.db.executeRead<{ n: number }>({
      cypher: 'MATCH (n:Entity) WHERE n.id STARTS WITH $prefix RETURN count(n) AS n',
      params: { prefix: FIXTURE },
    });
    expect(left[0]?.n).toBe(0);
  });

  const WINDOW = 'from: "1994", to: "2001"';

  it('counts by region, with the non-governor’s visit unattributed and one "twice" relationship counted once', async () => {
    const { activity } = await query(`{ activity(groupBy: REGION, ${WINDOW}) { ${REPORT} } }`);
    expect(activity.rows).toEqual([
      { key: 'fixture:rep1', label: 'Fixture Republic One', ...c(5, 3) },
      { key: 'fixture:obl1', label: 'Fixture Oblast', ...c(1, 1) },
      { key: 'fixture:rep2', label: 'Fixture Republic Two', ...c(1, 1) },
      { key: 'fixture:krai1', label: 'Fixture Krai', ...c(1, 0) },
    ]);
    expect(activity.unattributed).toEqual(c(1, 0));
    expect(activity.totals).toEqual(c(9, 5));
    expect(activity.reportedFigures).toEqual([]);
  });

  it('counts by governor', async () => {
    const { activity } = await query(`{ activity(groupBy: GOVERNOR, ${WINDOW}) { ${REPORT} } }`);
    expect(rowsOf(activity)).toEqual([
      ['fixture:gov-a1', 3, 1],
      ['fixture:gov-a2', 2, 2],
      ['fixture:gov-b', 1, 1],
      ['fixture:gov-c', 1, 1],
      ['fixture:gov-d', 1, 0],
    ]);
    expect(activity.unattributed).toEqual(c(1, 0));
  });

  it('counts by region kind and by federal district (Volga holds a republic and the oblast)', async () => {
    const data = await query(`{
      kind: activity(groupBy: REGION_KIND, ${WINDOW}) { ${REPORT} }
      district: activity(groupBy: FEDERAL_DISTRICT, ${WINDOW}) { ${REPORT} }
    }`);
    expect(data.kind.rows).toEqual([
      { key: 'REPUBLIC', label: 'Republic', ...c(6, 4) },
      { key: 'OBLAST', label: 'Oblast', ...c(1, 1) },
      { key: 'KRAI', label: 'Krai', ...c(1, 0) },
    ]);
    expect(rowsOf(data.district)).toEqual([['Volga', 6, 4], ['North Caucasian', 1, 1], ['Far Eastern', 1, 0]]);
  });

  it('counts by start year, in year order (1993 for the 1993–1994 visit that overlaps the window)', async () => {
    const { activity } = await query(`{ activity(groupBy: YEAR, ${WINDOW}) { ${REPORT} } }`);
    expect(rowsOf(activity)).toEqual([
      ['1993', 1, 0],
      ['1995', 2, 0],
      ['1996', 1, 1],
      ['1997', 0, 2],
      ['1998', 1, 0],
      ['1999', 2, 1],
      ['2000', 1, 0],
      ['2001', 1, 1],
    ]);
    expect(activity.unattributed).toEqual(c(0, 0));
    expect(activity.totals).toEqual(c(9, 5));
  });

  it('counts by partner country: a diaspora’s host, an organisation’s country; the meeting with a foreign person has none', async () => {
    const { activity } = await query(`{ activity(groupBy: PARTNER_COUNTRY, ${WINDOW}) { ${REPORT} } }`);
    expect(activity.rows).toEqual([
      { key: 'country:CN', label: "People's Republic of China", ...c(3, 1) },
      { key: 'country:DE', label: 'Germany', ...c(1, 2) },
      { key: 'country:FI', label: 'Finland', ...c(2, 0) },
      { key: 'country:TR', label: 'Türkiye', ...c(1, 1) },
      { key: 'country:FR', label: 'France', ...c(1, 0) },
      { key: 'country:JP', label: 'Japan', ...c(1, 0) },
    ]);
    expect(activity.unattributed).toEqual(c(0, 1));
  });

  it.each(['REGION', 'GOVERNOR', 'REGION_KIND', 'FEDERAL_DISTRICT', 'YEAR', 'PARTNER_COUNTRY'] as const)(
    'issue 6: counting %s in the database gives what groupActivity gives over the same events (seed + fixture, with and without a window)',
    async (grouping) => {
      for (const window of [{ start: '1994-01-01', end: '2001-12-31' }, { start: null, end: null }]) {
        const [row] = await api.db.executeRead<{ events: EventRow[] }>({
          cypher: `${ACTIVITY_EVENTS_SUBQUERY}\nRETURN events`,
          params: { windowStart: window.start, windowEnd: window.end },
        });
        const expected = groupActivity((row?.events ?? []).map(toActivityEvent), grouping);
        expect(expected.totals.total).toBeGreaterThan(0);
        const args = window.start ? WINDOW : '';
        const { activity } = await query(`{ activity(groupBy: ${grouping} ${args}) { ${REPORT} } }`);
        expect({ rows: activity.rows, unattributed: activity.unattributed, totals: activity.totals }).toEqual(expected);
      }
    },
  );

  it('without a window adds the 2003 visit and the undated one (no year: unattributed by year)', async () => {
    const { activity } = await query(`{ activity(groupBy: YEAR) { ${REPORT} } }`);
    const fixtureYears = activity.rows.filter((r: { key: string }) => r.key < '2002');
    expect(fixtureYears.map((r: { total: number }) => r.total).reduce((a: number, b: number) => a + b, 0)).toBe(14);
    expect(activity.rows.find((r: { key: string }) => r.key === '2003')).toEqual({ key: '2003', label: '2003', ...c(1, 0) });
    // The undated: Kadyrov's two visits and the fixture's visit to Mongolia.
    expect(activity.unattributed).toEqual(c(3, 0));
  });

  it('republics vs krais and oblasts: 10 events over 23 republics vs 3 over 57 krais and oblasts', async () => {
    const { r } = await query(`{ r: republicsVersusKraisAndOblasts(${WINDOW}) { difference consistentWithClaim groups { label n active total mean units { id total } } } }`);
    const [republics, others] = r.groups;
    expect(republics).toMatchObject({ n: 23, active: 2, total: 10 });
    expect(republics.mean).toBeCloseTo(10 / 23, 12);
    expect(republics.units.slice(0, 2)).toEqual([{ id: 'fixture:rep1', total: 8 }, { id: 'fixture:rep2', total: 2 }]);
    expect(others).toMatchObject({ n: 57, active: 2, total: 3 });
    expect(others.mean).toBeCloseTo(3 / 57, 12);
    expect(r.difference).toBeCloseTo(10 / 23 - 3 / 57, 12);
    expect(r.consistentWithClaim).toBe(true);
  });

  it('outsiders vs locals: 6 events over 2 outsiders vs 6 over 4 locals (two seed governors in office with none)', async () => {
    const { o } = await query(`{ o: outsiderVersusLocalGovernors(${WINDOW}) { difference consistentWithClaim excluded { id total } groups { n total mean units { id total } } } }`);
    const [outsiders, locals] = o.groups;
    expect(outsiders).toMatchObject({ n: 2, total: 6, mean: 3 });
    expect(outsiders.units).toEqual([{ id: 'fixture:gov-a2', total: 4 }, { id: 'fixture:gov-c', total: 2 }]);
    expect(locals).toMatchObject({ n: 4, total: 6, mean: 1.5 });
    expect(locals.units.map((u: { id: string }) => u.id)).toEqual([
      'fixture:gov-a1', 'fixture:gov-b', 'person:anatoly-artamonov', 'person:mintimer-shaimiev',
    ]);
    expect(o.difference).toBe(1.5);
    expect(o.consistentWithClaim).toBe(true);
    expect(o.excluded).toEqual([{ id: 'fixture:gov-d', total: 1 }, { id: 'person:kirsan-ilyumzhinov', total: 0 }]);
  });

  const PROFILE = `governors { id } ${COUNTS} partnerCount kinLinkedPartnerCount kinLinkedShare kinLinkedEventShare withoutPartnerCountry
    partners { country { id } total kinLinked }`;

  it('before and after governor A2: half the partners kin-linked before (Finland by kinship, Germany by diaspora), a third after', async () => {
    const { g } = await query(`{ g: governorChange(region: "fixture:rep1", governor: "fixture:gov-a2") {
      at incoming { id } kinLinkedCountries { id } before { ${PROFILE} } after { ${PROFILE} } unplaced { total } } }`);
    expect(g.at).toBe('1997-06');
    expect(g.kinLinkedCountries).toEqual([{ id: 'country:FI' }, { id: 'country:DE' }]);
    expect(g.before).toEqual({
      governors: [{ id: 'fixture:gov-a1' }],
      ...c(3, 1),
      partnerCount: 4,
      kinLinkedPartnerCount: 2,
      kinLinkedShare: 0.5,
      kinLinkedEventShare: 0.5,
      withoutPartnerCountry: 0,
      partners: [
        { country: { id: 'country:FI' }, total: 1, kinLinked: true },
        { country: { id: 'country:DE' }, total: 1, kinLinked: true },
        { country: { id: 'country:JP' }, total: 1, kinLinked: false },
        { country: { id: 'country:CN' }, total: 1, kinLinked: false }, // "People's Republic of China" sorts last
      ],
    });
    expect(g.after).toMatchObject({ governors: [{ id: 'fixture:gov-a2' }], ...c(2, 2), partnerCount: 3, kinLinkedPartnerCount: 1, kinLinkedEventShare: 0.25 });
    expect(g.after.kinLinkedShare).toBeCloseTo(1 / 3, 12);
    expect(g.after.partners.map((p: { country: { id: string }; total: number }) => [p.country.id, p.total])).toEqual([
      ['country:CN', 2], ['country:FI', 1], ['country:TR', 1],
    ]);
    expect(g.unplaced.total).toBe(0);
  });

  it('split at a date instead: the meeting dated only "1997" reaches the split month and is unplaced; to narrows the events', async () => {
    const data = await query(`{
      g: governorChange(region: "fixture:rep1", at: "1997-06") { at before { total governors { id } } after { total governors { id } } unplaced { ${COUNTS} } }
      narrowed: governorChange(region: "fixture:rep1", governor: "fixture:gov-a2", to: "1998") { after { total partners { country { id } total } } }
    }`);
    expect(data.g).toEqual({
      at: '1997-06',
      before: { total: 4, governors: [{ id: 'fixture:gov-a1' }] },
      after: { total: 3, governors: [{ id: 'fixture:gov-a2' }] },
      unplaced: c(0, 1),
    });
    expect(data.narrowed.after).toEqual({ total: 2, partners: [{ country: { id: 'country:CN' }, total: 2 }] });
  });

  it('measures a star around the fixture republic: the centre has betweenness 1 and the highest PageRank', async () => {
    const { n } = await query(`{ n: networkMeasures(ids: ["fixture:rep1"], relationshipTypes: ["GOVERNED", "TITULAR_IN"], kinds: ["Region", "Person", "EthnicGroup"]) {
      nodeCount edgeCount nodes { node { id } degree betweenness pageRank } communities { size } } }`);
    expect(n).toMatchObject({ nodeCount: 4, edgeCount: 3 });
    expect(n.nodes[0]).toMatchObject({ node: { id: 'fixture:rep1' }, degree: 3, betweenness: 1 });
    for (const leaf of n.nodes.slice(1)) expect(leaf).toMatchObject({ degree: 1, betweenness: 0 });
    expect(n.nodes[0].pageRank).toBeGreaterThan(n.nodes[1].pageRank);
    expect(n.communities).toEqual([{ size: 4 }]);
  });
});
