import { describe, expect, it } from 'vitest';
import { citationsOf, seedNode, seedRelationship, useApi } from '../api/apiTestKit.js';

/**
 * Issue #3, "Time": every region's heads at a (partial) date, and a region's
 * timeline of tenures, visits, meetings, memberships and statements in date
 * order with their sources, against the real Neo4j over HTTP. The answers are
 * the seed's (docs/readme/tracing.md quotes them).
 */

const api = useApi();
const query = api.query;
const roundTrips = (text: string) => api.roundTrips(text);



const GOVERNORS_AT = 'query ($date: Date!) { governorsAt(date: $date) { id governor { id } region { code } start end } }';
const governorsAt = async (date: string): Promise<Array<[string, string, string | null, string | null]>> =>
  (await query(GOVERNORS_AT, { date })).governorsAt.map((t: any) => [t.region.code, t.governor.id, t.start, t.end]);

describe('Query.governorsAt', () => {
  it('in 2010 (a year of change): both the outgoing and the incoming heads of Tatarstan and Komi', async () => {
    expect(await governorsAt('2010')).toEqual([
      ['RU-CE', 'person:ramzan-kadyrov', '2007', null],
      ['RU-IN', 'person:yunus-bek-yevkurov', '2008', '2019'],
      ['RU-IVA', 'person:mikhail-men', '2005', '2013'],
      ['RU-KL', 'person:kirsan-ilyumzhinov', '1993', '2010'],
      ['RU-KLU', 'person:anatoly-artamonov', '2000', '2020'],
      ['RU-KO', 'person:vladimir-torlopov', '2002', '2010'],
      ['RU-KO', 'person:vyacheslav-gaizer', '2010', '2015'],
      ['RU-TA', 'person:mintimer-shaimiev', '1991', '2010'],
      ['RU-TA', 'person:rustam-minnikhanov', '2010', null],
    ]);
  });

  it('a day inside a year-only tenure boundary gives the same heads as the year: 2010-06-15', async () => {
    expect(await governorsAt('2010-06-15')).toEqual(await governorsAt('2010'));
  });

  it('in 2016: one head per region that has one in the graph, Gaplikov for Komi', async () => {
    expect(await governorsAt('2016')).toEqual([
      ['RU-CE', 'person:ramzan-kadyrov', '2007', null],
      ['RU-IN', 'person:yunus-bek-yevkurov', '2008', '2019'],
      ['RU-KLU', 'person:anatoly-artamonov', '2000', '2020'],
      ['RU-KO', 'person:sergei-gaplikov', '2015', '2020'],
      ['RU-TA', 'person:rustam-minnikhanov', '2010', null],
    ]);
  });

  it('in October 2020 and in 1992', async () => {
    expect((await governorsAt('2020-10')).map(([code, id]) => [code, id])).toEqual([
      ['RU-CE', 'person:ramzan-kadyrov'],
      ['RU-KLU', 'person:anatoly-artamonov'],
      ['RU-KO', 'person:sergei-gaplikov'],
      ['RU-TA', 'person:rustam-minnikhanov'],
    ]);
    expect(await governorsAt('1992')).toEqual([['RU-TA', 'person:mintimer-shaimiev', '1991', '2010']]);
  });

  it('agrees with Region.governors(at:) for every region', async () => {
    const { regions } = await query('{ regions { code governors(at: "2010") { id } } }');
    const perRegion = regions.flatMap((r: any) => r.governors.map((t: { id: string }) => t.id));
    const all = (await query(GOVERNORS_AT, { date: '2010' })).governorsAt.map((t: { id: string }) => t.id);
    expect([...all].sort()).toEqual([...perRegion].sort());
  });

  it('rejects a malformed date with BAD_USER_INPUT', async () => {
    const { body } = await api.raw(GOVERNORS_AT, { date: '2010-13' });
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.message).toContain('month must be 01..12, received "2010-13"');
  });

  it('takes two round-trips: the tenures, then their governors and regions', async () => {
    expect(await roundTrips('{ governorsAt(date: "2010") { governor { name } region { name } } }')).toBe(2);
  });
});

