import { describe, expect, it } from 'vitest';
import { ARTICLE, expectBadUserInput, ids, seed, seedNode, seedSource, useApi } from './apiTestKit.js';

const api = useApi();

const SOURCE_FIELDS = 'id title publisher url published quote';

describe('Query.region', () => {
  it('returns Tatarstan by code RU-TA with its names, kind, federal district and reference sources', async () => {
    const data = await api.query(`{
      region(code: "RU-TA") { __typename id code name nameRu kind federalDistrict sources { ${SOURCE_FIELDS} } }
    }`);
    expect(data.region).toEqual({
      __typename: 'Region',
      id: 'region:RU-TA',
      code: 'RU-TA',
      name: 'Tatarstan',
      nameRu: 'Татарстан',
      kind: 'REPUBLIC',
      federalDistrict: 'Volga',
      sources: [
        {
          id: 'source:iso-3166-2-ru',
          title: 'ISO 3166-2:RU subdivision codes and categories (npm package iso-3166-2)',
          publisher: 'International Organization for Standardization',
          url: 'https://www.iso.org/obp/ui/#iso:code:3166:RU',
          published: null,
          quote: null,
        },
        {
          id: 'source:iso3166-2-db',
          title: 'iso3166-2-db: English and Russian names of ISO 3166-2 subdivisions (npm package)',
          publisher: 'esosedi/3166',
          url: 'https://github.com/esosedi/3166',
          published: null,
          quote: null,
        },
        {
          id: 'source:decree-849-federal-districts',
          title:
            'Presidential Decree No. 849 of 13 May 2000 "On the Plenipotentiary Representative of the President of the Russian Federation in a Federal District" (as amended, incl. the decrees of 19 January 2010 and 3 November 2018)',
          publisher: 'President of the Russian Federation',
          url: 'http://www.kremlin.ru/acts/bank/15492',
          published: '2000-05-13',
          quote: null,
        },
      ],
    });
  });

  it('accepts a lower-case code with surrounding spaces (ru-ko) and returns the Komi Republic', async () => {
    const data = await api.query(`{ region(code: " ru-ko ") { id code name kind federalDistrict } }`);
    expect(data.region).toEqual({
      id: 'region:RU-KO',
      code: 'RU-KO',
      name: 'Komi Republic',
      kind: 'REPUBLIC',
      federalDistrict: 'Northwestern',
    });
  });

  it('returns the other kinds of federal subject with their kind and district (Moscow, Kaluga, Jewish AO, Chukotka, Perm)', async () => {
    const data = await api.query(`{
      mow: region(code: "RU-MOW") { kind federalDistrict }
      klu: region(code: "RU-KLU") { kind federalDistrict }
      yev: region(code: "RU-YEV") { kind federalDistrict }
      chu: region(code: "RU-CHU") { kind federalDistrict }
      per: region(code: "RU-PER") { kind federalDistrict }
      bu: region(code: "RU-BU") { kind federalDistrict }
    }`);
    expect(data).toEqual({
      mow: { kind: 'FEDERAL_CITY', federalDistrict: 'Central' },
      klu: { kind: 'OBLAST', federalDistrict: 'Central' },
      yev: { kind: 'AUTONOMOUS_OBLAST', federalDistrict: 'Far Eastern' },
      chu: { kind: 'AUTONOMOUS_OKRUG', federalDistrict: 'Far Eastern' },
      per: { kind: 'KRAI', federalDistrict: 'Volga' },
      bu: { kind: 'REPUBLIC', federalDistrict: 'Far Eastern' },
    });
  });

  it('returns null, without an error, for a well-formed code that no region has (RU-XX)', async () => {
    const data = await api.query(`{ region(code: "RU-XX") { id } }`);
    expect(data.region).toBeNull();
  });

  it('rejects a malformed code ("Tatarstan") with BAD_USER_INPUT naming the argument', async () => {
    const res = await api.raw(`{ region(code: "Tatarstan") { id } }`);
    expectBadUserInput(res, 'code');
    expect(res.body.errors?.[0]?.message).toContain('"Tatarstan"');
  });
});

