import { describe, expect, it } from 'vitest';
import { ARTICLE, byId, citationsOf, ids, seed, seedNode, seedRelationship, sortedIds, useApi } from './apiTestKit.js';

const api = useApi();

type Kinship = { country: { id: string } };
const byCountry = (list: Kinship[]): Kinship[] => [...list].sort((a, b) => a.country.id.localeCompare(b.country.id));

describe('Query.ethnicGroup', () => {
  it('gives the Komi their names, language family, no religion, titular region, kin countries and sources', async () => {
    const data = await api.query(`{ ethnicGroup(id: "group:komi") {
      __typename id name nameRu languageFamily religion
      titularIn { group { id } region { id name } sources { id quote } }
      kinCountries { group { id } country { id name } basis note sources { id quote } }
      diasporas { id }
      sources { id quote }
    } }`);
    const group = data.ethnicGroup;
    expect({ ...group, kinCountries: byCountry(group.kinCountries) }).toEqual({
      __typename: 'EthnicGroup',
      id: 'group:komi',
      name: 'Komi',
      nameRu: 'Коми',
      languageFamily: 'Uralic (Finno-Ugric, Permic)',
      religion: null,
      titularIn: [
        {
          group: { id: 'group:komi' },
          region: { id: 'region:RU-KO', name: 'Komi Republic' },
          sources: [{ id: 'source:wikipedia-komi-peoples', quote: null }],
        },
      ],
      kinCountries: [
        {
          group: { id: 'group:komi' },
          country: { id: 'country:FI', name: 'Finland' },
          basis: 'LINGUISTIC',
          note: 'Finno-Ugric languages; the article calls Finland a Finno-Ugric country',
          sources: citationsOf(seedRelationship('kin-of:komi-finland')),
        },
        {
          group: { id: 'group:komi' },
          country: { id: 'country:HU', name: 'Hungary' },
          basis: 'LINGUISTIC',
          note: 'Finno-Ugric languages; the article calls Hungary a Finno-Ugric country',
          sources: citationsOf(seedRelationship('kin-of:komi-hungary')),
        },
      ],
      diasporas: [],
      sources: citationsOf(seedNode('group:komi')),
    });
    expect(group.kinCountries[0].sources[0]).toEqual({
      id: ARTICLE,
      quote: 'Since the 1990s, Komi has been involved in\u00a0active cooperation with the Finno-Ugric countries (primarily Finland and Hungary).',
    });
  });

  it('gives the Buryats an ETHNIC kinship with Mongolia, quoted from the article', async () => {
    const data = await api.query(`{ ethnicGroup(id: "group:buryats") {
      languageFamily titularIn { region { id } } kinCountries { country { id } basis note sources { id quote } }
    } }`);
    expect(data.ethnicGroup).toEqual({
      languageFamily: 'Mongolic',
      titularIn: [{ region: { id: 'region:RU-BU' } }],
      kinCountries: [
        {
          country: { id: 'country:MN' },
          basis: 'ETHNIC',
          note: 'Buryats are a Mongolic people; the article counts Mongolia among Buryatia’s ‘kindred’ countries',
          sources: citationsOf(seedRelationship('kin-of:buryats-mongolia')),
        },
      ],
    });
    expect(data.ethnicGroup.kinCountries[0].sources[0].quote).toContain('friendly relations with Mongolia');
  });

  it('gives the Tatars a LINGUISTIC kinship with Turkey cited from reference sources without quotes', async () => {
    const data = await api.query(`{ ethnicGroup(id: "group:tatars") { name nameRu languageFamily kinCountries { country { id } basis sources { id quote } } } }`);
    expect(data.ethnicGroup).toEqual({
      name: 'Tatars',
      nameRu: 'Татары',
      languageFamily: 'Turkic',
      kinCountries: [
        {
          country: { id: 'country:TR' },
          basis: 'LINGUISTIC',
          sources: [
            { id: 'source:wikipedia-volga-tatars', quote: null },
            { id: 'source:wikipedia-turksoy', quote: null },
          ],
        },
      ],
    });
  });

  it('lists the Ingush diasporas in Jordan and Kazakhstan (DIASPORA_OF)', async () => {
    const data = await api.query(`{ ethnicGroup(id: "group:ingush") { languageFamily diasporas { id name } sources { id quote } } }`);
    expect(data.ethnicGroup.languageFamily).toBe('Northeast Caucasian (Nakh)');
    expect(byId(data.ethnicGroup.diasporas)).toEqual([
      { id: 'diaspora:ingush-in-jordan', name: 'Ingush diaspora in Jordan' },
      { id: 'diaspora:ingush-in-kazakhstan', name: 'Ingush in Kazakhstan' },
    ]);
    expect(data.ethnicGroup.sources).toEqual(citationsOf(seedNode('group:ingush')));
  });

  it('returns null for an unknown group id and for the id of a node of another kind', async () => {
    const data = await api.query(`{ a: ethnicGroup(id: "group:nobody") { id } b: ethnicGroup(id: "region:RU-TA") { id } }`);
    expect(data).toEqual({ a: null, b: null });
  });
});

