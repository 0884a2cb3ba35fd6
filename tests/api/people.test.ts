import { describe, expect, it } from 'vitest';
import {
  ARTICLE,
  articleQuotesOf,
  byId,
  citationsOf,
  ids,
  seedNode,
  seedRelationship,
  sortedIds,
  useApi,
} from './apiTestKit.js';

const api = useApi();

const TENURE = 'id start end title endReason governor { id name } region { id code } sources { id quote }';
const VISIT = 'id start end purpose occasions visitor { id } country { id name } area { id name } sources { id quote }';
const MEETING = `id start end counterpartRole place occasions person { id }
  counterpart { __typename ... on Person { id name } ... on Diaspora { id name } ... on Organisation { id name } ... on Country { id code } }
  sources { id quote }`;

describe('Region.governors', () => {
  it('lists Tatarstan’s governors oldest first: Shaimiev (1991–2010) then Minnikhanov (2010–), each with the article quote', async () => {
    const data = await api.query(`{ region(code: "RU-TA") { governors { ${TENURE} } } }`);
    const shaimiev = seedRelationship('governed:mintimer-shaimiev-tatarstan');
    const minnikhanov = seedRelationship('governed:rustam-minnikhanov-tatarstan');
    expect(data.region.governors).toEqual([
      {
        id: 'governed:mintimer-shaimiev-tatarstan',
        start: '1991',
        end: '2010',
        title: 'President of the Republic of Tatarstan',
        endReason: null,
        governor: { id: 'person:mintimer-shaimiev', name: 'Mintimer Shaimiev' },
        region: { id: 'region:RU-TA', code: 'RU-TA' },
        sources: citationsOf(shaimiev),
      },
      {
        id: 'governed:rustam-minnikhanov-tatarstan',
        start: '2010',
        end: null,
        title: null,
        endReason: null,
        governor: { id: 'person:rustam-minnikhanov', name: 'Rustam Minnikhanov' },
        region: { id: 'region:RU-TA', code: 'RU-TA' },
        sources: citationsOf(minnikhanov),
      },
    ]);
    expect(data.region.governors[0].sources[0]).toEqual({
      id: ARTICLE,
      quote:
        'According to\u00a0my\u00a0calculations, in\u00a02005−2015, Mintimer Shaimiev and Rustam Minnikhanov travelled abroad for official visits 75 times. They met representatives of\u00a0other countries in\u00a0Russia 161 times',
    });
    expect(data.region.governors[0].sources[1]).toEqual({ id: 'source:wikipedia-mintimer-shaimiev', quote: null });
  });

  it('lists Komi’s three governors oldest first, Gaizer’s tenure ending in arrest', async () => {
    const data = await api.query(`{ region(code: "RU-KO") { governors { id start end endReason governor { id } } } }`);
    expect(data.region.governors).toEqual([
      { id: 'governed:vladimir-torlopov-komi', start: '2002', end: '2010', endReason: null, governor: { id: 'person:vladimir-torlopov' } },
      { id: 'governed:vyacheslav-gaizer-komi', start: '2010', end: '2015', endReason: 'arrest', governor: { id: 'person:vyacheslav-gaizer' } },
      { id: 'governed:sergei-gaplikov-komi', start: '2015', end: '2020', endReason: null, governor: { id: 'person:sergei-gaplikov' } },
    ]);
  });

  it('with at: "2016" keeps only Gaplikov in Komi', async () => {
    const data = await api.query(`{ region(code: "RU-KO") { governors(at: "2016") { governor { id name } } } }`);
    expect(data.region.governors).toEqual([{ governor: { id: 'person:sergei-gaplikov', name: 'Sergei Gaplikov' } }]);
  });

  it('with at: "2010" keeps both Torlopov and Gaizer (a year stands for all of it), and at: "2010-06-15" keeps both too', async () => {
    const data = await api.query(`{ region(code: "RU-KO") {
      year: governors(at: "2010") { governor { id } }
      day: governors(at: "2010-06-15") { governor { id } }
      early: governors(at: "2001") { governor { id } }
    } }`);
    expect(data.region.year.map((t: { governor: { id: string } }) => t.governor.id)).toEqual([
      'person:vladimir-torlopov',
      'person:vyacheslav-gaizer',
    ]);
    expect(data.region.day.map((t: { governor: { id: string } }) => t.governor.id)).toEqual([
      'person:vladimir-torlopov',
      'person:vyacheslav-gaizer',
    ]);
    expect(data.region.early).toEqual([]);
  });

  it('with at: "2024" keeps an open-ended tenure (Minnikhanov) and drops an ended one (Shaimiev)', async () => {
    const data = await api.query(`{ region(code: "RU-TA") { governors(at: "2024") { governor { id } } } }`);
    expect(data.region.governors).toEqual([{ governor: { id: 'person:rustam-minnikhanov' } }]);
  });

  it('returns no governors for a region the article does not discuss (Moscow)', async () => {
    const data = await api.query(`{ region(code: "RU-MOW") { governors { id } } }`);
    expect(data.region.governors).toEqual([]);
  });

  it('rejects a malformed date in at: with BAD_USER_INPUT', async () => {
    const res = await api.raw(`{ region(code: "RU-KO") { governors(at: "2016-13") { id } } }`);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.body.errors?.[0]?.message).toContain('2016-13');
  });
});

