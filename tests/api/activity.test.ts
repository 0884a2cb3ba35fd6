import { describe, expect, it } from 'vitest';
import { ARTICLE, articleQuotesOf, citationsOf, seed, seedNode, sortedIds, useApi } from './apiTestKit.js';

const api = useApi();

const FIGURE = `__typename id scope region { id name } from to visitsAbroad meetingsAbroad meetingsInRussia approximate
  governors { id name } source { id title publisher url published quote }`;

const ARTICLE_SOURCE = {
  id: ARTICLE,
  title: 'The ‘paradiplomacy’ of Russia’s regions',
  publisher: 'Riddle Russia',
  url: 'https://ridl.io/en/the-paradiplomacy-of-russia-s-regions/',
  published: null,
};

describe('Region.reportedActivity', () => {
  it('gives Tatarstan 75 official visits abroad and 161 meetings in Russia in 2005–2015, counting Shaimiev and Minnikhanov, with the article quote', async () => {
    const data = await api.query(`{ region(code: "RU-TA") { reportedActivity { ${FIGURE} } } }`);
    expect(data.region.reportedActivity).toHaveLength(1);
    const [figure] = data.region.reportedActivity;
    expect({ ...figure, governors: [...figure.governors].sort((a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id)) }).toEqual({
      __typename: 'ActivityFigure',
      id: 'figure:tatarstan-2005-2015',
      scope: 'REGION',
      region: { id: 'region:RU-TA', name: 'Tatarstan' },
      from: '2005',
      to: '2015',
      visitsAbroad: 75,
      meetingsAbroad: null,
      meetingsInRussia: 161,
      approximate: false,
      governors: [
        { id: 'person:mintimer-shaimiev', name: 'Mintimer Shaimiev' },
        { id: 'person:rustam-minnikhanov', name: 'Rustam Minnikhanov' },
      ],
      source: {
        ...ARTICLE_SOURCE,
        quote:
          'According to\u00a0my\u00a0calculations, in\u00a02005−2015, Mintimer Shaimiev and Rustam Minnikhanov travelled abroad for official visits 75 times. They met representatives of\u00a0other countries in\u00a0Russia 161 times',
      },
    });
  });

  it('is empty for a region no source reports figures for (Komi)', async () => {
    const data = await api.query(`{ region(code: "RU-KO") { reportedActivity { id } } }`);
    expect(data.region.reportedActivity).toEqual([]);
  });
});

describe('Query.reportedActivity', () => {
  it('lists the two figures: the all-regions average (about 14 meetings abroad and 20 in Russia, approximate) and Tatarstan’s', async () => {
    const data = await api.query(`{ reportedActivity { ${FIGURE} } }`);
    const average = seedNode('figure:all-regions-average-2005-2015');
    expect(data.reportedActivity).toHaveLength(2);
    expect(sortedIds(data.reportedActivity)).toEqual(['figure:all-regions-average-2005-2015', 'figure:tatarstan-2005-2015']);
    const got = data.reportedActivity.find((f: { id: string }) => f.id === 'figure:all-regions-average-2005-2015');
    expect(got).toEqual({
      __typename: 'ActivityFigure',
      id: 'figure:all-regions-average-2005-2015',
      scope: 'ALL_REGIONS_AVERAGE',
      region: null,
      from: '2005',
      to: '2015',
      visitsAbroad: null,
      meetingsAbroad: 14,
      meetingsInRussia: 20,
      approximate: true,
      governors: [],
      source: { ...ARTICLE_SOURCE, quote: articleQuotesOf(average)[0] },
    });
    expect(got.source.quote).toMatch(/about 14\s+international meetings abroad and 20\s+international meetings held in\s+Russia/);
    const tatarstan = data.reportedActivity.find((f: { id: string }) => f.id === 'figure:tatarstan-2005-2015');
    expect([tatarstan.visitsAbroad, tatarstan.meetingsInRussia, tatarstan.approximate]).toEqual([75, 161, false]);
  });
});