describe('Query.ethnicGroups', () => {
  it('lists the 8 ethnic groups of the seed by name', async () => {
    const data = await api.query(`{ ethnicGroups { id name } }`);
    const names = data.ethnicGroups.map((g: { name: string }) => g.name);
    expect(names).toEqual(['Buryats', 'Ingush', 'Karelians', 'Komi', 'Mari', 'Mordvins', 'Tatars', 'Udmurts']);
    expect(sortedIds(data.ethnicGroups)).toEqual(
      seed.nodes.filter((n) => n.kind === 'EthnicGroup').map((n) => n.id).sort(),
    );
  });
});

describe('Region.titularGroups', () => {
  it('gives each of the 8 republics with a seeded titular group that group, with its source', async () => {
    const titular = seed.relationships.filter((r) => r.type === 'TITULAR_IN');
    expect(titular).toHaveLength(8);
    const query = titular
      .map((r, i) => `r${i}: region(code: "${r.to.slice('region:'.length)}") { titularGroups { group { id } region { id } sources { id quote } } }`)
      .join('\n');
    const data = await api.query(`{ ${query} }`);
    titular.forEach((r, i) => {
      expect(data[`r${i}`].titularGroups).toEqual([{ group: { id: r.from }, region: { id: r.to }, sources: citationsOf(r) }]);
    });
  });

  it('is empty for a region without a titular group in the seed (Moscow)', async () => {
    const data = await api.query(`{ region(code: "RU-MOW") { titularGroups { group { id } } } }`);
    expect(data.region.titularGroups).toEqual([]);
  });
});

describe('Diaspora', () => {
  const DIASPORA = `__typename id name group { id name } hostCountry { id name }
    meetings { id person { id } counterpart { ... on Diaspora { id } } }
    statements { id }
    sources { id quote }`;

  it('gives the Ingush diaspora in Jordan its group, host country, meeting with Zyazikov and the article quote', async () => {
    const data = await api.query(`{ node(id: "diaspora:ingush-in-jordan") { ... on Diaspora { ${DIASPORA} } } }`);
    expect(data.node).toEqual({
      __typename: 'Diaspora',
      id: 'diaspora:ingush-in-jordan',
      name: 'Ingush diaspora in Jordan',
      group: { id: 'group:ingush', name: 'Ingush' },
      hostCountry: { id: 'country:JO', name: 'Jordan' },
      meetings: [
        { id: 'met:murat-zyazikov-ingush-in-jordan', person: { id: 'person:murat-zyazikov' }, counterpart: { id: 'diaspora:ingush-in-jordan' } },
      ],
      statements: [],
      sources: citationsOf(seedNode('diaspora:ingush-in-jordan')),
    });
    expect(data.node.sources[0].quote).toContain('met representatives of\u00a0the Ingush diaspora there');
  });

  it('gives the Ingush in Kazakhstan their host country and their letters of support to Yevkurov', async () => {
    const data = await api.query(`{ node(id: "diaspora:ingush-in-kazakhstan") { ... on Diaspora { ${DIASPORA} } } }`);
    expect(data.node).toEqual({
      __typename: 'Diaspora',
      id: 'diaspora:ingush-in-kazakhstan',
      name: 'Ingush in Kazakhstan',
      group: { id: 'group:ingush', name: 'Ingush' },
      hostCountry: { id: 'country:KZ', name: 'Kazakhstan' },
      meetings: [],
      statements: [{ id: 'statement:ingush-in-kazakhstan-letters-of-support' }],
      sources: citationsOf(seedNode('diaspora:ingush-in-kazakhstan')),
    });
  });
});

describe('Country.kinGroups and Country.diasporas', () => {
  it('gives Finland and Hungary the Komi, Mongolia the Buryats, Turkey the Tatars as kin groups', async () => {
    const data = await api.query(`{
      fi: country(code: "FI") { kinGroups { group { id } country { id } basis } }
      hu: country(code: "HU") { kinGroups { group { id } basis } }
      mn: country(code: "MN") { kinGroups { group { id } basis sources { id quote } } }
      tr: country(code: "TR") { kinGroups { group { id } basis } }
      fr: country(code: "FR") { kinGroups { group { id } } }
    }`);
    expect(data.fi.kinGroups).toEqual([{ group: { id: 'group:komi' }, country: { id: 'country:FI' }, basis: 'LINGUISTIC' }]);
    expect(data.hu.kinGroups).toEqual([{ group: { id: 'group:komi' }, basis: 'LINGUISTIC' }]);
    expect(data.mn.kinGroups).toEqual([
      { group: { id: 'group:buryats' }, basis: 'ETHNIC', sources: citationsOf(seedRelationship('kin-of:buryats-mongolia')) },
    ]);
    expect(data.tr.kinGroups).toEqual([{ group: { id: 'group:tatars' }, basis: 'LINGUISTIC' }]);
    expect(data.fr.kinGroups).toEqual([]);
  });

  it('gives Jordan and Kazakhstan their Ingush diasporas (LIVES_IN) and Turkey none', async () => {
    const data = await api.query(`{
      jo: country(code: "JO") { diasporas { id hostCountry { id } } }
      kz: country(code: "KZ") { diasporas { id } }
      tr: country(code: "TR") { diasporas { id } }
    }`);
    expect(data.jo.diasporas).toEqual([{ id: 'diaspora:ingush-in-jordan', hostCountry: { id: 'country:JO' } }]);
    expect(ids(data.kz.diasporas)).toEqual(['diaspora:ingush-in-kazakhstan']);
    expect(data.tr.diasporas).toEqual([]);
  });
});
