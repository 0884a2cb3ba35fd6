import { describe, expect, it } from 'vitest';
import { resolveInfoOf } from '../../tests/support/resolveInfoOf.js';
import { createContext } from '../context/context.js';
import type { Database } from '../db/Database.js';
import { QueryTooLargeError, QueryTimeoutError } from '../errors/index.js';
import { prefetchBelow } from './prefetchBelow.js';

const info = resolveInfoOf('{ region(code: "RU-KO") { governors { governor { name } } } }');

/** A database whose reads all fail with `error` (what the prefetch does then is the question, not the query). */
function failingDb(error: Error): Database {
  return { executeRead: () => Promise.reject(error) } as unknown as Database;
}

describe('prefetchBelow', () => {
  it('leaves the answer to the loaders when its one query is over the memory limit (QUERY_TOO_LARGE)', async () => {
    const ctx = createContext(failingDb(new QueryTooLargeError()));
    await expect(prefetchBelow(ctx, info, ['region:RU-KO'])).resolves.toBeUndefined();
    expect(ctx.loaders.primedNodes.size).toBe(0);
  });

  it('lets any other error through', async () => {
    const ctx = createContext(failingDb(new QueryTimeoutError(30_000)));
    await expect(prefetchBelow(ctx, info, ['region:RU-KO'])).rejects.toBeInstanceOf(QueryTimeoutError);
  });
});