describe('Claim', () => {
  const claims = seed.nodes.filter((n) => n.kind === 'Claim');

  it('Query.claims lists every claim of the seed with its summary and its citations (quotes exactly as in seed)', async () => {
    const data = await api.query(`{ claims { __typename id summary sources { id quote } } }`);
    expect(data.claims).toHaveLength(claims.length);
    expect(claims.length).toBe(40);
    for (const claim of claims) {
      expect(data.claims).toContainEqual({ __typename: 'Claim', id: claim.id, summary: claim.summary, sources: citationsOf(claim) });
    }
  });

  it('gives every claim the persons it is attributed to (ATTRIBUTED_TO) and the nodes it is about (ABOUT), as in seed', async () => {
    const data = await api.query(`{ claims { id attributedTo { id } about { id } } }`);
    for (const claim of claims) {
      const got = data.claims.find((c: { id: string }) => c.id === claim.id);
      const attributed = seed.relationships.filter((r) => r.type === 'ATTRIBUTED_TO' && r.from === claim.id).map((r) => r.to);
      const about = seed.relationships.filter((r) => r.type === 'ABOUT' && r.from === claim.id).map((r) => r.to);
      expect({ id: claim.id, attributedTo: sortedIds(got.attributedTo), about: sortedIds(got.about) }).toEqual({
        id: claim.id,
        attributedTo: attributed.sort(),
        about: about.sort(),
      });
    }
  });

  it('gives the Komi-language claim its subjects as graph nodes (kind, label) and Stremoukhov’s claims their author', async () => {
    const data = await api.query(`{
      komi: node(id: "claim:komi-governors-speak-komi") { ... on Claim { summary attributedTo { id } about { id kind label } sources { id quote } } }
      varangians: node(id: "claim:varangian-governors-more-active") { ... on Claim { attributedTo { id name role } about { id } } }
    }`);
    expect({ ...data.komi, about: [...data.komi.about].sort((a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id)) }).toEqual({
      summary: 'Both Torlopov and Gaizer are ethnic Komis with varying degrees of skill in the Komi language.',
      attributedTo: [],
      about: [
        { id: 'group:komi', kind: 'EthnicGroup', label: 'Komi' },
        { id: 'person:vladimir-torlopov', kind: 'Person', label: 'Vladimir Torlopov' },
        { id: 'person:vyacheslav-gaizer', kind: 'Person', label: 'Vyacheslav Gaizer' },
      ],
      sources: citationsOf(seedNode('claim:komi-governors-speak-komi')),
    });
    expect(data.komi.sources[0].quote).toContain('ethnic Komis');
    expect(data.varangians).toEqual({
      attributedTo: [{ id: 'person:denis-stremoukhov', name: 'Denis Stremoukhov', role: seedNode('person:denis-stremoukhov').role }],
      about: [],
    });
  });
});

describe('Query.statements and Region.statements', () => {
  it('lists all 8 statements oldest first (2015, 2015, 2020-10, 2020-10-28), undated last by id', async () => {
    const data = await api.query(`{ statements { id date } }`);
    expect(data.statements).toEqual([
      { id: 'statement:kadyrov-rohingya-myanmar', date: '2015' },
      { id: 'statement:tatarstan-lobbying-turkish-sanctions', date: '2015' },
      { id: 'statement:kadyrov-macron-terrorist', date: '2020-10' },
      { id: 'statement:peskov-foreign-policy-outside-purview', date: '2020-10-28' },
      { id: 'statement:ingush-in-kazakhstan-letters-of-support', date: null },
      { id: 'statement:kadyrov-spoke-as-muslim', date: null },
      { id: 'statement:ministry-of-culture-turksoy-requirement', date: null },
      { id: 'statement:tatarstan-refuses-to-leave-turksoy', date: null },
    ]);
  });

  it('gives Tatarstan its lobbying for ending sanctions on Turkish companies (2015) and its refusal to leave Türksoy', async () => {
    const data = await api.query(`{ region(code: "RU-TA") { statements { id summary date speakers { __typename ... on Region { id } } about { __typename ... on Country { id } ... on Organisation { id } } sources { id quote } } } }`);
    const lobbying = seedNode('statement:tatarstan-lobbying-turkish-sanctions');
    expect(data.region.statements).toHaveLength(2);
    expect(data.region.statements[0]).toEqual({
      id: 'statement:tatarstan-lobbying-turkish-sanctions',
      summary: lobbying.summary,
      date: '2015',
      speakers: [{ __typename: 'Region', id: 'region:RU-TA' }],
      about: [{ __typename: 'Country', id: 'country:TR' }],
      sources: citationsOf(lobbying),
    });
    expect(data.region.statements[1].id).toBe('statement:tatarstan-refuses-to-leave-turksoy');
    expect(data.region.statements[1].date).toBeNull();
  });
});
