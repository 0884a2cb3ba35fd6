import { describe, expect, it } from 'vitest';
import { edgesOfNodes } from './edgesOfNodes.js';
import { nodesByIds } from './nodesByIds.js';
import { nodesOfKind } from './nodesOfKind.js';
import { pathsBetween } from './pathsBetween.js';
import { schemaStatements } from './schemaStatements.js';
import { luceneQuery, searchNodes, searchTerms } from './searchNodes.js';
import { mergeNodes, mergeRelationships } from './seedWrites.js';
import { sourcesByIds } from './sourcesByIds.js';
import { subgraphAround } from './subgraphAround.js';

/**
 * Cypher-shape tests: each translator's query and parameters, snapshotted
 * with no database, so every change to a query shows in review. The
 * hostile-looking values prove user text travels only as parameters.
 */
const HOSTILE = "x'}) DETACH DELETE n //";

describe('translators return parameterised Cypher', () => {
  it.each([
    ['nodesByIds', () => nodesByIds(['region:RU-TA', HOSTILE])],
    ['edgesOfNodes', () => edgesOfNodes([{ id: HOSTILE, type: 'GOVERNED', direction: 'IN' }])],
    ['nodesOfKind', () => nodesOfKind('Region', 'id', { property: 'kind', equals: HOSTILE })],
    ['sourcesByIds', () => sourcesByIds([HOSTILE])],
    ['searchNodes', () => searchNodes(searchTerms(HOSTILE), ['Person'], 5)],
    ['subgraphAround', () => subgraphAround([HOSTILE], 2, ['MET'], 100)],
    ['pathsBetween', () => pathsBetween(HOSTILE, 'country:JO', 4, null, 10)],
    ['mergeNodes', () => mergeNodes('Person', [{ id: HOSTILE, kind: 'Person', props: { id: HOSTILE, name: HOSTILE } }])],
    ['mergeRelationships', () => mergeRelationships('MET', [{ id: 'met:x', type: 'MET', from: HOSTILE, to: 'country:TR', props: {} }])],
  ])('%s', (_, build) => {
    const query = build();
    expect(query.cypher).not.toContain(HOSTILE);
    expect(query.cypher).not.toContain('DETACH');
    expect(query).toMatchSnapshot();
  });

  it('schema set-up', () => {
    expect(schemaStatements().map((s) => s.cypher)).toMatchSnapshot();
  });
});

describe('search terms', () => {
  it('fold Latin diacritics and case, keep Cyrillic, and drop Lucene syntax', () => {
    expect(searchTerms('TÜRKSOY')).toEqual(['turksoy']);
    expect(searchTerms('Татарстан')).toEqual(['татарстан']);
    expect(searchTerms('Йошкар-Ола')).toEqual(['йошкар', 'ола']);
    expect(searchTerms('name:* OR (a~ AND "b")')).toEqual(['name', 'or', 'a', 'and', 'b']);
    expect(searchTerms('  ')).toEqual([]);
  });

  it('rank exact terms above prefixes above near misses', () => {
    expect(luceneQuery(['turksoy', 'org'])).toBe('(turksoy^4 OR turksoy*^2 OR turksoy~1) AND (org^4 OR org*^2)');
  });
});