describe('Query.regions', () => {
  it('lists all 83 federal subjects, ordered by code', async () => {
    const data = await api.query(`{ regions { id code } }`);
    expect(data.regions).toHaveLength(83);
    const codes = data.regions.map((r: { code: string }) => r.code);
    expect(codes).toEqual([...codes].sort());
    expect(new Set(codes).size).toBe(83);
    expect(data.regions.every((r: { id: string; code: string }) => r.id === `region:${r.code}`)).toBe(true);
    expect(codes).toEqual(expect.arrayContaining(['RU-TA', 'RU-CE', 'RU-IN', 'RU-KO', 'RU-MOW', 'RU-SPE', 'RU-YEV']));
  });

  it('with kind: REPUBLIC lists the 21 republics and nothing else', async () => {
    const data = await api.query(`{ regions(kind: REPUBLIC) { code kind } }`);
    expect(data.regions).toHaveLength(21);
    expect(data.regions.every((r: { kind: string }) => r.kind === 'REPUBLIC')).toBe(true);
    expect(data.regions.map((r: { code: string }) => r.code)).toEqual(
      expect.arrayContaining(['RU-TA', 'RU-CE', 'RU-IN', 'RU-KO', 'RU-BU', 'RU-KL', 'RU-KR', 'RU-ME', 'RU-MO', 'RU-UD']),
    );
  });

  it('splits the 83 into 21 republics, 9 krais, 46 oblasts, 2 federal cities, 1 autonomous oblast and 4 autonomous okrugs', async () => {
    const data = await api.query(`{
      krai: regions(kind: KRAI) { code }
      oblast: regions(kind: OBLAST) { code }
      city: regions(kind: FEDERAL_CITY) { code }
      ao: regions(kind: AUTONOMOUS_OBLAST) { code }
      okrug: regions(kind: AUTONOMOUS_OKRUG) { code }
    }`);
    expect(data.krai).toHaveLength(9);
    expect(data.oblast).toHaveLength(46);
    expect(data.city.map((r: { code: string }) => r.code)).toEqual(['RU-MOW', 'RU-SPE']);
    expect(data.ao.map((r: { code: string }) => r.code)).toEqual(['RU-YEV']);
    expect(data.okrug.map((r: { code: string }) => r.code)).toEqual(['RU-CHU', 'RU-KHM', 'RU-NEN', 'RU-YAN']);
  });
});

describe('Query.country', () => {
  it('finds Turkey case-insensitively ("tr") with names, disputed: false and the package as source', async () => {
    const data = await api.query(`{ country(code: "tr") { __typename id code name nameRu disputed sources { id quote } } }`);
    expect(data.country).toEqual({
      __typename: 'Country',
      id: 'country:TR',
      code: 'TR',
      name: 'Türkiye',
      nameRu: 'Турция',
      disputed: false,
      sources: [{ id: 'source:i18n-iso-countries', quote: null }],
    });
  });

  it('flags a territory of disputed status (TW) as disputed and cites the list of states with limited recognition', async () => {
    const data = await api.query(`{ country(code: "TW") { code disputed sources { id title quote } } }`);
    expect(data.country).toEqual({
      code: 'TW',
      disputed: true,
      sources: [
        {
          id: 'source:i18n-iso-countries',
          title: 'i18n-iso-countries: ISO 3166-1 codes with English and Russian names (npm package)',
          quote: null,
        },
        { id: 'source:wikipedia-limited-recognition', title: 'List of states with limited recognition — Wikipedia', quote: null },
      ],
    });
  });

  it('returns Jordan and Kazakhstan with their Russian names', async () => {
    const data = await api.query(`{ jo: country(code: "JO") { name nameRu } kz: country(code: "kz") { name nameRu } }`);
    expect(data).toEqual({ jo: { name: 'Jordan', nameRu: 'Иордания' }, kz: { name: 'Kazakhstan', nameRu: 'Казахстан' } });
  });

  it('returns null, without an error, for an unknown two-letter code (ZZ)', async () => {
    const data = await api.query(`{ country(code: "ZZ") { id } }`);
    expect(data.country).toBeNull();
  });

  it('rejects a code that is not two letters ("TUR") with BAD_USER_INPUT', async () => {
    expectBadUserInput(await api.raw(`{ country(code: "TUR") { id } }`), 'code');
  });
});

