import { describe, expect, it } from 'vitest';
import { activityReport } from './activityReport.js';
import { edgesOfNodes } from './edgesOfNodes.js';
import { governorChangeData } from './governorChangeData.js';
import { governorOriginActivity } from './governorOriginActivity.js';
import { networkGraph } from './networkGraph.js';
import { nodesByIds } from './nodesByIds.js';
import { prefetchQuery } from './prefetchQuery.js';
import { nodesOfKind } from './nodesOfKind.js';
import { countryLinkedRegions } from './countryLinkedRegions.js';
import { governorsAtDate } from './governorsAtDate.js';
import { pathsBetween } from './pathsBetween.js';
import { personContacts } from './personContacts.js';
import { regionKinPartners } from './regionKinPartners.js';
import { regionPartnerProfiles } from './regionPartnerProfiles.js';
import { regionTimelines } from './regionTimelines.js';
import { regionKindActivity } from './regionKindActivity.js';
import { schemaStatements } from './schemaStatements.js';
import { luceneQuery, searchNodes, searchNodesTop, searchTerms } from './searchNodes.js';
import { mergeNodes, mergeRelationships } from './seedWrites.js';
import { sourcesByIds } from './sourcesByIds.js';
import { subgraphAround } from './subgraphAround.js';
import {
  auditEntries,
  createAuditEntry,
  nodeFactById,
  nodeFactDependants,
  relationshipFactById,
  retractNode,
  retractRelationships,
} from './curation/index.js';

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
    [
      'prefetchQuery (region, governors, visits, countries, sources)',
      () => prefetchQuery([HOSTILE], {
        steps: [
          { index: 1, input: 0, type: 'GOVERNED', direction: 'IN', far: true, edgeSources: false },
          { index: 2, input: 1, type: 'VISITED', direction: 'OUT', far: true, edgeSources: true },
          { index: 3, input: 0, type: 'MEMBER_OF', direction: 'OUT', far: false, edgeSources: false },
        ],
        sourceSets: [0, 2],
        props: null,
      }),
    ],
    [
      'prefetchQuery (only the properties the operation reads)',
      () => prefetchQuery([HOSTILE], {
        steps: [{ index: 1, input: 0, type: 'VISITED', direction: 'OUT', far: true, edgeSources: false }],
        sourceSets: [],
        props: ['id', 'start', 'startMin', 'name', HOSTILE],
      }),
    ],
    ['nodesOfKind', () => nodesOfKind('Region', 'id', { property: 'kind', equals: HOSTILE })],
    ['sourcesByIds', () => sourcesByIds([HOSTILE])],
    ['searchNodes', () => searchNodes(searchTerms(HOSTILE), ['Person'], 5)],
    ['searchNodesTop', () => searchNodesTop(searchTerms(HOSTILE), ['Person'], 5)],
    ['subgraphAround', () => subgraphAround([HOSTILE], 2, ['MET'], 100)],
    [
      'subgraphAround (only the properties the selection reads)',
      () => subgraphAround([HOSTILE], 2, null, 500, undefined, 2000, { node: ['id', 'name'], edge: ['id', 'sourceIds', 'quotes'] }),
    ],
    ['pathsBetween', () => pathsBetween(HOSTILE, 'country:JO', 4, null, 10)],
    [
      'pathsBetween (exclusions, window, ALL_SHORTEST)',
      () => pathsBetween(HOSTILE, 'country:JO', 6, [HOSTILE], 50, {
        exclude: [HOSTILE], window: { start: '2005-01-01', end: '2015-12-31' }, mode: 'ALL_SHORTEST',
      }),
    ],
    [
      'pathsBetween (only the properties the selection reads)',
      () => pathsBetween(HOSTILE, 'country:JO', 2, null, 10, { props: { node: ['id', 'name'], edge: ['id'] } }),
    ],
    ['regionKinPartners', () => regionKinPartners([HOSTILE])],
    ['regionKinPartners (evidenceFirst)', () => regionKinPartners([HOSTILE], 10)],
    ['countryLinkedRegions', () => countryLinkedRegions([HOSTILE])],
    ['personContacts', () => personContacts([HOSTILE])],
    ['regionPartnerProfiles', () => regionPartnerProfiles([HOSTILE])],
    ['regionTimelines', () => regionTimelines([HOSTILE])],
    ['governorsAtDate', () => governorsAtDate(HOSTILE, HOSTILE)],
    ['mergeNodes', () => mergeNodes('Person', [{ id: HOSTILE, kind: 'Person', props: { id: HOSTILE, name: HOSTILE } }])],
    ['mergeRelationships', () => mergeRelationships('MET', [{ id: 'met:x', type: 'MET', from: HOSTILE, to: 'country:TR', props: {} }])],
    ['activityReport', () => activityReport({ start: '2005-01-01', end: '2015-12-31' }, 'REGION_KIND', { REPUBLIC: 'Republic' })],
    ['activityReport (by partner country)', () => activityReport({ start: null, end: null }, 'PARTNER_COUNTRY', {})],
    ['regionKindActivity', () => regionKindActivity({ start: null, end: null }, ['REPUBLIC', HOSTILE], HOSTILE)],
    ['governorOriginActivity', () => governorOriginActivity({ start: '2005-01-01', end: null }, HOSTILE)],
    ['governorChangeData', () => governorChangeData(HOSTILE, { start: null, end: '2015-12-31' }, 'claim:x')],
    ['networkGraph (around ids)', () => networkGraph({ ids: [HOSTILE], depth: 2 }, ['MET'], 100, { start: '2005-01-01', end: null })],
    ['networkGraph (whole graph)', () => networkGraph(null, null, 200)],
    ['relationshipFactById', () => relationshipFactById('VISITED', HOSTILE, true)],
    ['nodeFactById', () => nodeFactById('Statement', HOSTILE, false)],
    ['retractRelationships', () => retractRelationships('MET', [HOSTILE], { by: HOSTILE, at: '2026-11-29T12:00:00.000Z', reason: HOSTILE })],
    ['retractNode', () => retractNode('Diaspora', HOSTILE, { by: HOSTILE, at: '2026-11-29T12:00:00.000Z', reason: HOSTILE })],
    ['nodeFactDependants (statement)', () => nodeFactDependants('Statement', HOSTILE)],
    ['nodeFactDependants (diaspora)', () => nodeFactDependants('Diaspora', HOSTILE)],
    ['nodeFactDependants (source)', () => nodeFactDependants('Source', HOSTILE)],
    [
      'createAuditEntry',
      () => createAuditEntry({ id: 'audit:1', at: '2026-11-29T12:00:00.000Z', actor: HOSTILE, role: 'editor', operation: 'createVisit', targetId: HOSTILE, status: 'CREATED', input: HOSTILE }),
    ],
    ['auditEntries', () => auditEntries({ targetId: HOSTILE, actor: null }, 50)],
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
