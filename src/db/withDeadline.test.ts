import { describe, expect, it, vi } from 'vitest';
import { withDeadline } from './withDeadline.js';

describe('withDeadline', () => {
  it('gives the answer of work that settles in time, and clears its timer', async () => {
    vi.useFakeTimers();
    try {
      const { answer, late } = withDeadline(Promise.resolve(42), 1000, () => new Error('late'));
      await expect(answer).resolves.toBe(42);
      expect(late()).toBe(false);
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('passes on the rejection of work that fails in time', async () => {
    const { answer } = withDeadline(Promise.reject(new Error('boom')), 1000, () => new Error('late'));
    await expect(answer).rejects.toThrow('boom');
  });

  it('rejects with onLate() when work is still running at the deadline; a later failure of work goes nowhere', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      let fail: (e: Error) => void = () => undefined;
      const work = new Promise<number>((_, reject) => {
        fail = reject;
      });
      const { answer, late } = withDeadline(work, 1000, () => new Error('stopped after 1000 ms'));
      const settled = expect(answer).rejects.toThrow('stopped after 1000 ms');
      await vi.advanceTimersByTimeAsync(999);
      expect(late()).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      await settled;
      expect(late()).toBe(true);
      const unhandled = vi.fn();
      process.on('unhandledRejection', unhandled);
      fail(new Error('the database gave up later'));
      await new Promise((resolve) => setImmediate(resolve));
      process.off('unhandledRejection', unhandled);
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });
});
