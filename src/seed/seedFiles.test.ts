import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { iso31662 } from 'iso-3166';
import countries from 'i18n-iso-countries';
import type { z } from 'zod';
import {
  nodeRecord,
  relationshipRecord,
  sourceRecord,
  type Citation,
  type NodeRecord,
  type RelationshipRecord,
  type SourceRecord,
} from './format.js';

/**
 * The seed files in seed/: their shape (format.ts), unique ids, endpoints
 * that exist, cited sources that exist, quotes of the article that are
 * verbatim, and a handful of facts the article states.
 */

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SEED_DIR = `${REPO_ROOT}seed/`;
const ARTICLE_SOURCE = 'source:riddle-paradiplomacy';
const ARTICLE_PATH = fileURLToPath(
  new URL('../shared/sources/riddle-paradiplomacy-of-russias-regions.txt', new URL('../../', import.meta.url)),
);
const articleAvailable = existsSync(ARTICLE_PATH);

/** Parses every item of seed/<file> with `schema`; lists each failure as path, index and zod issue. */
function parseSeedFile<S extends z.ZodType>(file: string, schema: S): { items: Array<z.infer<S>>; problems: string[] } {
  const path = `${SEED_DIR}${file}`;
  const raw: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!Array.isArray(raw)) return { items: [], problems: [`${path}: expected a JSON array`] };
  const items: Array<z.infer<S>> = [];
  const problems: string[] = [];
  raw.forEach((item: unknown, index) => {
    const result = schema.safeParse(item);
    if (result.success) {
      items.push(result.data);
      return;
    }
    const id = (item as { id?: unknown } | null)?.id;
    for (const issue of result.error.issues) {
      const where = issue.path.length > 0 ? issue.path.join('.') : '(item)';
      problems.push(`${path} [${index}]${typeof id === 'string' ? ` ${id}` : ''} ${where}: ${issue.message}`);
    }
  });
  return { items, problems };
}

const parsedSources = parseSeedFile('sources.json', sourceRecord);
const parsedNodes = parseSeedFile('nodes.json', nodeRecord);
const parsedRelationships = parseSeedFile('relationships.json', relationshipRecord);
const sources: SourceRecord[] = parsedSources.items;
const nodes: NodeRecord[] = parsedNodes.items;
const relationships: RelationshipRecord[] = parsedRelationships.items;

const RU_SUBDIVISIONS = new Set(iso31662.filter((s) => s.parent === 'RU').map((s) => s.code));

/** True for ids the reference packages define: `region:<ISO 3166-2:RU>` and `country:<ISO 3166-1 alpha-2>`. */
function isReferenceId(id: string): boolean {
  const [prefix, code = ''] = id.split(':');
  if (prefix === 'region') return RU_SUBDIVISIONS.has(code);
  if (prefix === 'country') return /^[A-Z]{2}$/.test(code) && countries.isValid(code);
  return false;
}

/** Every citation in the seed, with who carries it. */
function allCitations(): Array<{ owner: string; citation: Citation }> {
  return [...nodes, ...relationships].flatMap((item) => item.cite.map((citation) => ({ owner: item.id, citation })));
}

const nodeById = new Map(nodes.map((n) => [n.id, n]));
const relsOf = (type: RelationshipRecord['type']) => relationships.filter((r) => r.type === type);
const has = (type: RelationshipRecord['type'], from: string, to: string) =>
  relationships.find((r) => r.type === type && r.from === from && r.to === to);

