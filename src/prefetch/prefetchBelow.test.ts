import { parse, type GraphQLResolveInfo, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createContext } from '../context/context.js';
import type { Database } from '../db/Database.js';
import { QueryTooLargeError, QueryTimeoutError } from '../errors/index.js';
import { buildSchema } from '../graphql/buildSchema.js';
import { prefetchBelow } from './prefetchBelow.js';

const schema = buildSchema();
const operation = parse('{ region(code: "RU-KO") { governors { governor { name } } } }').definitions[0] as OperationDefinitionNode;
const info = {
  schema,
  fragments: {},
  operation,
  variableValues: {},
  fieldNodes: [operation.selectionSet.selections[0]],
  returnType: schema.getQueryType()!.getFields().region!.type,
} as unknown as GraphQLResolveInfo;

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
