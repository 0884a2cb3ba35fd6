import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pathsBetween } from '../../src/cypher/pathsBetween.js';
import { createDriver } from '../../src/db/index.js';
import { expectBadUserInput, ids, nodePropertiesOf, seed, seedNode, sortedIds, useApi, type SeedRelationship } from './apiTestKit.js';

/** The generic graph shape: search, subgraph, paths (GraphNode, GraphEdge, Subgraph, Path). */

const api = useApi();

interface GNode {
  id: string;
  kind: string;
  label: string;
  properties: Record<string, unknown>;
}
interface GEdge {
  id: string;
  type: string;
  source: string;
  target: string;
}
interface GPath {
  nodes: GNode[];
  edges: GEdge[];
  length: number;
}

/** Seed relationships, optionally of some types only. */
const relationshipsOf = (types?: readonly string[]): SeedRelationship[] =>
  seed.relationships.filter((r) => !types || types.includes(r.type));

/** Breadth-first: the ids within `depth` hops of `start` in the seed graph (regions and countries only link through seed relationships). */
function neighbourhood(start: readonly string[], depth: number, types?: readonly string[]): Set<string> {
  const rels = relationshipsOf(types);
  const reached = new Set(start);
  let frontier = new Set(start);
  for (let d = 0; d < depth; d++) {
    const next = new Set<string>();
    for (const r of rels) {
      if (frontier.has(r.from) && !reached.has(r.to)) next.add(r.to);
      if (frontier.has(r.to) && !reached.has(r.from)) next.add(r.from);
    }
    next.forEach((id) => reached.add(id));
    frontier = next;
  }
  return reached;
}

/** The seed relationships (of `types`) with both ends in `nodes`. */
const edgesAmong = (nodes: Set<string>, types?: readonly string[]): string[] =>
  relationshipsOf(types)
    .filter((r) => nodes.has(r.from) && nodes.has(r.to))
    .map((r) => r.id)
    .sort();

/** Every simple path (no node twice) of 1..maxHops relationships from `from` to `to` in the seed graph, as edge-id sequences. */
function simplePaths(from: string, to: string, maxHops: number, types?: readonly string[]): string[][] {
  const rels = relationshipsOf(types);
  const out: string[][] = [];
  const walk = (at: string, visited: Set<string>, edges: string[]): void => {
    if (at === to && edges.length > 0) {
      out.push(edges);
      return;
    }
    if (edges.length === maxHops) return;
    for (const r of rels) {
      const next = r.from === at ? r.to : r.to === at ? r.from : undefined;
      if (next === undefined || visited.has(next)) continue;
      walk(next, new Set([...visited, next]), [...edges, r.id]);
    }
  };
  walk(from, new Set([from]), []);
  return out;
}

/** Nodes or edges as answered without their `properties` field (issue 6: an answer that asks none must equal these). */
const withoutProperties = <T extends { properties?: unknown }>(items: T[]) => items.map(({ properties: _, ...rest }) => rest);

/** Asserts every edge's endpoints are among the returned nodes. */
function expectClosed(subgraph: { nodes: GNode[]; edges: GEdge[] }): void {
  const present = new Set(ids(subgraph.nodes));
  for (const e of subgraph.edges) {
    expect(present.has(e.source), `${e.id} source ${e.source}`).toBe(true);
    expect(present.has(e.target), `${e.id} target ${e.target}`).toBe(true);
  }
}

/** Asserts a path runs from `from` to `to` and edge i joins node i and node i+1 (either direction). */
function expectChained(path: GPath, from: string, to: string): void {
  expect(path.nodes[0]?.id).toBe(from);
  expect(path.nodes[path.nodes.length - 1]?.id).toBe(to);
  expect(path.length).toBe(path.edges.length);
  expect(path.nodes).toHaveLength(path.edges.length + 1);
  path.edges.forEach((edge, i) => {
    const a = path.nodes[i]?.id;
    const b = path.nodes[i + 1]?.id;
    expect([edge.source, edge.target].sort(), `edge ${i} (${edge.id}) joins ${a} and ${b}`).toEqual([a, b].sort());
  });
}

const SUBGRAPH = `query ($ids: [ID!]!, $depth: Int, $types: [String!], $limit: Int) {
  subgraph(ids: $ids, depth: $depth, relationshipTypes: $types, limit: $limit) {
    nodes { id kind label properties }
    edges { id type source target properties }
    truncated
  }
}`;

