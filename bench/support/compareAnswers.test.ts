import { describe, expect, it } from 'vitest';
import { compareAnswers } from './compareAnswers.js';

describe('compareAnswers', () => {
  it('says the answers are the same when every way gives an equal value', () => {
    expect(compareAnswers({ a: ['x', 'y'], b: ['x', 'y'], c: ['x', 'y'] })).toEqual({
      same: true,
      text: 'a, b, c: the same answer, ["x","y"] (9 characters of JSON)',
    });
  });

  it('quotes every way\'s answer when one differs, even in order only', () => {
    const result = compareAnswers({ a: ['x', 'y'], b: ['y', 'x'] });
    expect(result.same).toBe(false);
    expect(result.text).toBe('**different answers**: a ["x","y"] (9 characters of JSON); b ["y","x"] (9 characters of JSON)');
  });

  it('quotes a long answer from just before where the ways part', () => {
    const ids = Array.from({ length: 100 }, (_, i) => `id-${i}`);
    const other = [...ids];
    other[90] = 'changed';
    const { same, text } = compareAnswers({ a: ids, b: other });
    expect(same).toBe(false);
    expect(text).toContain('a …');
    expect(text).toContain('"id-90"');
    expect(text).toContain('"changed"');
    expect(text).not.toContain('"id-1",');
    const same2 = compareAnswers({ a: ids, b: [...ids] });
    expect(same2.text).toMatch(/^a, b: the same answer, \["id-0",.*…/);
    expect(same2.text.length).toBeLessThan(300);
  });

  it('refuses to compare nothing', () => {
    expect(() => compareAnswers({})).toThrow('compareAnswers expects at least one answer, received none');
  });
});