const TIMELINE = `query ($code: String!, $from: Date, $to: Date) {
  region(code: $code) {
    timeline(from: $from, to: $to) {
      __typename kind date end summary sources { id quote }
      ... on TimelineTenure { tenure { id } }
      ... on TimelineVisit { visit { id } }
      ... on TimelineMeeting { meeting { id } }
      ... on TimelineMembership { membership { organisation { id } } }
      ... on TimelineStatement { statement { id } }
    }
  }
}`;

interface Entry {
  __typename: string;
  kind: string;
  date: string | null;
  end: string | null;
  summary: string;
  sources: Array<{ id: string; quote: string | null }>;
  tenure?: { id: string };
  visit?: { id: string };
  meeting?: { id: string };
  membership?: { organisation: { id: string } };
  statement?: { id: string };
}

const timeline = async (code: string, window: { from?: string; to?: string } = {}): Promise<Entry[]> =>
  (await query(TIMELINE, { code, ...window })).region.timeline;

/** An entry as [kind, date, end, the id of its fact (of the organisation, for a membership)]. */
const brief = (e: Entry): [string, string | null, string | null, string | undefined] => [
  e.kind, e.date, e.end, (e.tenure ?? e.visit ?? e.meeting ?? e.membership?.organisation ?? e.statement)?.id,
];