const PATHS = `query ($from: ID!, $to: ID!, $maxHops: Int, $types: [String!], $first: Int) {
  paths(from: $from, to: $to, maxHops: $maxHops, relationshipTypes: $types, first: $first) {
    length
    nodes { id kind label }
    edges { id type source target sources { id quote } }
  }
}`;

describe('Query.search', () => {
  const search = async (text: string, extra = ''): Promise<GNode[]> =>
    (await api.query(`query ($text: String!) { search(text: $text${extra}) { id kind label properties } }`, { text })).search;

  it('finds Türksoy first for "turksoy", as an Organisation node with its name as label', async () => {
    const hits = await search('turksoy');
    expect(hits[0]).toEqual({
      id: 'org:turksoy',
      kind: 'Organisation',
      label: 'International Organization of Turkic Culture',
      properties: nodePropertiesOf(seedNode('org:turksoy')),
    });
  });

  it('is case- and diacritic-insensitive: "TÜRKSOY" and "Türksoy" find Türksoy first', async () => {
    expect((await search('TÜRKSOY'))[0]?.id).toBe('org:turksoy');
    expect((await search('Türksoy'))[0]?.id).toBe('org:turksoy');
  });

  it('searches Russian names: "Татарстан" finds Tatarstan first, "ТЮРКСОЙ" finds Türksoy', async () => {
    const tatarstan = await search('Татарстан');
    expect(tatarstan[0]).toMatchObject({ id: 'region:RU-TA', kind: 'Region', label: 'Tatarstan' });
    expect((await search('ТЮРКСОЙ'))[0]?.id).toBe('org:turksoy');
  });

  it('with kinds: ["Person"] finds Ramzan Kadyrov for "kadyrov", and only persons', async () => {
    const hits = await search('kadyrov', ', kinds: ["Person"]');
    expect(hits[0]).toMatchObject({ id: 'person:ramzan-kadyrov', kind: 'Person', label: 'Ramzan Kadyrov' });
    expect(hits.every((h) => h.kind === 'Person')).toBe(true);
  });

  it('finds Tatarstan by a prefix ("tatarst")', async () => {
    const hits = await search('tatarst');
    expect(ids(hits)).toContain('region:RU-TA');
  });

  it('ranks a prefix match above a near miss: "tatarst" gives Tatarstan before the Tatars (searchNodes: exact > prefix > fuzzy)', async () => {
    const hits = await search('tatarst');
    expect(hits[0]?.id).toBe('region:RU-TA');
  });

  it('with kinds filters out other kinds: "komi" gives the group and the region, kinds: ["Region"] only the region', async () => {
    const all = await search('komi');
    expect(ids(all)).toEqual(expect.arrayContaining(['group:komi', 'region:RU-KO']));
    const regions = await search('komi', ', kinds: ["Region"]');
    expect(ids(regions)).toEqual(['region:RU-KO']);
    const groups = await search('komi', ', kinds: ["EthnicGroup", "Person"]');
    expect(ids(groups)).toContain('group:komi');
    expect(groups.every((h) => h.kind === 'EthnicGroup' || h.kind === 'Person')).toBe(true);
    expect(ids(groups)).not.toContain('region:RU-KO');
  });

  it('respects first: 10 hits by default, 3 with first: 3, 1 with first: 1 (for "republic", which matches 29 names and summaries)', async () => {
    expect(await search('republic')).toHaveLength(10);
    expect(await search('republic', ', first: 3')).toHaveLength(3);
    const one = await search('republic', ', first: 1');
    // A name that starts with the text ranks first: "Republic of the Congo".
    expect(ids(one)).toEqual(['country:CG']);
    expect(await search('republic', ', first: 100')).toHaveLength(29);
  });

  it('gives with a smaller first the top of the same ranking (relevance, then id for ties): first 3 and 10 are prefixes of first 100', async () => {
    const all = ids(await search('republic', ', first: 100'));
    expect(ids(await search('republic'))).toEqual(all.slice(0, 10));
    expect(ids(await search('republic', ', first: 3'))).toEqual(all.slice(0, 3));
  });

  it('finds Türksoy by words of its full name ("Organization Turkic Culture")', async () => {
    expect((await search('Organization Turkic Culture'))[0]?.id).toBe('org:turksoy');
  });

  it('finds a node by its full name even when the name has a stop word ("International Organization of Turkic Culture", "Abdullah II of Jordan")', async () => {
    expect((await search('International Organization of Turkic Culture'))[0]?.id).toBe('org:turksoy');
    expect((await search('Abdullah II of Jordan'))[0]?.id).toBe('person:abdullah-ii');
  });

  it('returns an empty list, not an error, when nothing matches', async () => {
    expect(await search('zzqxjv')).toEqual([]);
  });

  it('rejects an empty text, first out of 1..100 and an unknown kind with BAD_USER_INPUT', async () => {
    expectBadUserInput(await api.raw(`{ search(text: "  !! ") { id } }`), 'text');
    expectBadUserInput(await api.raw(`{ search(text: "komi", first: 0) { id } }`), 'first');
    expectBadUserInput(await api.raw(`{ search(text: "komi", first: 101) { id } }`), 'first');
    expectBadUserInput(await api.raw(`{ search(text: "komi", kinds: ["Planet"]) { id } }`), 'kinds');
  });
});

