import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import graphology from 'graphology';
import type { GraphConstructor } from 'graphology-types';
import * as gexf from 'graphology-gexf';
import * as graphml from 'graphology-graphml';
import type { ExportGraph } from '../../src/export/ExportGraph.js';
import { toCytoscapeJson } from '../../src/export/toCytoscapeJson.js';
import { toGexf } from '../../src/export/toGexf.js';
import { toGraphml } from '../../src/export/toGraphml.js';
import { postGraphQL, startTestServer } from '../support/testGraph.js';
import { expectBadUserInput } from '../api/apiTestKit.js';

/**
 * Issue #3, "Subgraphs for visualisation tools": subgraph(ids, depth,
 * relationshipTypes, from, to, limit) with a time window, honest truncation
 * and sources on every edge; and the same subgraph downloaded from
 * GET /export/subgraph.json (Cytoscape.js), .graphml and .gexf, each parsed
 * by the reference tooling (cytoscape headless, graphology-graphml,
 * graphology-gexf) with the same nodes and edges as the GraphQL answer.
 */

// graphology's ESM default export is the Graph class; its typings describe a CommonJS module.
const Graph = graphology as unknown as GraphConstructor;

let server: Awaited<ReturnType<typeof startTestServer>>;
let base: string;

beforeAll(async () => {
  server = await startTestServer();
  base = server.url.replace(/\/graphql$/, '');
});
afterAll(async () => {
  await server?.close();
});

interface Source {
  id: string;
  title: string;
  url: string | null;
  quote: string | null;
}
interface GEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Record<string, unknown>;
  sources: Source[];
}
interface GSubgraph {
  truncated: boolean;
  edgesTruncated: boolean;
  nodes: Array<{ id: string; kind: string; label: string; properties: Record<string, unknown> }>;
  edges: GEdge[];
}

const SUBGRAPH = `query ($ids: [ID!]!, $depth: Int, $types: [String!], $from: Date, $to: Date, $limit: Int, $edgeLimit: Int) {
  subgraph(ids: $ids, depth: $depth, relationshipTypes: $types, from: $from, to: $to, limit: $limit, edgeLimit: $edgeLimit) {
    truncated
    edgesTruncated
    nodes { id kind label properties }
    edges { id type source target properties sources { id title url quote } }
  }
}`;

interface Args {
  ids: string[];
  depth?: number;
  types?: string[];
  from?: string;
  to?: string;
  limit?: number;
  edgeLimit?: number;
}

async function subgraph(args: Args): Promise<GSubgraph> {
  const { body } = await postGraphQL(server.url, SUBGRAPH, { ...args });
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data.subgraph as GSubgraph;
}

/** The export URL for the same arguments, as query parameters. */
function exportUrl(format: string, args: Args): string {
  const params = new URLSearchParams({ ids: args.ids.join(',') });
  if (args.depth !== undefined) params.set('depth', String(args.depth));
  if (args.types) params.set('relationshipTypes', args.types.join(','));
  if (args.from) params.set('from', args.from);
  if (args.to) params.set('to', args.to);
  if (args.limit !== undefined) params.set('limit', String(args.limit));
  if (args.edgeLimit !== undefined) params.set('edgeLimit', String(args.edgeLimit));
  return `${base}/export/subgraph.${format}?${params}`;
}

async function download(format: string, args: Args): Promise<{ res: Response; text: string }> {
  const res = await fetch(exportUrl(format, args));
  return { res, text: await res.text() };
}

const sorted = (values: Iterable<string>): string[] => [...values].sort();