describe('seed files', () => {
  it('match the format (zod schemas of format.ts)', () => {
    expect(parsedSources.problems).toEqual([]);
    expect(parsedNodes.problems).toEqual([]);
    expect(parsedRelationships.problems).toEqual([]);
    expect(sources.length).toBeGreaterThan(0);
    expect(nodes.length).toBeGreaterThan(0);
    expect(relationships.length).toBeGreaterThan(0);
  });

  it('use each id once across sources, nodes and relationships', () => {
    const seen = new Set<string>();
    const duplicates: string[] = [];
    for (const { id } of [...sources, ...nodes, ...relationships]) {
      if (seen.has(id)) duplicates.push(id);
      seen.add(id);
    }
    expect(duplicates).toEqual([]);
  });

  it('define no regions or countries (those come from packages)', () => {
    expect(nodes.filter((n) => isReferenceId(n.id) || /^(region|country):/.test(n.id)).map((n) => n.id)).toEqual([]);
  });

  it('connect relationships to nodes that exist or to valid ISO codes', () => {
    const missing = relationships.flatMap((r) =>
      [r.from, r.to]
        .filter((end) => !nodeById.has(end) && !isReferenceId(end))
        .map((end) => `${r.id}: ${r.type} endpoint ${end} is neither in nodes.json nor a valid ISO 3166 code`),
    );
    expect(missing).toEqual([]);
  });

  it('cite only sources listed in sources.json', () => {
    const sourceIds = new Set(sources.map((s) => s.id));
    const unknown = allCitations()
      .filter(({ citation }) => !sourceIds.has(citation.source))
      .map(({ owner, citation }) => `${owner} cites unknown ${citation.source}`);
    expect(unknown).toEqual([]);
  });

  it('describe the article as its source record', () => {
    expect(sources.find((s) => s.id === ARTICLE_SOURCE)).toMatchObject({
      type: 'ARTICLE',
      publisher: 'Riddle Russia',
      url: 'https://ridl.io/en/the-paradiplomacy-of-russia-s-regions/',
    });
  });

  it.skipIf(!articleAvailable)(
    `quote the article verbatim${articleAvailable ? '' : ` (SKIPPED: the article is not at ${ARTICLE_PATH})`}`,
    () => {
      const article = readFileSync(ARTICLE_PATH, 'utf8');
      const cites = allCitations().filter(({ citation }) => citation.source === ARTICLE_SOURCE);
      expect(cites.length).toBeGreaterThan(0);
      const notVerbatim = cites
        .filter(({ citation }) => citation.quote === undefined || !article.includes(citation.quote))
        .map(({ owner, citation }) => `${owner}: ${citation.quote === undefined ? '(no quote)' : JSON.stringify(citation.quote)}`);
      expect(notVerbatim).toEqual([]);
    },
  );
});