describe('Query.subgraph', () => {
  const subgraph = async (variables: Record<string, unknown>) => (await api.query(SUBGRAPH, variables)).subgraph;

  it('at depth 1 around Tatarstan holds exactly its neighbours (governors, Tatars, Türksoy, statements, figure, claims) and the edges among them', async () => {
    const got = await subgraph({ ids: ['region:RU-TA'], depth: 1 });
    const expected = neighbourhood(['region:RU-TA'], 1);
    expect(sortedIds(got.nodes)).toEqual([...expected].sort());
    expect(ids(got.nodes)).toEqual(
      expect.arrayContaining(['region:RU-TA', 'org:turksoy', 'person:mintimer-shaimiev', 'person:rustam-minnikhanov', 'group:tatars', 'figure:tatarstan-2005-2015']),
    );
    expect(ids(got.nodes)).not.toContain('country:TR');
    expect(sortedIds(got.edges)).toEqual(edgesAmong(expected));
    expect(got.truncated).toBe(false);
    expectClosed(got);
  });

  it('at depth 2 around Tatarstan also reaches Turkey (via Türksoy and the governors’ meetings) and holds every edge among its nodes', async () => {
    const got = await subgraph({ ids: ['region:RU-TA'], depth: 2 });
    const expected = neighbourhood(['region:RU-TA'], 2);
    expect(sortedIds(got.nodes)).toEqual([...expected].sort());
    expect(ids(got.nodes)).toEqual(expect.arrayContaining(['org:turksoy', 'country:TR', 'org:ministry-of-culture']));
    expect(sortedIds(got.edges)).toEqual(edgesAmong(expected));
    expect(got.truncated).toBe(false);
    expectClosed(got);
  });

  it('issue 6: holds every edge among its nodes whether they are read from their start or their end nodes', async () => {
    // subgraphAround reads the edges from the side with fewer relationships (sum of out- vs in-degrees of the
    // nodes); these starts cover both sides in the seed, and each answer must hold exactly the edges among its nodes.
    const sides = new Set<string>();
    for (const start of ['region:RU-TA', 'region:RU-IN', 'person:murat-zyazikov', 'country:TR', 'org:turksoy', 'group:tatars']) {
      for (const depth of [1, 2]) {
        const got = await subgraph({ ids: [start], depth });
        const nodeIds = sortedIds(got.nodes);
        const [degrees] = await api.db.executeRead<{ outgoing: number; incoming: number }>({
          cypher: 'MATCH (n:Entity) WHERE n.id IN $ids RETURN sum(COUNT { (n)-->() }) AS outgoing, sum(COUNT { (n)<--() }) AS incoming',
          params: { ids: nodeIds },
        });
        sides.add(degrees!.outgoing <= degrees!.incoming ? 'from start nodes' : 'from end nodes');
        expect(sortedIds(got.edges), `${start}, depth ${depth}`).toEqual(edgesAmong(new Set(nodeIds)));
        expectClosed(got);
      }
    }
    expect([...sides].sort()).toEqual(['from end nodes', 'from start nodes']);
  });

  it('gives nodes their kind, label and public properties only (no citations, index text or date bounds)', async () => {
    const got = await subgraph({ ids: ['region:RU-TA'], depth: 1 });
    const byIdMap = new Map<string, GNode>(got.nodes.map((n: GNode) => [n.id, n]));
    expect(byIdMap.get('region:RU-TA')).toEqual({
      id: 'region:RU-TA',
      kind: 'Region',
      label: 'Tatarstan',
      properties: {
        id: 'region:RU-TA',
        code: 'RU-TA',
        name: 'Tatarstan',
        nameRu: 'Татарстан',
        kind: 'REPUBLIC',
        federalDistrict: 'Volga',
        isoName: 'Tatarstan, Respublika',
        altNames: ['Tatarstan, Respublika'],
      },
    });
    expect(byIdMap.get('figure:tatarstan-2005-2015')).toEqual({
      id: 'figure:tatarstan-2005-2015',
      kind: 'ActivityFigure',
      label: 'Reported activity 2005–2015',
      properties: nodePropertiesOf(seedNode('figure:tatarstan-2005-2015')),
    });
    const statement = seedNode('statement:tatarstan-lobbying-turkish-sanctions');
    expect(byIdMap.get(statement.id)).toEqual({ id: statement.id, kind: 'Statement', label: statement.summary, properties: nodePropertiesOf(statement) });
    const claim = seedNode('claim:sharafutdinova-tatarstan-state-identity');
    expect(byIdMap.get(claim.id)).toMatchObject({ kind: 'Claim', label: claim.summary });
    for (const n of got.nodes as GNode[]) {
      for (const key of Object.keys(n.properties)) {
        expect(key, `${n.id}.${key}`).not.toMatch(/^(sourceIds|quotes|altNamesText)$|(Min|Max)$/);
      }
    }
  });

  it('with limit: 5 returns exactly 5 nodes, nearest first, says truncated, and keeps only edges among them', async () => {
    const got = await subgraph({ ids: ['region:RU-TA'], depth: 2, limit: 5 });
    expect(got.nodes).toHaveLength(5);
    expect(got.truncated).toBe(true);
    const depth1 = neighbourhood(['region:RU-TA'], 1);
    expect(ids(got.nodes)).toContain('region:RU-TA');
    expect(ids(got.nodes).every((id) => depth1.has(id))).toBe(true);
    expect(sortedIds(got.edges)).toEqual(edgesAmong(new Set(ids(got.nodes))));
    expectClosed(got);
  });

  it('with limit equal to the neighbourhood’s size returns it all, not truncated; one less truncates', async () => {
    const size = neighbourhood(['region:RU-TA'], 2).size;
    const exact = await subgraph({ ids: ['region:RU-TA'], depth: 2, limit: size });
    expect(exact.nodes).toHaveLength(size);
    expect(exact.truncated).toBe(false);
    const cut = await subgraph({ ids: ['region:RU-TA'], depth: 2, limit: size - 1 });
    expect(cut.nodes).toHaveLength(size - 1);
    expect(cut.truncated).toBe(true);
    expectClosed(cut);
  });

  it('with relationshipTypes: ["MEMBER_OF"] at depth 2 reaches only Türksoy and Turkey, over MEMBER_OF edges only', async () => {
    const got = await subgraph({ ids: ['region:RU-TA'], depth: 2, types: ['MEMBER_OF'] });
    expect(sortedIds(got.nodes)).toEqual(['country:TR', 'org:turksoy', 'region:RU-TA']);
    expect(got.edges.map((e: GEdge) => [e.id, e.type, e.source, e.target]).sort()).toEqual([
      ['member-of:tatarstan-turksoy', 'MEMBER_OF', 'region:RU-TA', 'org:turksoy'],
      ['member-of:turkey-turksoy', 'MEMBER_OF', 'country:TR', 'org:turksoy'],
    ]);
  });

  it('with relationshipTypes: ["GOVERNED", "MET"] at depth 2 reaches the governors and Turkey, and no edge of another type', async () => {
    const types = ['GOVERNED', 'MET'];
    const got = await subgraph({ ids: ['region:RU-TA'], depth: 2, types });
    const expected = neighbourhood(['region:RU-TA'], 2, types);
    expect(sortedIds(got.nodes)).toEqual([...expected].sort());
    expect(sortedIds(got.nodes)).toEqual(['country:TR', 'person:mintimer-shaimiev', 'person:rustam-minnikhanov', 'region:RU-TA']);
    expect(sortedIds(got.edges)).toEqual(edgesAmong(expected, types));
    expect(got.edges.every((e: GEdge) => types.includes(e.type))).toBe(true);
    expectClosed(got);
  });

  it('around several ids (Tatarstan and Ingushetia) holds both neighbourhoods', async () => {
    const got = await subgraph({ ids: ['region:RU-TA', 'region:RU-IN'], depth: 1 });
    expect(sortedIds(got.nodes)).toEqual([...neighbourhood(['region:RU-TA', 'region:RU-IN'], 1)].sort());
    expect(ids(got.nodes)).toEqual(expect.arrayContaining(['person:murat-zyazikov', 'person:yunus-bek-yevkurov', 'group:ingush']));
    expectClosed(got);
  });

  it('at depth 3 around Ingushetia holds exactly the seed’s 3-hop neighbourhood', async () => {
    const got = await subgraph({ ids: ['region:RU-IN'], depth: 3 });
    const expected = neighbourhood(['region:RU-IN'], 3);
    expect(sortedIds(got.nodes)).toEqual([...expected].sort());
    expect(sortedIds(got.edges)).toEqual(edgesAmong(expected));
    expectClosed(got);
  });

  it('issue 6: without `properties` it reads only what its fields need, and answers as with every property', async () => {
    // Depth 2 around Tatarstan and Ingushetia reaches regions, persons, countries, organisations, ethnic groups and
    // reported activity (whose label is made of its from and to); every kind's label and every edge's sources.
    const fields = (properties: string) => `query ($ids: [ID!]!) {
      subgraph(ids: $ids, depth: 2, limit: 2000) {
        nodes { id kind label ${properties} }
        edges { id type source target sources { id quote } ${properties} }
        truncated edgesTruncated
      }
    }`;
    const variables = { ids: ['region:RU-TA', 'region:RU-IN'] };
    const few = (await api.query(fields(''), variables)).subgraph;
    const all = (await api.query(fields('properties'), variables)).subgraph;
    expect(few).toEqual({ ...all, nodes: withoutProperties(all.nodes), edges: withoutProperties(all.edges) });
    expect(new Set(all.nodes.map((n: GNode) => n.kind))).toEqual(new Set(['Region', 'Person', 'Country', 'Organisation', 'EthnicGroup', 'ActivityFigure', 'Diaspora', 'Statement', 'Claim']));
    expect(all.edges.some((e: { sources: unknown[] }) => e.sources.length > 0)).toBe(true);
  });

  it('is empty, not an error, around an id that no node has', async () => {
    expect(await subgraph({ ids: ['region:RU-XX'], depth: 1 })).toEqual({ nodes: [], edges: [], truncated: false });
  });

  it('rejects depth 4, limit 0, an unknown relationship type and no ids with BAD_USER_INPUT', async () => {
    expectBadUserInput(await api.raw(SUBGRAPH, { ids: ['region:RU-TA'], depth: 4 }), 'depth');
    expectBadUserInput(await api.raw(SUBGRAPH, { ids: ['region:RU-TA'], limit: 0 }), 'limit');
    expectBadUserInput(await api.raw(SUBGRAPH, { ids: ['region:RU-TA'], types: ['FRIEND_OF'] }), 'relationshipTypes');
    expectBadUserInput(await api.raw(SUBGRAPH, { ids: [] }), 'ids');
    expectBadUserInput(await api.raw(SUBGRAPH, { ids: ['Tatarstan'] }), 'ids');
  });
});

