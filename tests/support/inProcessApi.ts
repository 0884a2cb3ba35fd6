import type { ApolloServer } from '@apollo/server';
import { afterAll, beforeAll, expect } from 'vitest';
import { createContext, type Context, type ContextOptions } from '../../src/context/context.js';
import type { Database } from '../../src/db/index.js';
import { createApollo } from '../../src/graphql/createApollo.js';
import { openSeededGraph } from './testGraph.js';

/** An operation's data and the Cypher round-trips it took. */
export interface InProcessResult {
  data: Record<string, any>;
  queries: number;
}

/**
 * Apollo in-process on the seeded test graph, started for the calling test
 * file or describe block (beforeAll) and stopped after it: for tests that
 * count round-trips (the context's query count), which HTTP does not show.
 */
export function useInProcessApi(): {
  readonly db: Database;
  run(query: string, variables?: Record<string, unknown>, options?: ContextOptions): Promise<InProcessResult>;
} {
  let graph: { db: Database; close(): Promise<void> } | undefined;
  let apollo: ApolloServer<Context> | undefined;
  beforeAll(async () => {
    graph = await openSeededGraph();
    apollo = createApollo({ development: false, log: () => {} });
    await apollo.start();
  });
  afterAll(async () => {
    await apollo?.stop();
    await graph?.close();
  });
  const started = () => {
    if (!graph || !apollo) throw new Error('the in-process API has not started');
    return { graph, apollo };
  };
  return {
    get db() {
      return started().graph.db;
    },
    async run(query, variables, options = {}) {
      const { graph: g, apollo: a } = started();
      const context = createContext(g.db, null, options);
      const response = await a.executeOperation({ query, variables }, { contextValue: context });
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      expect(response.body.singleResult.errors).toBeUndefined();
      return { queries: context.stats.queries, data: response.body.singleResult.data as Record<string, any> };
    },
  };
}