describe('Region.timeline', () => {
  it('Tatarstan: tenures, the meetings with Turkey, the 2015 lobbying, then the undated membership and statements', async () => {
    const entries = await timeline('RU-TA');
    expect(entries.map(brief)).toEqual([
      ['TENURE_START', '1991', null, 'governed:mintimer-shaimiev-tatarstan'],
      ['MEETING', '2005', '2015', 'met:mintimer-shaimiev-turkey'],
      ['MEETING', '2005', '2015', 'met:rustam-minnikhanov-turkey'],
      ['TENURE_END', '2010', null, 'governed:mintimer-shaimiev-tatarstan'],
      ['TENURE_START', '2010', null, 'governed:rustam-minnikhanov-tatarstan'],
      ['STATEMENT', '2015', null, 'statement:tatarstan-lobbying-turkish-sanctions'],
      ['MEMBERSHIP', null, null, 'org:turksoy'],
      ['STATEMENT', null, null, 'statement:ministry-of-culture-turksoy-requirement'],
      ['STATEMENT', null, null, 'statement:tatarstan-refuses-to-leave-turksoy'],
    ]);
    expect(entries.map((e) => e.__typename)).toEqual([
      'TimelineTenure', 'TimelineMeeting', 'TimelineMeeting', 'TimelineTenure', 'TimelineTenure',
      'TimelineStatement', 'TimelineMembership', 'TimelineStatement', 'TimelineStatement',
    ]);
    expect(entries.map((e) => e.summary).slice(0, 5)).toEqual([
      'Mintimer Shaimiev took office as head of Tatarstan (President of the Republic of Tatarstan)',
      'Mintimer Shaimiev met Türkiye (head of state)',
      'Rustam Minnikhanov met Türkiye (head of state)',
      'Mintimer Shaimiev left office as head of Tatarstan',
      'Rustam Minnikhanov took office as head of Tatarstan',
    ]);
  });

  it('gives every entry the sources of its fact, with their quotes', async () => {
    const entries = await timeline('RU-TA');
    expect(entries[0]?.sources).toEqual(citationsOf(seedRelationship('governed:mintimer-shaimiev-tatarstan')));
    expect(entries[1]?.sources).toEqual(citationsOf(seedRelationship('met:mintimer-shaimiev-turkey')));
    expect(entries[5]?.sources).toEqual(citationsOf(seedNode('statement:tatarstan-lobbying-turkish-sanctions')));
    expect(entries[6]?.sources).toEqual(citationsOf(seedRelationship('member-of:tatarstan-turksoy')));
    for (const entry of entries) expect(entry.sources.length).toBeGreaterThan(0);
  });

  it('Ingushetia: Zyazikov’s Jordan visits and meetings, the change of head in 2008, Yevkurov’s Kazakhstan visits, the diaspora’s letters', async () => {
    expect((await timeline('RU-IN')).map((e) => [e.kind, e.date, e.summary])).toEqual([
      ['TENURE_START', '2002', 'Murat Zyazikov took office as head of Ingushetia'],
      ['VISIT', '2002', 'Murat Zyazikov visited Jordan (several times)'],
      ['MEETING', '2002', 'Murat Zyazikov met Abdullah II (King of Jordan)'],
      ['MEETING', '2002', 'Murat Zyazikov met Ingush diaspora in Jordan (representatives of the Ingush diaspora)'],
      ['TENURE_END', '2008', 'Murat Zyazikov left office as head of Ingushetia'],
      ['TENURE_START', '2008', 'Yunus-Bek Yevkurov took office as head of Ingushetia'],
      ['VISIT', '2008', 'Yunus-Bek Yevkurov visited Kazakhstan (on several occasions)'],
      ['TENURE_END', '2019', 'Yunus-Bek Yevkurov left office as head of Ingushetia'],
      ['STATEMENT', null, 'The Ingush living in Kazakhstan sent letters of support to Yunus-Bek Yevkurov, the head of Ingushetia.'],
    ]);
  });

  it('Komi: only the three tenures (the seed dates no Komi visit or meeting)', async () => {
    expect((await timeline('RU-KO')).map(brief)).toEqual([
      ['TENURE_START', '2002', null, 'governed:vladimir-torlopov-komi'],
      ['TENURE_END', '2010', null, 'governed:vladimir-torlopov-komi'],
      ['TENURE_START', '2010', null, 'governed:vyacheslav-gaizer-komi'],
      ['TENURE_END', '2015', null, 'governed:vyacheslav-gaizer-komi'],
      ['TENURE_START', '2015', null, 'governed:sergei-gaplikov-komi'],
      ['TENURE_END', '2020', null, 'governed:sergei-gaplikov-komi'],
    ]);
  });

  it('with a window, entries that may fall in it; undated ones are left out (Chechnya from 2015)', async () => {
    expect((await timeline('RU-CE', { from: '2015' })).map(brief)).toEqual([
      ['STATEMENT', '2015', null, 'statement:kadyrov-rohingya-myanmar'],
      ['STATEMENT', '2020-10', null, 'statement:kadyrov-macron-terrorist'],
      ['STATEMENT', '2020-10-28', null, 'statement:peskov-foreign-policy-outside-purview'],
    ]);
    const all = await timeline('RU-CE');
    expect(all.filter((e) => e.date === null).map(brief)).toEqual([
      ['VISIT', null, null, 'visited:ramzan-kadyrov-arabian-peninsula'],
      ['VISIT', null, null, 'visited:ramzan-kadyrov-levant'],
      ['STATEMENT', null, null, 'statement:kadyrov-spoke-as-muslim'],
    ]);
    expect(all.slice(-3).every((e) => e.date === null)).toBe(true);
  });

  it('partial dates stand for their whole period: a year-only 2010 falls in June 2010, and 2005-2015 meetings overlap 2010', async () => {
    const expected = [
      ['MEETING', '2005', '2015', 'met:mintimer-shaimiev-turkey'],
      ['MEETING', '2005', '2015', 'met:rustam-minnikhanov-turkey'],
      ['TENURE_END', '2010', null, 'governed:mintimer-shaimiev-tatarstan'],
      ['TENURE_START', '2010', null, 'governed:rustam-minnikhanov-tatarstan'],
    ];
    expect((await timeline('RU-TA', { from: '2010', to: '2010' })).map(brief)).toEqual(expected);
    expect((await timeline('RU-TA', { from: '2010-06', to: '2010-06' })).map(brief)).toEqual(expected);
    expect(await timeline('RU-TA', { from: '2016' })).toEqual([]);
  });

  it('rejects a window that ends before it starts', async () => {
    const { body } = await api.raw(TIMELINE, { code: 'RU-TA', from: '2011', to: '2010' });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'from' });
    expect(body.errors?.[0]?.message).toBe('from must not be after to, received from "2011" and to "2010"');
  });

  it('takes two round-trips for all 83 regions, sources included', async () => {
    expect(await roundTrips('{ regions { timeline { kind date summary sources { id quote } } } }')).toBe(2);
  });
});
