import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { withDeadline } from './withDeadline.js';

/** A promise settled from outside. */
function pending<T>(): { promise: Promise<T>; resolve: (v: T) => void; reject: (e: Error) => void } {
  let resolve: (v: T) => void = () => undefined;
  let reject: (e: Error) => void = () => undefined;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('withDeadline', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('gives the answer of work that settles in time, and clears its timer', async () => {
    const { answer, late } = withDeadline(async (arm) => {
      arm();
      return 42;
    }, 1000, () => new Error('late'));
    await expect(answer).resolves.toBe(42);
    expect(late()).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('passes on the rejection of work that fails in time', async () => {
    const { answer } = withDeadline(async (arm) => {
      arm();
      throw new Error('boom');
    }, 1000, () => new Error('late'));
    await expect(answer).rejects.toThrow('boom');
  });

  it('has no deadline before arm() is called: waiting for a connection is not counted', async () => {
    const work = pending<number>();
    const { answer, late } = withDeadline(() => work.promise, 1000, () => new Error('late'));
    await vi.advanceTimersByTimeAsync(5000);
    expect(late()).toBe(false);
    work.reject(new Error('no connection'));
    await expect(answer).rejects.toThrow('no connection');
  });

  it('restarts the clock on each arm(): the time counts from the last call', async () => {
    const work = pending<number>();
    let arm: () => void = () => undefined;
    const { answer, late } = withDeadline((a) => {
      arm = a;
      a();
      return work.promise;
    }, 1000, () => new Error('late'));
    await vi.advanceTimersByTimeAsync(900);
    arm();
    await vi.advanceTimersByTimeAsync(900);
    expect(late()).toBe(false);
    work.resolve(7);
    await expect(answer).resolves.toBe(7);
  });

  it('rejects with onLate() when work is still running at the deadline; a later failure of work goes nowhere', async () => {
    const work = pending<number>();
    const { answer, late } = withDeadline((arm) => {
      arm();
      return work.promise;
    }, 1000, () => new Error('stopped after 1000 ms'));
    const settled = expect(answer).rejects.toThrow('stopped after 1000 ms');
    await vi.advanceTimersByTimeAsync(999);
    expect(late()).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await settled;
    expect(late()).toBe(true);
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    work.reject(new Error('the database gave up later'));
    await new Promise((resolve) => setImmediate(resolve));
    process.off('unhandledRejection', unhandled);
    expect(unhandled).not.toHaveBeenCalled();
  });
});
