import { describe, expect, it } from 'vitest';
import type { Database } from '../db/Database.js';
import { createLoaders } from '../loaders/createLoaders.js';
import { prefetchQuery } from '../cypher/prefetchQuery.js';
import { edgesPart, nodesPart, type PrefetchLayout } from './prefetchLayout.js';
import { primeLoaders, type PrefetchRow } from './primeLoaders.js';

/** A database that must not be asked: everything comes from the primed rows. */
const noDatabase = {
  executeRead: () => {
    throw new Error('the loaders queried the database; everything should have been primed');
  },
} as unknown as Database;

/** Komi's governors (GOVERNED, in) and their names: one step with far ends, properties projected as values. */
const LAYOUT: PrefetchLayout = {
  steps: [{ index: 1, input: 0, type: 'GOVERNED', direction: 'IN', far: true, edgeSources: false }],
  sourceSets: [],
  props: ['id', 'name', 'start'],
};

describe('primeLoaders', () => {
  it('issue 6: takes a part split over several rows (prefetchQuery\'s chunks) as one list, in order', async () => {
    const edge = (n: number) => [`person:${n}`, 'region:RU-KO', [`governed:${n}`, null, `200${n}`]];
    const person = (n: number) => ['Person', [`person:${n}`, `Governor ${n}`, null]];
    const rows: PrefetchRow[] = [
      { part: nodesPart(0), items: [['Region', { id: 'region:RU-KO', name: 'Komi Republic' }]] },
      { part: edgesPart(1), items: [edge(1), edge(2)] },
      { part: nodesPart(1), items: [person(1), person(2)] },
      { part: edgesPart(1), items: [edge(3)] },
      { part: nodesPart(1), items: [person(3)] },
    ] as PrefetchRow[];
    const loaders = createLoaders(noDatabase, { queries: 0 });
    primeLoaders(loaders, ['region:RU-KO'], LAYOUT, rows);

    const governed = await loaders.edges.load({ id: 'region:RU-KO', type: 'GOVERNED', direction: 'IN' });
    expect(governed.map((e) => [e.id, e.from, e.to, e.props])).toEqual([
      ['governed:1', 'person:1', 'region:RU-KO', { id: 'governed:1', start: '2001' }],
      ['governed:2', 'person:2', 'region:RU-KO', { id: 'governed:2', start: '2002' }],
      ['governed:3', 'person:3', 'region:RU-KO', { id: 'governed:3', start: '2003' }],
    ]);
    expect(await loaders.node.load('person:3')).toEqual({ id: 'person:3', kind: 'Person', props: { id: 'person:3', name: 'Governor 3' } });
    expect(loaders.primedNodes.get('region:RU-KO')?.props.name).toBe('Komi Republic');
  });
});

describe('prefetchQuery', () => {
  it('refuses rows of fewer than one item, naming what it received', () => {
    expect(() => prefetchQuery(['region:RU-KO'], LAYOUT, 0)).toThrow('prefetchQuery expects rows of at least 1 item (a positive integer chunk), received 0');
    expect(() => prefetchQuery(['region:RU-KO'], LAYOUT, 1.5)).toThrow('received 1.5');
  });
});
