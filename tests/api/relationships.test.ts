import { describe, expect, it } from 'vitest';
import { KIND_BY_PREFIX, RELATIONSHIP_TYPES } from '../../src/seed/format.js';
import {
  ARTICLE,
  citationsOf,
  edgePropertiesOf,
  nodePropertiesOf,
  seed,
  seedRelationship,
  sortedIds,
  useApi,
  type SeedRelationship,
} from './apiTestKit.js';

/**
 * Every relationship type of the seed format, through the typed API fields
 * and through the generic graph shape (subgraph edges), with its provenance.
 */

const api = useApi();

const kindOf = (id: string): string | undefined => KIND_BY_PREFIX[id.split(':')[0] ?? ''];

/** The first seed relationship of each type: the one the table-driven test checks. */
const firstOfType = (type: string): SeedRelationship => {
  const rel = seed.relationships.find((r) => r.type === type);
  if (!rel) throw new Error(`seed/relationships.json has no ${type} relationship`);
  return rel;
};

describe('the seed', () => {
  it('has at least one relationship of every type in RELATIONSHIP_TYPES (18), and no other type', () => {
    expect(RELATIONSHIP_TYPES).toHaveLength(18);
    for (const type of RELATIONSHIP_TYPES) expect(seed.relationships.some((r) => r.type === type), type).toBe(true);
    expect(new Set(seed.relationships.map((r) => r.type))).toEqual(new Set(RELATIONSHIP_TYPES));
  });
});

describe('subgraph(ids: [from], depth: 1, relationshipTypes: [TYPE])', () => {
  const QUERY = `query ($ids: [ID!]!, $types: [String!]) {
    subgraph(ids: $ids, depth: 1, relationshipTypes: $types) {
      nodes { id kind label properties }
      edges { id type source target properties sources { id quote } }
      truncated
    }
  }`;

  it.each(RELATIONSHIP_TYPES.map((type) => [type, firstOfType(type)] as const))(
    '%s: the first seed relationship of the type is an edge with its endpoints, properties and citations',
    async (type, rel) => {
      const data = await api.query(QUERY, { ids: [rel.from], types: [type] });
      const { nodes, edges, truncated } = data.subgraph;

      // The edge itself: endpoints, type, properties, and sources { id quote } exactly as the seed cites them.
      const edge = edges.find((e: { id: string }) => e.id === rel.id);
      expect(edge, `edge ${rel.id}`).toBeDefined();
      expect(edge).toEqual({
        id: rel.id,
        type,
        source: rel.from,
        target: rel.to,
        properties: edgePropertiesOf(rel),
        sources: citationsOf(rel),
      });

      // Only relationships of that type, and exactly the seed's relationships of that type around `from`.
      const around = seed.relationships.filter((r) => r.type === type && (r.from === rel.from || r.to === rel.from));
      const expectedNodes = new Set([rel.from, ...around.map((r) => (r.from === rel.from ? r.to : r.from))]);
      expect(sortedIds(nodes)).toEqual([...expectedNodes].sort());
      const expectedEdges = seed.relationships.filter((r) => r.type === type && expectedNodes.has(r.from) && expectedNodes.has(r.to));
      expect(sortedIds(edges)).toEqual(expectedEdges.map((r) => r.id).sort());
      expect(edges.every((e: { type: string }) => e.type === type)).toBe(true);
      expect(truncated).toBe(false);

      // Both endpoints are nodes of the right kind; seed nodes carry their own properties.
      for (const id of [rel.from, rel.to]) {
        const node = nodes.find((n: { id: string }) => n.id === id);
        expect(node?.kind, id).toBe(kindOf(id));
        const seeded = seed.nodes.find((n) => n.id === id);
        if (seeded) expect(node.properties, id).toEqual(nodePropertiesOf(seeded));
      }
    },
  );

  it('gives every relationship of the seed (all 124) its citations through GraphEdge.sources, quote null where the seed has none', async () => {
    const byFrom = new Map<string, SeedRelationship[]>();
    for (const r of seed.relationships) byFrom.set(r.from, [...(byFrom.get(r.from) ?? []), r]);
    const starts = [...byFrom.keys()];
    // subgraph takes at most 50 ids: ask in chunks; each chunk's depth-1 subgraph contains every relationship leaving it.
    const seen = new Map<string, { source: string; target: string; type: string; sources: unknown }>();
    for (let i = 0; i < starts.length; i += 50) {
      const data = await api.query(
        `query ($ids: [ID!]!) { subgraph(ids: $ids, depth: 1, limit: 2000) { edges { id type source target sources { id quote } } truncated } }`,
        { ids: starts.slice(i, i + 50) },
      );
      expect(data.subgraph.truncated).toBe(false);
      for (const e of data.subgraph.edges) seen.set(e.id, { source: e.source, target: e.target, type: e.type, sources: e.sources });
    }
    expect(seed.relationships).toHaveLength(124);
    for (const r of seed.relationships) {
      expect(seen.get(r.id), r.id).toEqual({ source: r.from, target: r.to, type: r.type, sources: citationsOf(r) });
    }
  });
});