describe('Person', () => {
  it('gives Ramzan Kadyrov his names, role, tenure in Chechnya and sources with the article quote', async () => {
    const data = await api.query(`{ person(id: "person:ramzan-kadyrov") {
      __typename id name nameRu role tenures { ${TENURE} } ethnicity { id } posts { title } sources { id title quote }
    } }`);
    const kadyrov = seedNode('person:ramzan-kadyrov');
    expect(data.person).toEqual({
      __typename: 'Person',
      id: 'person:ramzan-kadyrov',
      name: 'Ramzan Kadyrov',
      nameRu: 'Рамзан Кадыров',
      role: 'Head of the Chechen Republic (since 2007)',
      tenures: [
        {
          id: 'governed:ramzan-kadyrov-chechnya',
          start: '2007',
          end: null,
          title: null,
          endReason: null,
          governor: { id: 'person:ramzan-kadyrov', name: 'Ramzan Kadyrov' },
          region: { id: 'region:RU-CE', code: 'RU-CE' },
          sources: citationsOf(seedRelationship('governed:ramzan-kadyrov-chechnya')),
        },
      ],
      ethnicity: [],
      posts: [],
      sources: [
        { id: ARTICLE, title: 'The ‘paradiplomacy’ of Russia’s regions', quote: articleQuotesOf(kadyrov)[0] },
        { id: 'source:wikipedia-ramzan-kadyrov', title: 'Ramzan Kadyrov — Wikipedia', quote: null },
      ],
    });
    expect(data.person.sources[0].quote).toBe('This is\u00a0not the first time that the head of\u00a0Chechnya has made such a\u00a0statement.');
  });

  it('lists Kadyrov’s visits to areas (no country) oldest first, then by id: the Arabian Peninsula, then the Levant', async () => {
    const data = await api.query(`{ person(id: "person:ramzan-kadyrov") { visits { ${VISIT} } } }`);
    const quote = 'Kadyrov pays visits mainly to\u00a0the countries on\u00a0the Arabian Peninsula and in\u00a0the Levant.';
    expect(articleQuotesOf(seedRelationship('visited:ramzan-kadyrov-levant'))).toEqual([quote]);
    expect(data.person.visits).toEqual([
      {
        id: 'visited:ramzan-kadyrov-arabian-peninsula',
        start: null,
        end: null,
        purpose: null,
        occasions: 'mainly',
        visitor: { id: 'person:ramzan-kadyrov' },
        country: null,
        area: { id: 'area:arabian-peninsula', name: 'Arabian Peninsula' },
        sources: [{ id: ARTICLE, quote }],
      },
      {
        id: 'visited:ramzan-kadyrov-levant',
        start: null,
        end: null,
        purpose: null,
        occasions: 'mainly',
        visitor: { id: 'person:ramzan-kadyrov' },
        country: null,
        area: { id: 'area:levant', name: 'Levant' },
        sources: [{ id: ARTICLE, quote }],
      },
    ]);
  });

  it('gives Zyazikov’s visit to Jordan (2002–2008, several times) with the country and the article quote', async () => {
    const data = await api.query(`{ person(id: "person:murat-zyazikov") { name role visits { ${VISIT} } } }`);
    const visit = seedRelationship('visited:murat-zyazikov-jordan');
    expect(data.person).toEqual({
      name: 'Murat Zyazikov',
      role: 'Head of Ingushetia (2002−2008)',
      visits: [
        {
          id: 'visited:murat-zyazikov-jordan',
          start: '2002',
          end: '2008',
          purpose: null,
          occasions: 'several times',
          visitor: { id: 'person:murat-zyazikov' },
          country: { id: 'country:JO', name: 'Jordan' },
          area: null,
          sources: citationsOf(visit),
        },
      ],
    });
    expect(data.person.visits[0].sources[0].quote).toContain('visited Jordan several times');
  });

  it('lists Zyazikov’s meetings (King Abdullah II and the Ingush diaspora, in Jordan) with typed counterparts and quotes', async () => {
    const data = await api.query(`{ person(id: "person:murat-zyazikov") { meetings { ${MEETING} } } }`);
    const quote = articleQuotesOf(seedRelationship('met:murat-zyazikov-abdullah-ii'))[0];
    expect(quote).toContain('King Abdullah II');
    expect(data.person.meetings).toEqual([
      {
        id: 'met:murat-zyazikov-abdullah-ii',
        start: '2002',
        end: '2008',
        counterpartRole: 'King of Jordan',
        place: 'Jordan',
        occasions: null,
        person: { id: 'person:murat-zyazikov' },
        counterpart: { __typename: 'Person', id: 'person:abdullah-ii', name: 'Abdullah II' },
        sources: citationsOf(seedRelationship('met:murat-zyazikov-abdullah-ii')),
      },
      {
        id: 'met:murat-zyazikov-ingush-in-jordan',
        start: '2002',
        end: '2008',
        counterpartRole: 'representatives of the Ingush diaspora',
        place: 'Jordan',
        occasions: null,
        person: { id: 'person:murat-zyazikov' },
        counterpart: { __typename: 'Diaspora', id: 'diaspora:ingush-in-jordan', name: 'Ingush diaspora in Jordan' },
        sources: citationsOf(seedRelationship('met:murat-zyazikov-ingush-in-jordan')),
      },
    ]);
  });

  it('gives Shaimiev’s meetings with Turkey’s head of state (a Country counterpart, “many”) with both article quotes', async () => {
    const data = await api.query(`{ person(id: "person:mintimer-shaimiev") { meetings { ${MEETING} } } }`);
    const met = seedRelationship('met:mintimer-shaimiev-turkey');
    expect(met.cite).toHaveLength(2);
    expect(data.person.meetings).toEqual([
      {
        id: 'met:mintimer-shaimiev-turkey',
        start: '2005',
        end: '2015',
        counterpartRole: 'head of state',
        place: null,
        occasions: 'many',
        person: { id: 'person:mintimer-shaimiev' },
        counterpart: { __typename: 'Country', id: 'country:TR', code: 'TR' },
        sources: citationsOf(met),
      },
    ]);
  });

  it('lists Kadyrov’s statements oldest first (Rohingya 2015, Macron 2020-10), undated last', async () => {
    const data = await api.query(`{ person(id: "person:ramzan-kadyrov") { statements { id date } } }`);
    expect(data.person.statements).toEqual([
      { id: 'statement:kadyrov-rohingya-myanmar', date: '2015' },
      { id: 'statement:kadyrov-macron-terrorist', date: '2020-10' },
      { id: 'statement:kadyrov-spoke-as-muslim', date: null },
    ]);
  });

  it('gives Torlopov and Gaizer Komi ethnicity (BELONGS_TO), and Gaizer’s tenure two article quotes', async () => {
    const data = await api.query(`{
      torlopov: person(id: "person:vladimir-torlopov") { ethnicity { id name } }
      gaizer: person(id: "person:vyacheslav-gaizer") { ethnicity { id name } tenures { id endReason sources { id quote } } }
    }`);
    expect(data.torlopov.ethnicity).toEqual([{ id: 'group:komi', name: 'Komi' }]);
    expect(data.gaizer.ethnicity).toEqual([{ id: 'group:komi', name: 'Komi' }]);
    const tenure = seedRelationship('governed:vyacheslav-gaizer-komi');
    expect(data.gaizer.tenures).toEqual([{ id: tenure.id, endReason: 'arrest', sources: citationsOf(tenure) }]);
    expect(data.gaizer.tenures[0].sources).toHaveLength(2);
  });

  it('gives Ilyumzhinov his post as President of FIDE (1995–2018) with its sources (LED)', async () => {
    const data = await api.query(`{ person(id: "person:kirsan-ilyumzhinov") {
      posts { title start end person { id } organisation { id name } sources { id quote } }
    } }`);
    expect(data.person.posts).toEqual([
      {
        title: 'President',
        start: '1995',
        end: '2018',
        person: { id: 'person:kirsan-ilyumzhinov' },
        organisation: { id: 'org:fide', name: 'International Chess Federation' },
        sources: citationsOf(seedRelationship('led:kirsan-ilyumzhinov-fide')),
      },
    ]);
    expect(data.person.posts[0].sources[0].quote).toContain('President of\u00a0the International Chess Federation');
  });

  it('returns null for an unknown person id and for the id of a node of another kind', async () => {
    const data = await api.query(`{ a: person(id: "person:nobody") { id } b: person(id: "region:RU-TA") { id } }`);
    expect(data).toEqual({ a: null, b: null });
  });
});