const CASES: Array<[string, Args]> = [
  ['Tatarstan, depth 2', { ids: ['region:RU-TA'], depth: 2 }],
  ['Ingushetia and Chechnya, depth 3, limit 10 (truncated)', { ids: ['region:RU-IN', 'region:RU-CE'], depth: 3, limit: 10 }],
  ['Tatarstan, depth 2, edge limit 7 (edges truncated)', { ids: ['region:RU-TA'], depth: 2, edgeLimit: 7 }],
  ['Komi, depth 2, 2016–2020', { ids: ['region:RU-KO'], depth: 2, from: '2016', to: '2020' }],
  ['Türksoy over MEMBER_OF and MADE, ABOUT', { ids: ['org:turksoy'], depth: 2, types: ['MEMBER_OF', 'MADE', 'ABOUT'] }],
];

describe('Query.subgraph with a time window', () => {
  it('Komi from 2016: Gaplikov’s tenure (2015–2020) stays, Torlopov’s (2002–2010) and Gaizer’s (2010–2015) go; undated edges stay', async () => {
    const all = await subgraph({ ids: ['region:RU-KO'], depth: 1 });
    const windowed = await subgraph({ ids: ['region:RU-KO'], depth: 1, from: '2016' });
    const governed = (g: GSubgraph) => sorted(g.edges.filter((e) => e.type === 'GOVERNED').map((e) => e.id));
    expect(governed(all)).toEqual(['governed:sergei-gaplikov-komi', 'governed:vladimir-torlopov-komi', 'governed:vyacheslav-gaizer-komi']);
    expect(governed(windowed)).toEqual(['governed:sergei-gaplikov-komi']);
    expect(windowed.nodes.map((n) => n.id)).not.toContain('person:vladimir-torlopov');
    // Undated relationships (TITULAR_IN, ABOUT) are kept.
    expect(windowed.edges.map((e) => e.id)).toContain('titular-in:komi-komi-republic');
    expect(sorted(windowed.edges.filter((e) => e.type !== 'GOVERNED').map((e) => e.id))).toEqual(
      sorted(all.edges.filter((e) => e.type !== 'GOVERNED' && windowed.nodes.some((n) => n.id === e.source) && windowed.nodes.some((n) => n.id === e.target)).map((e) => e.id)),
    );
  });

  it('Tatarstan before 2000 over GOVERNED and MET: Shaimiev (1991–2010) only; his and Minnikhanov’s meetings with Turkey (2005–2015) are outside', async () => {
    const got = await subgraph({ ids: ['region:RU-TA'], depth: 2, types: ['GOVERNED', 'MET'], to: '1999' });
    expect(sorted(got.nodes.map((n) => n.id))).toEqual(['person:mintimer-shaimiev', 'region:RU-TA']);
    expect(got.edges.map((e) => e.id)).toEqual(['governed:mintimer-shaimiev-tatarstan']);
    const later = await subgraph({ ids: ['region:RU-TA'], depth: 2, types: ['GOVERNED', 'MET'], from: '2012', to: '2012-06' });
    expect(sorted(later.nodes.map((n) => n.id))).toEqual(['country:TR', 'person:rustam-minnikhanov', 'region:RU-TA']);
  });

  it('a membership without an end is open-ended: Turkey in Türksoy since 1993 is in 2020', async () => {
    const got = await subgraph({ ids: ['country:TR'], depth: 1, types: ['MEMBER_OF'], from: '2020', to: '2020' });
    expect(got.edges.map((e) => e.id)).toEqual(['member-of:turkey-turksoy']);
    const before = await subgraph({ ids: ['country:TR'], depth: 1, types: ['MEMBER_OF'], to: '1990' });
    expect(before.edges).toEqual([]);
  });

  it('every edge carries its sources (title, url, and the quote where the source gives one)', async () => {
    const got = await subgraph({ ids: ['region:RU-TA'], depth: 2 });
    expect(got.edges.length).toBeGreaterThan(10);
    for (const edge of got.edges) {
      expect(edge.sources.length, edge.id).toBeGreaterThan(0);
      for (const s of edge.sources) expect(s.title, edge.id).toBeTruthy();
    }
    expect(got.edges.find((e) => e.id === 'member-of:tatarstan-turksoy')?.sources[0]?.quote).toContain('defiantly refused');
  });

  it('truncated is honest: true exactly when the limit cut nodes off', async () => {
    const full = await subgraph({ ids: ['region:RU-KO'], depth: 2, from: '2016' });
    expect(full.truncated).toBe(false);
    expect((await subgraph({ ids: ['region:RU-KO'], depth: 2, from: '2016', limit: full.nodes.length })).truncated).toBe(false);
    const cut = await subgraph({ ids: ['region:RU-KO'], depth: 2, from: '2016', limit: full.nodes.length - 1 });
    expect(cut.truncated).toBe(true);
    expect(cut.nodes).toHaveLength(full.nodes.length - 1);
  });

  // Issue 6: 500 nodes around a region at 100x the seed held 19,654 edges, and projecting them all took a second.
  it('issue 6: edgeLimit keeps the edges of the nearest ends first (then by id) and edgesTruncated says when it cut some off', async () => {
    const full = await subgraph({ ids: ['region:RU-TA'], depth: 2 });
    expect(full.edgesTruncated).toBe(false);
    expect(full.edges.length).toBeGreaterThan(20);
    // Distance of each node from Tatarstan, as the answer's node order gives it (nearest first).
    const distance = new Map<string, number>([['region:RU-TA', 0]]);
    for (const e of full.edges) {
      if (e.source === 'region:RU-TA' && !distance.has(e.target)) distance.set(e.target, 1);
      if (e.target === 'region:RU-TA' && !distance.has(e.source)) distance.set(e.source, 1);
    }
    const near = (e: GEdge) => Math.min(distance.get(e.source) ?? 2, distance.get(e.target) ?? 2);
    const expected = [...full.edges].sort((x, y) => near(x) - near(y) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
    expect(full.edges.map((e) => e.id)).toEqual(expected.map((e) => e.id));
    expect(near(full.edges[0]!)).toBe(0);
    expect(new Set(full.edges.map(near)).size, 'edges at more than one distance').toBeGreaterThan(1);

    const all = await subgraph({ ids: ['region:RU-TA'], depth: 2, edgeLimit: full.edges.length });
    expect([all.edgesTruncated, all.edges.length]).toEqual([false, full.edges.length]);
    const cut = await subgraph({ ids: ['region:RU-TA'], depth: 2, edgeLimit: 7 });
    expect(cut.edgesTruncated).toBe(true);
    expect(cut.truncated).toBe(false);
    expect(cut.nodes.map((n) => n.id)).toEqual(full.nodes.map((n) => n.id));
    expect(cut.edges.map((e) => e.id)).toEqual(full.edges.slice(0, 7).map((e) => e.id));
  });

  it('refuses an edgeLimit out of range with BAD_USER_INPUT naming it', async () => {
    for (const edgeLimit of [0, 20_001]) {
      const { body } = await postGraphQL(server.url, SUBGRAPH, { ids: ['region:RU-TA'], edgeLimit });
      expectBadUserInput({ status: 200, body }, 'edgeLimit');
      expect(body.errors?.[0]?.message).toBe(`edgeLimit must be an integer from 1 to 20000, received ${edgeLimit}`);
    }
  });

  it('refuses a malformed window and from after to with BAD_USER_INPUT', async () => {
    const { body } = await postGraphQL(server.url, SUBGRAPH, { ids: ['region:RU-KO'], from: '2016', to: '2015' });
    expectBadUserInput({ status: 200, body }, 'from');
    const bad = await postGraphQL(server.url, SUBGRAPH, { ids: ['region:RU-KO'], from: '2016-13' });
    expectBadUserInput(bad);
  });
});

describe('GET /export/subgraph.{json,graphml,gexf}', () => {
  it.each(CASES)('%s: the three downloads hold the GraphQL subgraph’s nodes and edges, parsed by cytoscape, graphology-graphml and graphology-gexf', async (_, args) => {
    const expected = await subgraph(args);
    const nodeIds = sorted(expected.nodes.map((n) => n.id));
    const edgeIds = sorted(expected.edges.map((e) => e.id));
    const label = new Map(expected.nodes.map((n) => [n.id, n.label]));
    const edgeById = new Map(expected.edges.map((e) => [e.id, e]));

    // Cytoscape.js elements JSON, loaded headless.
    const json = await download('json', args);
    expect(json.res.status).toBe(200);
    const elements = JSON.parse(json.text);
    expect(elements.data.truncated).toBe(expected.truncated);
    expect(elements.data.edgesTruncated).toBe(expected.edgesTruncated);
    const cy = cytoscape({ headless: true, elements: elements.elements });
    expect(cy.nodes().length).toBe(expected.nodes.length);
    expect(cy.edges().length).toBe(expected.edges.length);
    expect(sorted(cy.nodes().map((n) => n.id()))).toEqual(nodeIds);
    expect(sorted(cy.edges().map((e) => e.id()))).toEqual(edgeIds);
    cy.nodes().forEach((n) => {
      expect(n.data('label')).toBe(label.get(n.id()));
    });
    cy.edges().forEach((e) => {
      const g = edgeById.get(e.id()) as GEdge;
      expect([e.source().id(), e.target().id(), e.data('type')]).toEqual([g.source, g.target, g.type]);
      expect(e.data('sources').map((s: Source) => [s.title, s.url, s.quote])).toEqual(g.sources.map((s) => [s.title, s.url, s.quote]));
    });

    // GraphML, parsed by graphology-graphml.
    const xml = await download('graphml', args);
    expect(xml.res.status).toBe(200);
    const fromGraphml = graphml.parse(Graph, xml.text);
    expect(fromGraphml.order).toBe(expected.nodes.length);
    expect(fromGraphml.size).toBe(expected.edges.length);
    expect(sorted(fromGraphml.nodes())).toEqual(nodeIds);
    expect(sorted(fromGraphml.edges())).toEqual(edgeIds);
    expect(fromGraphml.getAttribute('truncated')).toBe(expected.truncated);
    expect(fromGraphml.getAttribute('edgesTruncated')).toBe(expected.edgesTruncated);
    fromGraphml.forEachNode((id, attributes) => expect(attributes.label).toBe(label.get(id)));
    fromGraphml.forEachEdge((id, attributes, source, target) => {
      const g = edgeById.get(id) as GEdge;
      expect([source, target, attributes.type]).toEqual([g.source, g.target, g.type]);
      expect(JSON.parse(attributes.sourceTitles as string)).toEqual(g.sources.map((s) => s.title));
      expect(JSON.parse(attributes.sourceUrls as string)).toEqual(g.sources.map((s) => s.url));
      expect(JSON.parse(attributes.sourceQuotes as string)).toEqual(g.sources.map((s) => s.quote));
    });

    // GEXF, parsed by graphology-gexf.
    const gx = await download('gexf', args);
    expect(gx.res.status).toBe(200);
    const fromGexf = gexf.parse(Graph, gx.text);
    expect(fromGexf.order).toBe(expected.nodes.length);
    expect(fromGexf.size).toBe(expected.edges.length);
    expect(sorted(fromGexf.nodes())).toEqual(nodeIds);
    expect(sorted(fromGexf.edges())).toEqual(edgeIds);
    fromGexf.forEachNode((id, attributes) => expect(attributes.label).toBe(label.get(id)));
    fromGexf.forEachEdge((id, attributes, source, target) => {
      const g = edgeById.get(id) as GEdge;
      expect([source, target, attributes.label]).toEqual([g.source, g.target, g.type]);
      expect(JSON.parse(attributes.sourceQuotes as string)).toEqual(g.sources.map((s) => s.quote));
    });
    expect(fromGexf.getAttribute('description')).toContain(`truncated: ${expected.truncated}; edges truncated: ${expected.edgesTruncated}`);
  });

  it('answers with the right content types, a download filename and the truncation in a header', async () => {
    const args = { ids: ['region:RU-IN'], depth: 2, limit: 5 };
    for (const [format, type] of [
      ['json', 'application/json'],
      ['graphml', 'application/graphml+xml'],
      ['gexf', 'application/gexf+xml'],
    ] as const) {
      const { res } = await download(format, args);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe(`${type}; charset=utf-8`);
      expect(res.headers.get('content-disposition')).toBe(`attachment; filename="subgraph.${format}"`);
      expect(res.headers.get('x-subgraph-truncated')).toBe('true');
      expect(res.headers.get('x-subgraph-edges-truncated')).toBe('false');
    }
    const { res } = await download('json', { ids: ['region:RU-IN'], depth: 2, edgeLimit: 1 });
    expect([res.headers.get('x-subgraph-truncated'), res.headers.get('x-subgraph-edges-truncated')]).toEqual(['false', 'true']);
  });

  it('keeps node and edge properties: Tatarstan’s code and kind (as regionKind), Shaimiev’s tenure dates and title', async () => {
    const { text } = await download('json', { ids: ['region:RU-TA'], depth: 1, types: ['GOVERNED'] });
    const { elements } = JSON.parse(text);
    const tatarstan = elements.nodes.find((n: any) => n.data.id === 'region:RU-TA').data;
    expect(tatarstan).toMatchObject({ label: 'Tatarstan', kind: 'Region', code: 'RU-TA', regionKind: 'REPUBLIC', nameRu: 'Татарстан', federalDistrict: 'Volga' });
    const tenure = elements.edges.find((e: any) => e.data.id === 'governed:mintimer-shaimiev-tatarstan').data;
    expect(tenure).toMatchObject({ type: 'GOVERNED', start: '1991', end: '2010', title: 'President of the Republic of Tatarstan' });
    const g = graphml.parse(Graph, (await download('graphml', { ids: ['region:RU-TA'], depth: 1, types: ['GOVERNED'] })).text);
    expect(g.getNodeAttributes('region:RU-TA')).toMatchObject({ kind: 'Region', regionKind: 'REPUBLIC', nameRu: 'Татарстан' });
    expect(g.getEdgeAttributes('governed:mintimer-shaimiev-tatarstan')).toMatchObject({ start: '1991', end: '2010' });
  });

  it('answers 400 with a JSON error naming the parameter, as GraphQL validates the same arguments', async () => {
    const cases: Array<[string, string, RegExp]> = [
      ['depth=4&ids=region:RU-TA', 'depth', /depth must be an integer from 1 to 3, received 4/],
      ['depth=two&ids=region:RU-TA', 'depth', /depth must be an integer from 1 to 3, received "two"/],
      ['', 'ids', /ids is required/],
      ['ids=Tatarstan', 'ids', /ids must be a node id/],
      ['ids=region:RU-TA&relationshipTypes=LOVES', 'relationshipTypes', /unknown relationship type\(s\) "LOVES"/],
      ['ids=region:RU-TA&from=2010-13', 'from', /from must be a date/],
      ['ids=region:RU-TA&from=2011&to=2010', 'from', /from must not be after to/],
      ['ids=region:RU-TA&limit=0', 'limit', /limit must be an integer from 1 to 2000, received 0/],
      ['ids=region:RU-TA&limit=1&limit=2', 'limit', /limit must be given once/],
      ['ids=region:RU-TA&dept=2', 'dept', /unknown parameter "dept"; expected any of ids, depth/],
    ];
    for (const [query, parameter, message] of cases) {
      const res = await fetch(`${base}/export/subgraph.graphml?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
      const body = (await res.json()) as { errors: Array<{ message: string; extensions: { code: string; parameter: string } }> };
      expect(body.errors[0]?.extensions, query).toEqual({ code: 'BAD_USER_INPUT', parameter });
      expect(body.errors[0]?.message, query).toMatch(message);
    }
    const post = await fetch(`${base}/export/subgraph.json?ids=region:RU-TA`, { method: 'POST' });
    expect(post.status).toBe(405);
    expect((await fetch(`${base}/export/subgraph.csv?ids=region:RU-TA`)).status).toBe(404);
  });

  it('gives an empty graph, not an error, around an id that no node has', async () => {
    const { res, text } = await download('gexf', { ids: ['region:RU-XX'] });
    expect(res.status).toBe(200);
    const g = gexf.parse(Graph, text);
    expect([g.order, g.size]).toEqual([0, 0]);
  });
});

describe('XML escaping (serialisers, no database)', () => {
  const tricky = 'Türksoy ‘quoted’ <b>bold</b> & "double" \'single\'\ttab\nline\r\u0001end';
  const clean = 'Türksoy ‘quoted’ <b>bold</b> & "double" \'single\'\ttab\nline\rend';
  const graph: ExportGraph = {
    request: { ids: ['org:x'], depth: 1, relationshipTypes: null, from: null, to: null, limit: 200, edgeLimit: 2000 },
    truncated: false,
    edgesTruncated: false,
    nodes: [
      { id: 'org:x', label: tricky, kind: 'Organisation', attributes: { name: tricky, altNames: ['A & B', '<C>'], count: 3, share: 0.5, flag: true } },
      { id: 'country:TR', label: 'Türkiye', kind: 'Country', attributes: { name: 'Türkiye', count: 'many' } },
    ],
    edges: [
      {
        id: 'member-of:x',
        source: 'country:TR',
        target: 'org:x',
        type: 'MEMBER_OF',
        attributes: { status: tricky },
        sources: [{ id: 'source:s', title: 'The ‘paradiplomacy’ of Russia’s regions', publisher: null, url: 'https://example.org/?a=1&b=<2>', published: null, quote: tricky }],
      },
    ],
  };

  it('GraphML: names and quotes with ’, <>&, quotes and whitespace read back exactly; control characters are dropped; types declared', () => {
    const g = graphml.parse(Graph, toGraphml(graph));
    // count holds an integer on one node and a string on the other: declared string for both.
    expect(g.getNodeAttributes('org:x')).toEqual({ label: clean, kind: 'Organisation', name: clean, altNames: '["A & B","<C>"]', count: '3', share: 0.5, flag: true });
    expect(g.getNodeAttributes('country:TR')).toMatchObject({ count: 'many' });
    const edge = g.getEdgeAttributes('member-of:x');
    expect(edge.status).toBe(clean);
    // Inside JSON, the control character travels escaped (\u0001) and comes back as it was.
    expect(JSON.parse(edge.sourceQuotes as string)).toEqual([tricky]);
    expect(JSON.parse(edge.sourceUrls as string)).toEqual(['https://example.org/?a=1&b=<2>']);
    expect(JSON.parse(edge.sourceTitles as string)).toEqual(['The ‘paradiplomacy’ of Russia’s regions']);
  });

  it('GEXF: the same values read back exactly through attributes', () => {
    const g = gexf.parse(Graph, toGexf(graph));
    expect(g.getNodeAttributes('org:x')).toMatchObject({ label: clean, kind: 'Organisation', name: clean, altNames: '["A & B","<C>"]', flag: true, share: 0.5 });
    const edge = g.getEdgeAttributes('member-of:x');
    expect(edge.label).toBe('MEMBER_OF');
    expect(edge.status).toBe(clean);
    expect(JSON.parse(edge.sourceQuotes as string)).toEqual([tricky]);
  });

  it('Cytoscape JSON keeps the values as they are (JSON needs no escaping beyond its own)', () => {
    const cy = cytoscape({ headless: true, elements: toCytoscapeJson(graph).elements });
    expect(cy.getElementById('org:x').data('name')).toBe(tricky);
    expect(cy.getElementById('member-of:x').data('sources')[0].quote).toBe(tricky);
  });
});