interface TypedCase {
  type: string;
  rel: string;
  query: string;
  /** What the typed field gives: the relationship's endpoints and, where the type has an object, its sources. */
  pick(data: any): { from: string; to: string; sources?: unknown };
}

const find = <T extends { id: string }>(list: T[], id: string): T => {
  const item = list.find((x) => x.id === id);
  if (!item) throw new Error(`${id} not in ${JSON.stringify(list.map((x) => x.id))}`);
  return item;
};

/** One typed field per relationship type; the first eight types are objects of their own with `sources`. */
const TYPED: TypedCase[] = [
  {
    type: 'GOVERNED',
    rel: 'governed:murat-zyazikov-ingushetia',
    query: `{ person(id: "person:murat-zyazikov") { tenures { id governor { id } region { id } sources { id quote } } } }`,
    pick: (d) => {
      const t = find(d.person.tenures, 'governed:murat-zyazikov-ingushetia') as any;
      return { from: t.governor.id, to: t.region.id, sources: t.sources };
    },
  },
  {
    type: 'VISITED',
    rel: 'visited:yunus-bek-yevkurov-kazakhstan',
    query: `{ country(code: "KZ") { visits { id visitor { id } country { id } sources { id quote } } } }`,
    pick: (d) => {
      const v = find(d.country.visits, 'visited:yunus-bek-yevkurov-kazakhstan') as any;
      return { from: v.visitor.id, to: v.country.id, sources: v.sources };
    },
  },
  {
    type: 'MET',
    rel: 'met:rustam-minnikhanov-turkey',
    query: `{ person(id: "person:rustam-minnikhanov") { meetings { id person { id } counterpart { ... on Country { id } } sources { id quote } } } }`,
    pick: (d) => {
      const m = find(d.person.meetings, 'met:rustam-minnikhanov-turkey') as any;
      return { from: m.person.id, to: m.counterpart.id, sources: m.sources };
    },
  },
  {
    type: 'MEMBER_OF',
    rel: 'member-of:tatarstan-turksoy',
    query: `{ organisation(id: "org:turksoy") { members { member { ... on Region { id } ... on Country { id } } organisation { id } sources { id quote } } } }`,
    pick: (d) => {
      const m = d.organisation.members.find((x: any) => x.member.id === 'region:RU-TA');
      return { from: m.member.id, to: m.organisation.id, sources: m.sources };
    },
  },
  {
    type: 'KIN_OF',
    rel: 'kin-of:komi-hungary',
    query: `{ country(code: "HU") { kinGroups { group { id } country { id } sources { id quote } } } }`,
    pick: (d) => {
      const [k] = d.country.kinGroups;
      return { from: k.group.id, to: k.country.id, sources: k.sources };
    },
  },
  {
    type: 'TITULAR_IN',
    rel: 'titular-in:ingush-ingushetia',
    query: `{ ethnicGroup(id: "group:ingush") { titularIn { group { id } region { id } sources { id quote } } } }`,
    pick: (d) => {
      const [t] = d.ethnicGroup.titularIn;
      return { from: t.group.id, to: t.region.id, sources: t.sources };
    },
  },
  {
    type: 'LED',
    rel: 'led:kirsan-ilyumzhinov-fide',
    query: `{ organisation(id: "org:fide") { leaders { person { id } organisation { id } sources { id quote } } } }`,
    pick: (d) => {
      const [p] = d.organisation.leaders;
      return { from: p.person.id, to: p.organisation.id, sources: p.sources };
    },
  },
  {
    type: 'ATTEMPTED_INVESTMENT',
    rel: 'attempted-investment:bogdan-nizhny-novgorod-2006',
    query: `{ region(code: "RU-NIZ") { investmentAttempts { company { id } region { id } sources { id quote } } } }`,
    pick: (d) => {
      const [a] = d.region.investmentAttempts;
      return { from: a.company.id, to: a.region.id, sources: a.sources };
    },
  },
  {
    type: 'DIASPORA_OF',
    rel: 'diaspora-of:ingush-in-kazakhstan',
    query: `{ node(id: "diaspora:ingush-in-kazakhstan") { ... on Diaspora { id group { id } } } }`,
    pick: (d) => ({ from: d.node.id, to: d.node.group.id }),
  },
  {
    type: 'LIVES_IN',
    rel: 'lives-in:ingush-in-kazakhstan',
    query: `{ node(id: "diaspora:ingush-in-kazakhstan") { ... on Diaspora { id hostCountry { id } } } }`,
    pick: (d) => ({ from: d.node.id, to: d.node.hostCountry.id }),
  },
  {
    type: 'MADE',
    rel: 'made:dmitry-peskov-peskov-foreign-policy-outside-purview',
    query: `{ node(id: "statement:peskov-foreign-policy-outside-purview") { ... on Statement { id speakers { ... on Person { id } } } } }`,
    pick: (d) => ({ from: d.node.speakers[0].id, to: d.node.id }),
  },
  {
    type: 'ABOUT',
    rel: 'about:ingush-in-kazakhstan-letters-of-support-yunus-bek-yevkurov',
    query: `{ node(id: "statement:ingush-in-kazakhstan-letters-of-support") { ... on Statement { id about { ... on Person { id } } } } }`,
    pick: (d) => ({ from: d.node.id, to: d.node.about[0].id }),
  },
  {
    type: 'BELONGS_TO',
    rel: 'belongs-to:vyacheslav-gaizer-komi',
    query: `{ person(id: "person:vyacheslav-gaizer") { id ethnicity { id } } }`,
    pick: (d) => ({ from: d.person.id, to: d.person.ethnicity[0].id }),
  },
  {
    type: 'BASED_IN',
    rel: 'based-in:bogdan-ukraine',
    query: `{ organisation(id: "org:bogdan") { id country { id } } }`,
    pick: (d) => ({ from: d.organisation.id, to: d.organisation.country.id }),
  },
  {
    type: 'OPPOSED',
    rel: 'opposed:gaz-bogdan',
    query: `{ region(code: "RU-NIZ") { investmentAttempts { company { id } opposedBy { id } } } }`,
    pick: (d) => ({ from: d.region.investmentAttempts[0].opposedBy[0].id, to: d.region.investmentAttempts[0].company.id }),
  },
  {
    type: 'REPORTED_FOR',
    rel: 'reported-for:tatarstan-2005-2015',
    query: `{ node(id: "figure:tatarstan-2005-2015") { ... on ActivityFigure { id region { id } } } }`,
    pick: (d) => ({ from: d.node.id, to: d.node.region.id }),
  },
  {
    type: 'COUNTS',
    rel: 'counts:tatarstan-2005-2015-rustam-minnikhanov',
    query: `{ node(id: "figure:tatarstan-2005-2015") { ... on ActivityFigure { id governors { id } } } }`,
    pick: (d) => ({ from: d.node.id, to: find(d.node.governors, 'person:rustam-minnikhanov').id }),
  },
  {
    type: 'ATTRIBUTED_TO',
    rel: 'attributed-to:sharafutdinova-tatarstan-state-identity-gulnaz-sharafutdinova',
    query: `{ node(id: "claim:sharafutdinova-tatarstan-state-identity") { ... on Claim { id attributedTo { id } } } }`,
    pick: (d) => ({ from: d.node.id, to: d.node.attributedTo[0].id }),
  },
];

