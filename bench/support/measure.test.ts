import { describe, expect, it } from 'vitest';
import { measureSideBySide, quantile } from './measure.js';

describe('measureSideBySide', () => {
  it('asks each way once per round, in an order that rotates, after each way\'s warm-up', async () => {
    const calls: string[] = [];
    const way = (name: string) => async () => {
      calls.push(name);
    };
    const figures = await measureSideBySide({ a: way('a'), b: way('b'), c: way('c') }, { warmup: 2, iterations: 4, budgetMs: 10_000 });
    expect(calls.slice(0, 6)).toEqual(['a', 'a', 'b', 'b', 'c', 'c']);
    expect(calls.slice(6)).toEqual(['a', 'b', 'c', 'b', 'c', 'a', 'c', 'a', 'b', 'a', 'b', 'c']);
    expect(figures.a.samples).toBe(4);
    expect(figures.b.samples).toBe(4);
    expect(figures.c.samples).toBe(4);
  });

  it('stops at the budget per way, with at least 3 samples of each', async () => {
    const slow = () => new Promise((resolve) => setTimeout(resolve, 20));
    const figures = await measureSideBySide({ a: slow, b: slow }, { warmup: 0, iterations: 1000, budgetMs: 1 });
    expect(figures.a.samples).toBe(3);
    expect(figures.b.samples).toBe(3);
    expect(figures.a.p50).toBeGreaterThanOrEqual(15);
    expect(figures.a.rps).toBeLessThan(1000 / 15);
  });
});

describe('quantile', () => {
  it('takes the nearest rank', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2);
    expect(quantile([1, 2, 3, 4], 0.99)).toBe(4);
    expect(Number.isNaN(quantile([], 0.5))).toBe(true);
  });
});
