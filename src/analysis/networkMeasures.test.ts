import { describe, expect, it } from 'vitest';
import { networkMeasures } from './networkMeasures.js';

/** A star: centre c, leaves a, b, d, e (relationship directions vary on purpose). */
const STAR = {
  nodes: ['c', 'a', 'b', 'd', 'e'],
  links: [
    { from: 'c', to: 'a' },
    { from: 'b', to: 'c' },
    { from: 'c', to: 'd' },
    { from: 'e', to: 'c' },
  ],
};

/** Two triangles a-b-c and x-y-z joined by the bridge c-x. */
const TWO_TRIANGLES = {
  nodes: ['a', 'b', 'c', 'x', 'y', 'z'],
  links: [
    { from: 'a', to: 'b' }, { from: 'b', to: 'c' }, { from: 'c', to: 'a' },
    { from: 'x', to: 'y' }, { from: 'y', to: 'z' }, { from: 'z', to: 'x' },
    { from: 'c', to: 'x' },
  ],
};

const byId = (result: ReturnType<typeof networkMeasures>) => new Map(result.nodes.map((n) => [n.id, n]));

describe('networkMeasures', () => {
  it('gives a star’s centre every shortest path (betweenness 1) and the highest PageRank', () => {
    const result = networkMeasures(STAR.nodes, STAR.links);
    const m = byId(result);
    expect(m.get('c')).toMatchObject({ degree: 4, relationships: 4, betweenness: 1 });
    for (const leaf of ['a', 'b', 'd', 'e']) expect(m.get(leaf)).toMatchObject({ degree: 1, relationships: 1, betweenness: 0 });
    // PageRank with damping d = 0.85 on a star of N = 5: leaf L = (1-d)/N + d*C/4, centre C = (1-d)/N + d*4L.
    const leaf = (0.03 + 0.2125 * 0.03) / (1 - 0.2125 * 3.4);
    expect(m.get('a')?.pageRank).toBeCloseTo(leaf, 5);
    expect(m.get('c')?.pageRank).toBeCloseTo(0.03 + 3.4 * leaf, 5);
    expect(result.nodes.reduce((s, n) => s + n.pageRank, 0)).toBeCloseTo(1, 6);
    expect(result.edgeCount).toBe(4);
  });

  it('splits two triangles joined by a bridge into two communities, the bridge ends carrying the betweenness', () => {
    const result = networkMeasures(TWO_TRIANGLES.nodes, TWO_TRIANGLES.links);
    const m = byId(result);
    // c and x each lie on the 3 x 2 shortest paths between {a, b} and the other triangle (2 of them via both): (2*3)/C(5,2) = 0.6.
    expect(m.get('c')?.betweenness).toBeCloseTo(0.6, 10);
    expect(m.get('x')?.betweenness).toBeCloseTo(0.6, 10);
    expect(m.get('a')?.betweenness).toBe(0);
    expect(result.communities.map((c) => [...c].sort())).toEqual([['a', 'b', 'c'], ['x', 'y', 'z']]);
    expect(m.get('a')?.community).toBe(m.get('c')?.community);
    expect(m.get('a')?.community).not.toBe(m.get('x')?.community);
    // Newman modularity of that partition: 2 * (3/7 - (7/14)^2).
    expect(result.modularity).toBeCloseTo(2 * (3 / 7 - 0.25), 10);
  });

  it('merges parallel relationships into one weighted edge: degree counts neighbours, relationships counts both', () => {
    const result = networkMeasures(['p', 'q', 'r'], [
      { from: 'p', to: 'q' },
      { from: 'q', to: 'p' },
      { from: 'q', to: 'r' },
    ]);
    const m = byId(result);
    expect(m.get('p')).toMatchObject({ degree: 1, relationships: 2 });
    expect(m.get('q')).toMatchObject({ degree: 2, relationships: 3, betweenness: 1 });
    expect(result.edgeCount).toBe(2);
    // The double link weighs more: p outranks r.
    expect(m.get('p')?.pageRank ?? 0).toBeGreaterThan(m.get('r')?.pageRank ?? 0);
  });

  it('measures betweenness in hops: many parallel relationships do not make a pair farther apart', () => {
    const triple = [{ from: 'a', to: 'c' }, { from: 'a', to: 'c' }, { from: 'c', to: 'a' }];
    const result = networkMeasures(['a', 'b', 'c'], [{ from: 'a', to: 'b' }, { from: 'b', to: 'c' }, ...triple]);
    expect(byId(result).get('b')?.betweenness).toBe(0);
  });

  it('gives the same communities on every run (no random walk)', () => {
    const first = networkMeasures(TWO_TRIANGLES.nodes, TWO_TRIANGLES.links);
    for (let i = 0; i < 5; i += 1) expect(networkMeasures([...TWO_TRIANGLES.nodes].reverse(), TWO_TRIANGLES.links)).toEqual(first);
  });

  it('handles a graph without relationships (each node its own community, no modularity) and ignores unknown ends and self-loops', () => {
    const result = networkMeasures(['a', 'b'], [{ from: 'a', to: 'a' }, { from: 'a', to: 'zz' }]);
    expect(result.edgeCount).toBe(0);
    expect(result.modularity).toBeNull();
    expect(result.communities).toEqual([['a'], ['b']]);
    expect(result.nodes.map((n) => [n.id, n.degree, n.pageRank])).toEqual([['a', 0, 0.5], ['b', 0, 0.5]]);
    expect(networkMeasures([], [])).toEqual({ nodes: [], communities: [], edgeCount: 0, modularity: null });
  });
});