describe('Person.visits(from, to)', () => {
  const visitIds = (data: any, alias: string): string[] => ids(data.person[alias]);

  it('keeps Zyazikov’s 2002–2008 visit for windows that overlap it and drops it for windows that do not', async () => {
    const data = await api.query(`{ person(id: "person:murat-zyazikov") {
      all: visits { id }
      fromLastYear: visits(from: "2008") { id }
      fromLastDay: visits(from: "2008-12-31") { id }
      fromAfter: visits(from: "2009") { id }
      toFirstYear: visits(to: "2002") { id }
      toBefore: visits(to: "2001-12-31") { id }
      inside: visits(from: "2003-06", to: "2003-06") { id }
      around: visits(from: "1990", to: "2030") { id }
      before: visits(from: "1995", to: "2001") { id }
    } }`);
    const visit = ['visited:murat-zyazikov-jordan'];
    expect(visitIds(data, 'all')).toEqual(visit);
    expect(visitIds(data, 'fromLastYear')).toEqual(visit);
    expect(visitIds(data, 'fromLastDay')).toEqual(visit);
    expect(visitIds(data, 'fromAfter')).toEqual([]);
    expect(visitIds(data, 'toFirstYear')).toEqual(visit);
    expect(visitIds(data, 'toBefore')).toEqual([]);
    expect(visitIds(data, 'inside')).toEqual(visit);
    expect(visitIds(data, 'around')).toEqual(visit);
    expect(visitIds(data, 'before')).toEqual([]);
  });

  it('keeps Yevkurov’s 2008–2019 visit to Kazakhstan from "2019" and drops it from "2020"', async () => {
    const data = await api.query(`{ person(id: "person:yunus-bek-yevkurov") {
      all: visits { id occasions country { id } }
      kept: visits(from: "2019") { id }
      dropped: visits(from: "2020") { id }
    } }`);
    expect(data.person.all).toEqual([
      { id: 'visited:yunus-bek-yevkurov-kazakhstan', occasions: 'on several occasions', country: { id: 'country:KZ' } },
    ]);
    expect(ids(data.person.kept)).toEqual(['visited:yunus-bek-yevkurov-kazakhstan']);
    expect(data.person.dropped).toEqual([]);
  });

  it('rejects a malformed window bound with BAD_USER_INPUT', async () => {
    const res = await api.raw(`{ person(id: "person:murat-zyazikov") { visits(from: "2008-02-30") { id } } }`);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('Person.meetings(from, to)', () => {
  it('keeps Shaimiev’s 2005–2015 meetings for overlapping windows and drops them otherwise', async () => {
    const data = await api.query(`{ person(id: "person:mintimer-shaimiev") {
      lastMonth: meetings(from: "2015-12") { id }
      after: meetings(from: "2016") { id }
      firstDay: meetings(to: "2005-01-01") { id }
      before: meetings(to: "2004") { id }
      window: meetings(from: "2010", to: "2011") { id }
    } }`);
    const met = ['met:mintimer-shaimiev-turkey'];
    expect(ids(data.person.lastMonth)).toEqual(met);
    expect(data.person.after).toEqual([]);
    expect(ids(data.person.firstDay)).toEqual(met);
    expect(data.person.before).toEqual([]);
    expect(ids(data.person.window)).toEqual(met);
  });

  it('filters both of Zyazikov’s meetings alike (2002–2008): all in 2005, none from 2009', async () => {
    const data = await api.query(`{ person(id: "person:murat-zyazikov") {
      in2005: meetings(from: "2005", to: "2005") { id }
      from2009: meetings(from: "2009") { id }
    } }`);
    expect(sortedIds(data.person.in2005)).toEqual(['met:murat-zyazikov-abdullah-ii', 'met:murat-zyazikov-ingush-in-jordan']);
    expect(data.person.from2009).toEqual([]);
  });
});

describe('Country.visits(from, to)', () => {
  it('lists the visits to Jordan and Kazakhstan with their visitors, and filters them by window', async () => {
    const data = await api.query(`{
      jo: country(code: "JO") {
        all: visits { id start end occasions visitor { id name } country { id } area { id } sources { id quote } }
        kept: visits(from: "2008-12-31") { id }
        dropped: visits(from: "2009") { id }
      }
      kz: country(code: "KZ") {
        all: visits { id visitor { id } }
        kept: visits(to: "2008") { id }
        dropped: visits(to: "2007") { id }
        inside: visits(from: "2012-03", to: "2012-04") { id }
      }
      tr: country(code: "TR") { visits { id } }
    }`);
    expect(data.jo.all).toEqual([
      {
        id: 'visited:murat-zyazikov-jordan',
        start: '2002',
        end: '2008',
        occasions: 'several times',
        visitor: { id: 'person:murat-zyazikov', name: 'Murat Zyazikov' },
        country: { id: 'country:JO' },
        area: null,
        sources: citationsOf(seedRelationship('visited:murat-zyazikov-jordan')),
      },
    ]);
    expect(ids(data.jo.kept)).toEqual(['visited:murat-zyazikov-jordan']);
    expect(data.jo.dropped).toEqual([]);
    expect(data.kz.all).toEqual([{ id: 'visited:yunus-bek-yevkurov-kazakhstan', visitor: { id: 'person:yunus-bek-yevkurov' } }]);
    expect(ids(data.kz.kept)).toEqual(['visited:yunus-bek-yevkurov-kazakhstan']);
    expect(data.kz.dropped).toEqual([]);
    expect(ids(data.kz.inside)).toEqual(['visited:yunus-bek-yevkurov-kazakhstan']);
    expect(data.tr.visits).toEqual([]);
  });
});

describe('Statement', () => {
  const STATEMENT = `id summary text date
    speakers { __typename ... on Person { id } ... on Region { id } ... on Organisation { id } ... on Diaspora { id } }
    about { __typename ... on Country { id } ... on Person { id } ... on Organisation { id } ... on Region { id } ... on EthnicGroup { id } }
    sources { id quote }`;

  it('gives Kadyrov’s Macron statement its summary, own words, date, speaker, subjects and sources', async () => {
    const data = await api.query(`{ node(id: "statement:kadyrov-macron-terrorist") { __typename ... on Statement { ${STATEMENT} } } }`);
    const statement = seedNode('statement:kadyrov-macron-terrorist');
    expect({ ...data.node, about: byId(data.node.about) }).toEqual({
      __typename: 'Statement',
      id: 'statement:kadyrov-macron-terrorist',
      summary: statement.summary,
      text: 'The President of France himself is now behaving like a terrorist',
      date: '2020-10',
      speakers: [{ __typename: 'Person', id: 'person:ramzan-kadyrov' }],
      about: [
        { __typename: 'Country', id: 'country:FR' },
        { __typename: 'Person', id: 'person:emmanuel-macron' },
      ],
      sources: citationsOf(statement),
    });
    expect(data.node.summary).toContain('Samuel Paty');
    expect(data.node.sources).toEqual([
      { id: ARTICLE, quote: expect.stringContaining('behaving like a\u00a0terrorist') },
      { id: 'source:mk-kremlin-on-kadyrov-macron', quote: null },
    ]);
  });

  it('types speakers that are a Region, an Organisation and a Diaspora, and subjects that are an Organisation and a Region', async () => {
    const data = await api.query(`{
      tatarstan: node(id: "statement:tatarstan-refuses-to-leave-turksoy") { ... on Statement { ${STATEMENT} } }
      ministry: node(id: "statement:ministry-of-culture-turksoy-requirement") { ... on Statement { ${STATEMENT} } }
      diaspora: node(id: "statement:ingush-in-kazakhstan-letters-of-support") { ... on Statement { ${STATEMENT} } }
    }`);
    expect(data.tatarstan.speakers).toEqual([{ __typename: 'Region', id: 'region:RU-TA' }]);
    expect(byId(data.tatarstan.about)).toEqual([
      { __typename: 'Organisation', id: 'org:ministry-of-culture' },
      { __typename: 'Organisation', id: 'org:turksoy' },
    ]);
    expect(data.tatarstan.date).toBeNull();
    expect(data.tatarstan.text).toBeNull();
    expect(data.ministry.speakers).toEqual([{ __typename: 'Organisation', id: 'org:ministry-of-culture' }]);
    expect(byId(data.ministry.about)).toEqual([
      { __typename: 'Organisation', id: 'org:turksoy' },
      { __typename: 'Region', id: 'region:RU-TA' },
    ]);
    expect(data.diaspora.speakers).toEqual([{ __typename: 'Diaspora', id: 'diaspora:ingush-in-kazakhstan' }]);
    expect(data.diaspora.about).toEqual([{ __typename: 'Person', id: 'person:yunus-bek-yevkurov' }]);
    expect(data.diaspora.sources).toEqual(citationsOf(seedNode('statement:ingush-in-kazakhstan-letters-of-support')));
  });

  it('gives Peskov’s statement a full date and both sources with their quotes (MK’s in Russian)', async () => {
    const data = await api.query(`{ node(id: "statement:peskov-foreign-policy-outside-purview") { ... on Statement { date speakers { ... on Person { id } } about { ... on Person { id } } sources { id quote } } } }`);
    const statement = seedNode('statement:peskov-foreign-policy-outside-purview');
    expect(data.node).toEqual({
      date: '2020-10-28',
      speakers: [{ id: 'person:dmitry-peskov' }],
      about: [{ id: 'person:ramzan-kadyrov' }],
      sources: citationsOf(statement),
    });
    expect(data.node.sources[1].id).toBe('source:mk-kremlin-on-kadyrov-macron');
    expect(data.node.sources[1].quote).toEqual(expect.any(String));
  });
});