describe('typed API fields', () => {
  it('cover every relationship type once in this table', () => {
    expect(TYPED.map((c) => c.type).sort()).toEqual([...RELATIONSHIP_TYPES].sort());
    for (const c of TYPED) expect(seedRelationship(c.rel).type).toBe(c.type);
  });

  it.each(TYPED.map((c) => [c.type, c] as const))('%s: the typed field gives the relationship’s endpoints (and its sources)', async (_type, c) => {
    const rel = seedRelationship(c.rel);
    const got = c.pick(await api.query(c.query));
    const expected: { from: string; to: string; sources?: unknown } = { from: rel.from, to: rel.to };
    if ('sources' in got) expected.sources = citationsOf(rel);
    expect(got).toEqual(expected);
  });

  it('carry the article quote exactly as in seed on the relationship objects (spot checks)', async () => {
    const data = await api.query(`{
      ingushetia: region(code: "RU-IN") { governors { id sources { id quote } } }
      kz: country(code: "KZ") { visits { id sources { id quote } } }
      minnikhanov: person(id: "person:rustam-minnikhanov") { meetings { id sources { id quote } } }
      hu: country(code: "HU") { kinGroups { sources { id quote } } }
      fide: organisation(id: "org:fide") { leaders { sources { id quote } } }
    }`);
    expect(data.ingushetia.governors.map((t: any) => ({ id: t.id, quote: t.sources[0].quote }))).toEqual([
      {
        id: 'governed:murat-zyazikov-ingushetia',
        quote:
          'the head of\u00a0Ingushetia, Murat Zyazikov (2002−2008), visited Jordan several times and met representatives of\u00a0the Ingush diaspora there (as\u00a0well as\u00a0King Abdullah II)',
      },
      { id: 'governed:yunus-bek-yevkurov-ingushetia', quote: seedRelationship('governed:yunus-bek-yevkurov-ingushetia').cite[0]?.quote },
    ]);
    expect(data.kz.visits[0].sources).toEqual([
      { id: ARTICLE, quote: 'His successor, Yunus-Bek Yevkurov (2008−2019), visited Kazakhstan on\u00a0several occasions.' },
    ]);
    const met = seedRelationship('met:rustam-minnikhanov-turkey');
    expect(data.minnikhanov.meetings[0].sources).toEqual([
      { id: ARTICLE, quote: met.cite[0]?.quote },
      { id: ARTICLE, quote: met.cite[1]?.quote },
    ]);
    expect(data.minnikhanov.meetings[0].sources[0].quote).not.toBe(data.minnikhanov.meetings[0].sources[1].quote);
    expect(data.hu.kinGroups[0].sources).toEqual([
      {
        id: ARTICLE,
        quote: 'Since the 1990s, Komi has been involved in\u00a0active cooperation with the Finno-Ugric countries (primarily Finland and Hungary).',
      },
      { id: 'source:wikipedia-komi-peoples', quote: null },
    ]);
    expect(data.fide.leaders[0].sources).toEqual([
      { id: ARTICLE, quote: 'His work as\u00a0President of\u00a0the International Chess Federation gave him international contacts.' },
      { id: 'source:wikipedia-kirsan-ilyumzhinov', quote: null },
    ]);
  });
});