describe('Query.node', () => {
  const cases: Array<[id: string, typename: string]> = [
    ['region:RU-TA', 'Region'],
    ['country:TR', 'Country'],
    ['person:ramzan-kadyrov', 'Person'],
    ['group:tatars', 'EthnicGroup'],
    ['diaspora:ingush-in-jordan', 'Diaspora'],
    ['org:turksoy', 'Organisation'],
    ['area:levant', 'Area'],
    ['statement:kadyrov-macron-terrorist', 'Statement'],
    ['figure:tatarstan-2005-2015', 'ActivityFigure'],
    ['claim:regions-differ-in-paradiplomacy', 'Claim'],
    [ARTICLE, 'Source'],
  ];

  it.each(cases)('resolves %s as a %s with that id', async (id, typename) => {
    const data = await api.query(`query ($id: ID!) { node(id: $id) { __typename id } }`, { id });
    expect(data.node).toEqual({ __typename: typename, id });
  });

  it('gives a Source node its title, publisher, url and no quote (a quote belongs to a citation, not to the source)', async () => {
    const article = seedSource(ARTICLE);
    const data = await api.query(`{
      a: node(id: "${ARTICLE}") { ... on Source { ${SOURCE_FIELDS} } }
      b: node(id: "source:mk-kremlin-on-kadyrov-macron") { ... on Source { ${SOURCE_FIELDS} } }
    }`);
    expect(data.a).toEqual({
      id: ARTICLE,
      title: article.title,
      publisher: 'Riddle Russia',
      url: 'https://ridl.io/en/the-paradiplomacy-of-russia-s-regions/',
      published: null,
      quote: null,
    });
    expect(article.title).toBe('The ‘paradiplomacy’ of Russia’s regions');
    expect(data.b).toEqual({
      id: 'source:mk-kremlin-on-kadyrov-macron',
      title: 'В Кремле прокомментировали заявления Кадырова о Макроне',
      publisher: 'Moskovsky Komsomolets (MK.ru)',
      url: 'https://mk.ru/politics/2020/10/28/v-kremle-prokommentirovali-zayavleniya-kadyrova-o-makrone.html',
      published: '2020-10-28',
      quote: null,
    });
  });

  it('returns null, without an error, for ids that no node has', async () => {
    const data = await api.query(`{
      a: node(id: "person:nobody") { id }
      b: node(id: "region:RU-XX") { id }
      c: node(id: "not-an-id") { id }
      d: node(id: "source:nowhere") { id }
    }`);
    expect(data).toEqual({ a: null, b: null, c: null, d: null });
  });
});

describe('Area', () => {
  it('gives the Levant and the Arabian Peninsula their names and the article quote', async () => {
    const data = await api.query(`{
      levant: node(id: "area:levant") { ... on Area { id name nameRu sources { id quote } } }
      arabia: node(id: "area:arabian-peninsula") { ... on Area { id name nameRu sources { id quote } } }
    }`);
    const levant = seedNode('area:levant');
    const arabia = seedNode('area:arabian-peninsula');
    expect(data.levant).toEqual({
      id: 'area:levant',
      name: 'Levant',
      nameRu: 'Левант',
      sources: [{ id: ARTICLE, quote: levant.cite[0]?.quote }],
    });
    expect(data.arabia).toEqual({
      id: 'area:arabian-peninsula',
      name: 'Arabian Peninsula',
      nameRu: 'Аравийский полуостров',
      sources: [{ id: ARTICLE, quote: arabia.cite[0]?.quote }],
    });
    expect(data.levant.sources[0].quote).toMatch(/Levant/);
  });
});

describe('Query.sources', () => {
  it('lists every source of seed/sources.json and the 5 reference sources, each with its fields and no quote', async () => {
    const data = await api.query(`{ sources { ${SOURCE_FIELDS} } }`);
    expect(data.sources).toHaveLength(seed.sources.length + 5);
    for (const s of seed.sources) {
      expect(data.sources).toContainEqual({
        id: s.id,
        title: s.title,
        publisher: s.publisher ?? null,
        url: s.url ?? null,
        published: s.published ?? null,
        quote: null,
      });
    }
    expect(ids(data.sources)).toEqual(
      expect.arrayContaining([
        'source:iso-3166-2-ru',
        'source:iso3166-2-db',
        'source:decree-849-federal-districts',
        'source:i18n-iso-countries',
        'source:wikipedia-limited-recognition',
      ]),
    );
  });
});