describe('Query.paths', () => {
  const paths = async (variables: Record<string, unknown>): Promise<GPath[]> => (await api.query(PATHS, variables)).paths;
  const edgeSequences = (list: GPath[]): string[][] => list.map((p) => p.edges.map((e) => e.id));
  const sortSequences = (seqs: string[][]): string[][] => [...seqs].sort((a, b) => a.length - b.length || a.join().localeCompare(b.join()));

  it('from Ingushetia to Jordan: shortest first, the first of length 2 via Murat Zyazikov (GOVERNED, VISITED)', async () => {
    const got = await paths({ from: 'region:RU-IN', to: 'country:JO' });
    expect(got.length).toBeGreaterThan(1);
    const lengths = got.map((p) => p.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    const [first] = got;
    expect(first?.length).toBe(2);
    expect(first?.nodes).toEqual([
      { id: 'region:RU-IN', kind: 'Region', label: 'Ingushetia' },
      { id: 'person:murat-zyazikov', kind: 'Person', label: 'Murat Zyazikov' },
      { id: 'country:JO', kind: 'Country', label: 'Jordan' },
    ]);
    expect(first?.edges.map((e) => [e.id, e.type, e.source, e.target])).toEqual([
      ['governed:murat-zyazikov-ingushetia', 'GOVERNED', 'person:murat-zyazikov', 'region:RU-IN'],
      ['visited:murat-zyazikov-jordan', 'VISITED', 'person:murat-zyazikov', 'country:JO'],
    ]);
    for (const p of got) expectChained(p, 'region:RU-IN', 'country:JO');
  });

  it('from Ingushetia to Jordan within 4 hops: exactly the seed graph’s simple paths', async () => {
    const got = await paths({ from: 'region:RU-IN', to: 'country:JO', maxHops: 4, first: 50 });
    expect(sortSequences(edgeSequences(got))).toEqual(sortSequences(simplePaths('region:RU-IN', 'country:JO', 4)));
  });

  it('with relationshipTypes TITULAR_IN, DIASPORA_OF, LIVES_IN: the one path via the Ingush and their diaspora in Jordan', async () => {
    const types = ['TITULAR_IN', 'DIASPORA_OF', 'LIVES_IN'];
    const got = await paths({ from: 'region:RU-IN', to: 'country:JO', types });
    expect(got).toHaveLength(1);
    expect(got[0]?.length).toBe(3);
    expect(ids(got[0]?.nodes ?? [])).toEqual(['region:RU-IN', 'group:ingush', 'diaspora:ingush-in-jordan', 'country:JO']);
    expect(got[0]?.edges.every((e) => types.includes(e.type))).toBe(true);
    expectChained(got[0] as GPath, 'region:RU-IN', 'country:JO');
  });

  it('with relationshipTypes ["GOVERNED"] finds no path from Ingushetia to Jordan', async () => {
    expect(await paths({ from: 'region:RU-IN', to: 'country:JO', types: ['GOVERNED'] })).toEqual([]);
  });

  it('with maxHops: 1 finds none, with maxHops: 2 only the one via Zyazikov', async () => {
    expect(await paths({ from: 'region:RU-IN', to: 'country:JO', maxHops: 1 })).toEqual([]);
    const two = await paths({ from: 'region:RU-IN', to: 'country:JO', maxHops: 2 });
    expect(two.map((p) => ids(p.nodes))).toEqual([['region:RU-IN', 'person:murat-zyazikov', 'country:JO']]);
  });

  it('with first: 1 returns only the shortest path', async () => {
    const got = await paths({ from: 'region:RU-IN', to: 'country:JO', first: 1 });
    expect(got).toHaveLength(1);
    expect(got[0]?.length).toBe(2);
  });

  it('gives path edges their citations (VISITED: the article quote on Zyazikov’s visits to Jordan)', async () => {
    const [first] = await paths({ from: 'region:RU-IN', to: 'country:JO', first: 1 });
    const visited = seed.relationships.find((r) => r.id === 'visited:murat-zyazikov-jordan');
    expect((first?.edges[1] as unknown as { sources: unknown }).sources).toEqual(
      visited?.cite.map((c) => ({ id: c.source, quote: c.quote ?? null })),
    );
  });

  it('connects adjacent nodes with a path of length 1 (Kadyrov to Chechnya)', async () => {
    const got = await paths({ from: 'person:ramzan-kadyrov', to: 'region:RU-CE', maxHops: 1 });
    expect(got.map((p) => [p.length, ...p.edges.map((e) => e.id)])).toEqual([[1, 'governed:ramzan-kadyrov-chechnya']]);
    expectChained(got[0] as GPath, 'person:ramzan-kadyrov', 'region:RU-CE');
  });

  it('returns only paths that visit each node once (Chechnya to Peskov within 6 hops)', async () => {
    const got = await paths({ from: 'region:RU-CE', to: 'person:dmitry-peskov', maxHops: 6, first: 50 });
    expect(got.length).toBeGreaterThan(0);
    for (const p of got) {
      expectChained(p, 'region:RU-CE', 'person:dmitry-peskov');
      const visited = ids(p.nodes);
      expect(new Set(visited).size, visited.join(' > ')).toBe(visited.length);
    }
    expect(sortSequences(edgeSequences(got))).toEqual(sortSequences(simplePaths('region:RU-CE', 'person:dmitry-peskov', 6)));
  });

  // Issue 6: when the minimal path is one hop, the two-hop paths are searched either by asking each
  // neighbour of the end with fewer relationships for its relationships with the other end, in each
  // direction, or by the hash join that reads all of the other end's; `auto` picks by the degrees.
  it.each(['auto', 'neighbours', 'join'] as const)(
    'issue 6: with a one-hop path, the longer ones by the %s two-hop search: exactly the seed graph’s simple paths',
    async (twoHops) => {
      for (const [from, to] of [
        ['person:vyacheslav-gaizer', 'region:RU-KO'],
        ['region:RU-KO', 'person:vyacheslav-gaizer'],
        ['group:komi', 'region:RU-KO'],
        ['region:RU-TA', 'org:turksoy'],
      ] as const) {
        const expected = simplePaths(from, to, 3);
        expect([1, 2, 3].map((n) => expected.some((p) => p.length === n)), `${from} to ${to}: paths of 1, 2 and 3 hops`).toEqual([true, true, true]);
        const rows = await api.db.executeRead<{ edges: Array<{ id: string }> }>(pathsBetween(from, to, 3, null, 50, { twoHops }));
        expect(sortSequences(rows.map((r) => r.edges.map((e) => e.id))), `${from} to ${to}`).toEqual(sortSequences(expected));
      }
      // Only some relationship types: each hop of a two-hop path is tested (Gaizer BELONGS_TO the Komi,
      // TITULAR_IN Komi: the path is dropped when either hop's type is left out, kept with all three).
      for (const types of [['GOVERNED', 'BELONGS_TO', 'TITULAR_IN'], ['GOVERNED', 'BELONGS_TO'], ['GOVERNED', 'TITULAR_IN']]) {
        const typed = await api.db.executeRead<{ edges: Array<{ id: string }> }>(
          pathsBetween('person:vyacheslav-gaizer', 'region:RU-KO', 3, types, 50, { twoHops }),
        );
        const expectedTyped = simplePaths('person:vyacheslav-gaizer', 'region:RU-KO', 3, types);
        expect(expectedTyped.some((p) => p.length === 1), types.join()).toBe(true);
        expect(sortSequences(typed.map((r) => r.edges.map((e) => e.id))), types.join()).toEqual(sortSequences(expectedTyped));
      }
    },
  );

  // Issue 6: the two-hop search's choice. A fixture apart from the seed: `s` has 4 relationships, `t`
  // 124 (120 leaves), so asking s's neighbours reads less than t's relationships and `auto` must ask
  // them (an Expand(Into) in the plan that finds the two-hop paths); the join finds the same paths.
  describe('issue 6: two-hop paths from an end with few relationships to one with many', () => {
    const LEAVES = 120;
    const id = (name: string) => `fixture:two-hop-${name}`;
    beforeAll(async () => {
      await api.db.executeWrite({
        cypher: `UNWIND $names AS name
CREATE (:Entity:Person {id: 'fixture:two-hop-' + name, name: name})`,
        params: { names: ['s', 't', 'm1', 'm2', 'm3', 'm4', ...Array.from({ length: LEAVES }, (_, i) => `leaf${i}`)] },
      });
      await api.db.executeWrite({
        cypher: `UNWIND $edges AS e
MATCH (a:Entity {id: e[1]}), (b:Entity {id: e[2]})
CREATE (a)-[:KNOWS {id: e[0]}]->(b)`,
        params: {
          edges: [
            ['s>t', 's', 't'], ['s>m1', 's', 'm1'], ['m1>t', 'm1', 't'], ['s>m2', 's', 'm2'], ['t>m2', 't', 'm2'],
            ['m3>s', 'm3', 's'], ['m3>m4', 'm3', 'm4'], ['m4>t', 'm4', 't'],
            ...Array.from({ length: LEAVES }, (_, i) => [`t>leaf${i}`, 't', `leaf${i}`]),
          ].map(([e, a, b]) => [id(e!), id(a!), id(b!)]),
        },
      });
    });
    afterAll(async () => {
      await api.db.executeWrite({ cypher: "MATCH (n:Entity) WHERE n.id STARTS WITH 'fixture:two-hop-' DETACH DELETE n", params: {} });
    });

    it.each(['auto', 'join'] as const)('the %s search: the direct path, both two-hop paths and the three-hop one', async (twoHops) => {
      const rows = await api.db.executeRead<{ edges: Array<{ id: string }> }>(pathsBetween(id('s'), id('t'), 3, null, 50, { twoHops }));
      expect(rows.map((r) => r.edges.map((e) => e.id))).toEqual(
        [['s>t'], ['s>m1', 'm1>t'], ['s>m2', 't>m2'], ['m3>s', 'm3>m4', 'm4>t']].map((path) => path.map(id)),
      );
    });

    it('auto asks the neighbours (an Expand(Into) in the plan finds them), the join does not', async () => {
      const driver = createDriver({ uri: inject('neo4jUri') });
      try {
        const expandedInto = async (twoHops: 'auto' | 'join'): Promise<number> => {
          const query = pathsBetween(id('s'), id('t'), 3, null, 50, { twoHops });
          const { summary } = await driver.executeQuery(`PROFILE ${query.cypher}`, query.params, { routing: 'READ', database: 'neo4j' });
          let rows = 0;
          const walk = (plan: { operatorType: string; rows?: number; children: unknown[] }): void => {
            if (plan.operatorType.startsWith('Expand(Into)')) rows += Number(plan.rows ?? 0);
            for (const child of plan.children) walk(child as typeof plan);
          };
          walk(summary.profile as unknown as { operatorType: string; rows?: number; children: unknown[] });
          return rows;
        };
        expect(await expandedInto('auto')).toBe(2);
        expect(await expandedInto('join')).toBe(0);
      } finally {
        await driver.close();
      }
    });
  });

  it('issue 6: without `properties` it reads only what its fields need, and answers as with every property', async () => {
    // Ingushetia to Jordan within 4 hops passes regions, persons, countries, ethnic groups and diasporas; every
    // kind's label and every edge's sources.
    const fields = (properties: string) => `query ($from: ID!, $to: ID!) {
      paths(from: $from, to: $to, maxHops: 4, first: 50) {
        length
        nodes { id kind label ${properties} }
        edges { id type source target sources { id quote } ${properties} }
      }
    }`;
    const variables = { from: 'region:RU-IN', to: 'country:JO' };
    type FullPath = { length: number; nodes: GNode[]; edges: Array<GEdge & { sources: unknown[]; properties: Record<string, unknown> }> };
    const few = (await api.query(fields(''), variables)).paths as unknown[];
    const all = (await api.query(fields('properties'), variables)).paths as FullPath[];
    expect(few).toEqual(all.map((p) => ({ ...p, nodes: withoutProperties(p.nodes), edges: withoutProperties(p.edges) })));
    expect(all.length).toBeGreaterThan(2);
    expect(new Set(all.flatMap((p) => p.nodes.map((n) => n.kind)))).toEqual(new Set(['Region', 'Person', 'Country', 'EthnicGroup', 'Diaspora']));
    expect(all.some((p) => p.edges.some((e) => e.sources.length > 0))).toBe(true);
    expect(all.every((p) => p.nodes.every((n) => Object.keys(n.properties).length > 1))).toBe(true);
  });

  it('returns an empty list, not an error, for an endpoint that no node has', async () => {
    expect(await paths({ from: 'region:RU-IN', to: 'country:ZZ' })).toEqual([]);
  });

  it('rejects maxHops 7, first 51, an unknown relationship type and a malformed id with BAD_USER_INPUT', async () => {
    expectBadUserInput(await api.raw(PATHS, { from: 'region:RU-IN', to: 'country:JO', maxHops: 7 }), 'maxHops');
    expectBadUserInput(await api.raw(PATHS, { from: 'region:RU-IN', to: 'country:JO', first: 51 }), 'first');
    expectBadUserInput(await api.raw(PATHS, { from: 'region:RU-IN', to: 'country:JO', types: ['KNOWS'] }), 'relationshipTypes');
    expectBadUserInput(await api.raw(PATHS, { from: 'Ingushetia', to: 'country:JO' }), 'from');
  });
});
