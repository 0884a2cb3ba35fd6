import { describe, expect, it } from 'vitest';
import { changedProps, mergeCitations, mergeProps, storedCitations } from './storedProps.js';

describe('merging imported facts with stored ones', () => {
  it('stores a new fact like the seed does: date bounds, citations as parallel lists', () => {
    expect(mergeProps(undefined, 'visited:a-tr-2012-03', { start: '2012-03', purpose: 'trade' }, [{ source: 'source:s' }])).toEqual({
      id: 'visited:a-tr-2012-03',
      start: '2012-03',
      startMin: '2012-03-01',
      startMax: '2012-03-31',
      purpose: 'trade',
      sourceIds: ['source:s'],
      quotes: [''],
    });
  });

  it('corrects values, never erases, keeps foreign properties, and adds citations', () => {
    const stored = {
      id: 'visited:x', start: '2012', startMin: '2012-01-01', startMax: '2012-12-31', purpose: 'old', occasions: 'twice',
      retracted: false, sourceIds: ['source:a'], quotes: ['an old quote'],
    };
    const next = mergeProps(stored, 'visited:x', { start: '2012', purpose: 'new' }, [{ source: 'source:b', quote: 'new quote' }]);
    expect(next).toEqual({ ...stored, purpose: 'new', sourceIds: ['source:a', 'source:b'], quotes: ['an old quote', 'new quote'] });
    expect(changedProps(stored, next)).toEqual({ purpose: 'new', sourceIds: ['source:a', 'source:b'], quotes: ['an old quote', 'new quote'] });
  });

  it('is idempotent: merging the same row again changes nothing', () => {
    const once = mergeProps(undefined, 'person:a', { name: 'A B', nameRu: 'А Б', altNames: ['AB'] }, [{ source: 'source:s', quote: 'q q q' }]);
    const twice = mergeProps(once, 'person:a', { name: 'A B', nameRu: 'А Б', altNames: ['AB'] }, [{ source: 'source:s', quote: 'q q q' }]);
    expect(changedProps(once, twice)).toEqual({});
    expect(once.altNamesText).toBe('a b | а б | ab');
  });

  it('unites alternative names and rebuilds the search text', () => {
    const stored = mergeProps(undefined, 'person:a', { name: 'Ivan Ivanov', altNames: ['Ivanov'] }, [{ source: 'source:s' }]);
    const next = mergeProps(stored, 'person:a', { nameRu: 'Иван Иванов', altNames: ['I. Ivanov'] }, [{ source: 'source:s' }]);
    expect(next.altNames).toEqual(['Ivanov', 'I. Ivanov']);
    expect(next.name).toBe('Ivan Ivanov');
    expect(String(next.altNamesText)).toContain('иван иванов');
    expect(String(next.altNamesText)).toContain('i ivanov');
  });

  it('keeps one citation per source: a given quote replaces, an empty one keeps', () => {
    const existing = [{ source: 'source:a', quote: 'first' }, { source: 'source:b' }];
    expect(mergeCitations(existing, [{ source: 'source:a' }])).toEqual(existing);
    expect(mergeCitations(existing, [{ source: 'source:b', quote: 'now quoted' }])).toEqual([
      { source: 'source:a', quote: 'first' },
      { source: 'source:b', quote: 'now quoted' },
    ]);
    expect(storedCitations({ sourceIds: ['source:a', 'source:b'], quotes: ['first', ''] })).toEqual(existing);
  });

  it('sources cite nothing', () => {
    expect(mergeProps(undefined, 'source:s', { title: 'T', published: '2020' }, null)).toEqual({
      id: 'source:s', title: 'T', published: '2020', publishedMin: '2020-01-01', publishedMax: '2020-12-31', sourceIds: [], quotes: [],
    });
  });
});
