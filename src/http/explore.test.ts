/**
 * The graph explorer (web/explore.html, web/src/explore/): checks the built
 * page in web/dist (it builds nothing itself: run `npm run build:web` first,
 * which `npm install` does via postinstall), validates the explorer's GraphQL
 * operations against schema/*.graphql, and tests its DOM-free logic (time
 * window, export links, kind styles). Loading nothing from outside the server
 * is checked for every file of web/dist by playground.test.ts. The page itself
 * is driven in Chromium by tests/browser/explorer.test.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { NODE_SOURCES_QUERY, PATHS_QUERY, SEARCH_QUERY, SUBGRAPH_QUERY } from '../../web/src/explore/api.js';
import { exportHref, MAX_EXPORT_IDS } from '../../web/src/explore/exportLinks.js';
import { KIND_STYLES, OKABE_ITO } from '../../web/src/explore/kinds.js';
import { describeSpan, inWindow, spanOf, windowFromSlider, yearOf } from '../../web/src/explore/timeWindow.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const dist = join(repoRoot, 'web', 'dist');
const schemaDir = join(repoRoot, 'schema');

describe('explorer build (web/dist/explore.html)', () => {
  it('is built, with its script and styles under /playground/ and no Monaco', () => {
    const file = join(dist, 'explore.html');
    if (!existsSync(file)) throw new Error(`web/dist/explore.html is missing (looked in ${dist}): run \`npm run build:web\` first.`);
    const html = readFileSync(file, 'utf8');
    expect(html).toContain('<title>Paradiplomacy knowledge graph — Explorer</title>');
    const script = /<script[^>]+src="\/playground\/(assets\/explore-[^"]+\.js)"/.exec(html);
    expect(script, 'entry script').not.toBeNull();
    expect(html).toMatch(/<link[^>]+href="\/playground\/assets\/explore-[^"]+\.css"/);
    // The explorer's own bundle: Cytoscape, not the playground's editor.
    const bundle = readFileSync(join(dist, script![1]!), 'utf8');
    expect(bundle).toContain('cytoscape');
    expect(html).not.toMatch(/monaco/i);
    // Without its script the page still says what it is and how to build it.
    expect(html).toContain('npm run build:web');
  });
});

describe("explorer's GraphQL operations (web/src/explore/api.ts)", () => {
  const sdl = readdirSync(schemaDir)
    .filter((name) => name.endsWith('.graphql'))
    .sort()
    .map((name) => readFileSync(join(schemaDir, name), 'utf8'))
    .join('\n');
  const schema = buildSchema(sdl);

  it.each([
    ['search', SEARCH_QUERY],
    ['subgraph', SUBGRAPH_QUERY],
    ['paths', PATHS_QUERY],
    ['node sources', NODE_SOURCES_QUERY],
  ])('%s validates against schema/*.graphql', (_name, query) => {
    expect(validate(schema, parse(query)).map((error) => error.message)).toEqual([]);
  });

  it('asks for every field a GraphNode kind can carry sources through', () => {
    // Each type implementing Node with `sources` (or ActivityFigure's `source`) is in NODE_SOURCES_QUERY.
    const withSources = Object.values(schema.getTypeMap())
      .filter((type) => 'getInterfaces' in type && type.getInterfaces().some((i) => i.name === 'Node'))
      .filter((type) => 'getFields' in type && ('sources' in type.getFields() || 'source' in type.getFields()))
      .map((type) => type.name);
    for (const name of withSources) expect(NODE_SOURCES_QUERY, name).toContain(`... on ${name} `);
  });
});

describe('time window (web/src/explore/timeWindow.ts)', () => {
  it('reads the years of partial dates', () => {
    expect(yearOf('2005')).toBe(2005);
    expect(yearOf('2005-04')).toBe(2005);
    expect(yearOf('2005-04-12')).toBe(2005);
    expect(yearOf('spring 2005')).toBeNull();
    expect(yearOf(2005)).toBeNull();
    expect(yearOf(undefined)).toBeNull();
  });

  it('spans start/end, since/until and date; undated is null', () => {
    expect(spanOf({ start: '2005', end: '2015' })).toEqual({ start: 2005, end: 2015 });
    expect(spanOf({ start: '2010' })).toEqual({ start: 2010, end: null });
    expect(spanOf({ since: '1993' })).toEqual({ start: 1993, end: null });
    expect(spanOf({ until: '1999-12' })).toEqual({ start: null, end: 1999 });
    expect(spanOf({ date: '2008-05-01' })).toEqual({ start: 2008, end: 2008 });
    expect(spanOf({ status: 'member', id: 'member-of:x' })).toBeNull();
    expect(describeSpan(spanOf({ start: '2005', end: '2015' }))).toBe('2005–2015');
    expect(describeSpan(spanOf({ start: '2010' }))).toBe('since 2010');
    expect(describeSpan(null)).toBe('undated');
  });

  it('keeps what overlaps the window, undated relationships always, and the slider ends are open', () => {
    const window = windowFromSlider(1995, 2000);
    expect(inWindow({ start: 2005, end: 2015 }, window)).toBe(false);
    expect(inWindow({ start: 1991, end: 2010 }, window)).toBe(true);
    expect(inWindow({ start: 2010, end: null }, window)).toBe(false);
    expect(inWindow({ start: null, end: 1994 }, window)).toBe(false);
    expect(inWindow({ start: 2000, end: 2000 }, window)).toBe(true);
    expect(inWindow(null, window)).toBe(true);
    expect(windowFromSlider(1990, 2025)).toEqual({ from: null, to: null });
    expect(inWindow({ start: 1950, end: 1960 }, windowFromSlider(1990, 2025))).toBe(true);
  });
});

describe('export links (web/src/explore/exportLinks.ts)', () => {
  it('passes the view as the export endpoints’ query parameters', () => {
    expect(exportHref('graphml', { ids: ['region:RU-TA', 'country:TR'], depth: 2 })).toBe(
      '/export/subgraph.graphml?ids=region:RU-TA,country:TR&depth=2',
    );
    expect(exportHref('gexf', { ids: ['region:RU-TA'], depth: 1, relationshipTypes: ['KIN_OF', 'TITULAR_IN'], from: 1995, to: 2000, limit: 300 })).toBe(
      '/export/subgraph.gexf?ids=region:RU-TA&depth=1&relationshipTypes=KIN_OF,TITULAR_IN&from=1995&to=2000&limit=300',
    );
    expect(exportHref('json', { ids: ['region:RU-TA'], depth: 1, relationshipTypes: [], from: null, to: null })).toBe('/export/subgraph.json?ids=region:RU-TA&depth=1');
  });

  it('never sends more ids than the API takes', () => {
    const ids = Array.from({ length: 80 }, (_, i) => `person:p${i}`);
    const sent = new URLSearchParams(exportHref('json', { ids, depth: 1 }).split('?')[1]).get('ids')!.split(',');
    expect(sent).toHaveLength(MAX_EXPORT_IDS);
  });
});

describe('kind styles (web/src/explore/kinds.ts)', () => {
  it('gives every kind the API names its own colour-blind-safe colour and its own shape', () => {
    const documented = ['Region', 'Country', 'Person', 'EthnicGroup', 'Diaspora', 'Organisation', 'Area', 'Statement', 'ActivityFigure', 'Claim'];
    expect(KIND_STYLES.map((style) => style.kind)).toEqual(expect.arrayContaining(documented));
    const palette = new Set<string>([...Object.values(OKABE_ITO), '#FFFFFF']);
    for (const style of KIND_STYLES) expect(palette.has(style.color), `${style.kind} ${style.color}`).toBe(true);
    const shapes = KIND_STYLES.map((style) => JSON.stringify(style.shape));
    expect(new Set(shapes).size).toBe(shapes.length);
    const filled = KIND_STYLES.filter((style) => style.color !== '#FFFFFF').map((style) => style.color);
    expect(new Set(filled).size).toBe(filled.length);
  });
});