describe('facts of the article in the seed', () => {
  it('Tatarstan: 75 visits abroad and 161 meetings in Russia in 2005-2015, by both governors', () => {
    const figure = nodeById.get('figure:tatarstan-2005-2015');
    expect(figure).toMatchObject({
      kind: 'ActivityFigure', scope: 'REGION', from: '2005', to: '2015',
      visitsAbroad: 75, meetingsInRussia: 161, approximate: false,
    });
    expect(figure?.cite[0]?.source).toBe(ARTICLE_SOURCE);
    expect(figure?.cite[0]?.quote).toContain('75 times');
    expect(has('REPORTED_FOR', 'figure:tatarstan-2005-2015', 'region:RU-TA')).toBeDefined();
    expect(has('COUNTS', 'figure:tatarstan-2005-2015', 'person:mintimer-shaimiev')).toBeDefined();
    expect(has('COUNTS', 'figure:tatarstan-2005-2015', 'person:rustam-minnikhanov')).toBeDefined();
  });

  it('all regions: about 14 meetings abroad and 20 in Russia on average', () => {
    const averages = nodes.filter((n) => n.kind === 'ActivityFigure' && n.scope === 'ALL_REGIONS_AVERAGE');
    expect(averages).toEqual([
      expect.objectContaining({ meetingsAbroad: 14, meetingsInRussia: 20, approximate: true, from: '2005', to: '2015' }),
    ]);
  });

  it('Zyazikov visited Jordan several times, met the Ingush diaspora and King Abdullah II', () => {
    expect(has('VISITED', 'person:murat-zyazikov', 'country:JO')).toMatchObject({ occasions: 'several times' });
    expect(has('GOVERNED', 'person:murat-zyazikov', 'region:RU-IN')).toMatchObject({ start: '2002', end: '2008' });
    expect(has('MET', 'person:murat-zyazikov', 'diaspora:ingush-in-jordan')).toBeDefined();
    expect(has('MET', 'person:murat-zyazikov', 'person:abdullah-ii')).toBeDefined();
    expect(has('DIASPORA_OF', 'diaspora:ingush-in-jordan', 'group:ingush')).toBeDefined();
    expect(has('LIVES_IN', 'diaspora:ingush-in-jordan', 'country:JO')).toBeDefined();
  });

  it('Kadyrov made the statement about Macron, and Peskov answered about Kadyrov', () => {
    const made = has('MADE', 'person:ramzan-kadyrov', 'statement:kadyrov-macron-terrorist');
    expect(made).toBeDefined();
    expect(has('ABOUT', 'statement:kadyrov-macron-terrorist', 'person:emmanuel-macron')).toBeDefined();
    expect(has('ABOUT', 'statement:kadyrov-macron-terrorist', 'country:FR')).toBeDefined();
    const macron = nodeById.get('statement:kadyrov-macron-terrorist');
    expect(macron?.cite.some((c) => c.quote?.includes('behaving like a') === true)).toBe(true);
    expect(has('MADE', 'person:dmitry-peskov', 'statement:peskov-foreign-policy-outside-purview')).toBeDefined();
    expect(has('ABOUT', 'statement:peskov-foreign-policy-outside-purview', 'person:ramzan-kadyrov')).toBeDefined();
    expect(has('ABOUT', 'statement:kadyrov-rohingya-myanmar', 'country:MM')).toBeDefined();
    expect(has('VISITED', 'person:ramzan-kadyrov', 'area:arabian-peninsula')).toMatchObject({ occasions: 'mainly' });
    expect(has('VISITED', 'person:ramzan-kadyrov', 'area:levant')).toMatchObject({ occasions: 'mainly' });
  });

  it('Tatarstan refused to leave Türksoy; Turkey is a member; Tatars are Turkic kin of Turkey', () => {
    expect(has('MEMBER_OF', 'region:RU-TA', 'org:turksoy')).toMatchObject({ status: 'refused to leave' });
    expect(has('MEMBER_OF', 'country:TR', 'org:turksoy')).toBeDefined();
    expect(has('MADE', 'org:ministry-of-culture', 'statement:ministry-of-culture-turksoy-requirement')).toBeDefined();
    expect(has('TITULAR_IN', 'group:tatars', 'region:RU-TA')).toBeDefined();
    expect(has('KIN_OF', 'group:tatars', 'country:TR')).toBeDefined();
    for (const governor of ['person:mintimer-shaimiev', 'person:rustam-minnikhanov']) {
      expect(has('MET', governor, 'country:TR')).toMatchObject({ counterpartRole: 'head of state', occasions: 'many' });
    }
    expect(has('MADE', 'region:RU-TA', 'statement:tatarstan-lobbying-turkish-sanctions')).toBeDefined();
    expect(nodeById.get('statement:tatarstan-lobbying-turkish-sanctions')).toMatchObject({ date: '2015' });
  });

  it('Komi: Gaizer’s tenure ended with his arrest; both Komi heads are ethnic Komis; Komi are kin of Finland and Hungary', () => {
    expect(has('GOVERNED', 'person:vyacheslav-gaizer', 'region:RU-KO')).toMatchObject({ start: '2010', end: '2015', endReason: 'arrest' });
    expect(has('BELONGS_TO', 'person:vyacheslav-gaizer', 'group:komi')).toBeDefined();
    expect(has('BELONGS_TO', 'person:vladimir-torlopov', 'group:komi')).toBeDefined();
    expect(has('KIN_OF', 'group:komi', 'country:FI')).toMatchObject({ basis: 'LINGUISTIC' });
    expect(has('KIN_OF', 'group:komi', 'country:HU')).toMatchObject({ basis: 'LINGUISTIC' });
  });

  it('Bogdan’s failed 2006 attempt in Nizhny Novgorod Oblast, opposed by GAZ', () => {
    expect(has('ATTEMPTED_INVESTMENT', 'org:bogdan', 'region:RU-NIZ')).toMatchObject({ date: '2006', outcome: 'failed' });
    expect(has('OPPOSED', 'org:gaz', 'org:bogdan')).toBeDefined();
    expect(has('BASED_IN', 'org:bogdan', 'country:UA')).toBeDefined();
  });

  it('attributes the findings to their scholars', () => {
    expect(has('ATTRIBUTED_TO', 'claim:sharafutdinova-tatarstan-state-identity', 'person:gulnaz-sharafutdinova')).toBeDefined();
    expect(has('ATTRIBUTED_TO', 'claim:starodubtsev-religion-ethnicity-left-to-republics', 'person:andrey-starodubtsev')).toBeDefined();
    expect(relsOf('ATTRIBUTED_TO').some((r) => r.from === 'claim:ethnic-republics-heads-more-active')).toBe(true);
  });
});
