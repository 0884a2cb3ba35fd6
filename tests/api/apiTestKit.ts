import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ApolloServer } from '@apollo/server';
import { afterAll, beforeAll, expect } from 'vitest';
import { REPO_ROOT } from '../../src/config/config.js';
import { createContext, type Context } from '../../src/context/context.js';
import type { Database } from '../../src/db/index.js';
import { createApollo } from '../../src/graphql/createApollo.js';
import { postGraphQL, startTestServer } from '../support/testGraph.js';

/**
 * Shared helpers for the API tests in tests/api: the seed files as plain
 * data (the expected answers), and one API server per test file.
 */

export interface SeedCitation {
  source: string;
  quote?: string;
}

export interface SeedSource {
  id: string;
  title: string;
  publisher?: string;
  url?: string;
  published?: string;
  type: string;
}

export interface SeedNode {
  kind: string;
  id: string;
  cite: SeedCitation[];
  [field: string]: unknown;
}

export interface SeedRelationship {
  type: string;
  id: string;
  from: string;
  to: string;
  cite: SeedCitation[];
  [field: string]: unknown;
}

function readSeed<T>(file: string): T {
  return JSON.parse(readFileSync(path.join(REPO_ROOT, 'seed', file), 'utf8')) as T;
}

/** seed/*.json as written (regions and countries come from packages and are not in here). */
export const seed = {
  sources: readSeed<SeedSource[]>('sources.json'),
  nodes: readSeed<SeedNode[]>('nodes.json'),
  relationships: readSeed<SeedRelationship[]>('relationships.json'),
};

/** The article every fact of the graph comes from. */
export const ARTICLE = 'source:riddle-paradiplomacy';

/** One seed node by id; throws when the seed has none (a broken test, not a broken API). */
export function seedNode(id: string): SeedNode {
  const node = seed.nodes.find((n) => n.id === id);
  if (!node) throw new Error(`seed/nodes.json has no node ${id}`);
  return node;
}

/** One seed relationship by id; throws when the seed has none. */
export function seedRelationship(id: string): SeedRelationship {
  const rel = seed.relationships.find((r) => r.id === id);
  if (!rel) throw new Error(`seed/relationships.json has no relationship ${id}`);
  return rel;
}

/** One seed source by id; throws when the seed has none. */
export function seedSource(id: string): SeedSource {
  const source = seed.sources.find((s) => s.id === id);
  if (!source) throw new Error(`seed/sources.json has no source ${id}`);
  return source;
}

/** What `sources { id quote }` must return for a seed fact's citations, in order. */
export function citationsOf(fact: { cite: SeedCitation[] }): Array<{ id: string; quote: string | null }> {
  return fact.cite.map((c) => ({ id: c.source, quote: c.quote ?? null }));
}

/** The article's quote(s) a seed fact cites, in order. */
export function articleQuotesOf(fact: { cite: SeedCitation[] }): string[] {
  return fact.cite.filter((c) => c.source === ARTICLE && c.quote).map((c) => c.quote as string);
}

/** A seed relationship's own properties, as GraphEdge.properties must give them. */
export function edgePropertiesOf(rel: SeedRelationship): Record<string, unknown> {
  const { type: _type, from: _from, to: _to, cite: _cite, ...props } = rel;
  return props;
}

/** A seed node's own properties, as GraphNode.properties must give them. */
export function nodePropertiesOf(node: SeedNode): Record<string, unknown> {
  const { kind: _kind, cite: _cite, ...props } = node;
  return props;
}

/** Sorts a copy by `id` (for lists whose order the API does not promise). */
export function byId<T extends { id: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The ids of a list, in order. */
export function ids(items: ReadonlyArray<{ id: string }>): string[] {
  return items.map((i) => i.id);
}

/** The ids of a list, sorted. */
export function sortedIds(items: ReadonlyArray<{ id: string }>): string[] {
  return ids(items).sort();
}

export interface GraphQLResponse {
  status: number;
  body: { data?: any; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
}

export interface Api {
  /** Runs an operation that must succeed (HTTP 200, no errors); returns `data`. */
  query(query: string, variables?: Record<string, unknown>): Promise<any>;
  /** Runs an operation and returns the raw response (for error cases). */
  raw(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse>;
  /** Runs an operation in-process (it must succeed) and returns how many Cypher round-trips it took. */
  roundTrips(query: string, variables?: Record<string, unknown>): Promise<number>;
  /** The seeded test database (for fixtures that tests write and remove). */
  readonly db: Database;
}

/**
 * Starts the API once for the calling test file (beforeAll) over real HTTP on
 * the seeded test graph, and stops it afterwards (afterAll).
 */
export function useApi(): Api {
  let server: Awaited<ReturnType<typeof startTestServer>> | undefined;
  let apollo: ApolloServer<Context> | undefined;
  beforeAll(async () => {
    server = await startTestServer();
    apollo = createApollo({ development: false, log: () => {} });
    await apollo.start();
  });
  afterAll(async () => {
    await apollo?.stop();
    await server?.close();
  });
  const started = () => {
    if (!server || !apollo) throw new Error('the API server has not started');
    return { server, apollo };
  };
  const raw = async (query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse> =>
    postGraphQL(started().server.url, query, variables);
  return {
    raw,
    get db() {
      return started().server.db;
    },
    async roundTrips(query, variables) {
      const { server: s, apollo: a } = started();
      const context = createContext(s.db);
      const response = await a.executeOperation({ query, variables }, { contextValue: context });
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      expect(response.body.singleResult.errors).toBeUndefined();
      return context.stats.queries;
    },
    async query(query, variables) {
      const { status, body } = await raw(query, variables);
      expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
      expect(status).toBe(200);
      expect(body.data).toBeTruthy();
      return body.data;
    },
  };
}

/** Asserts a response failed with BAD_USER_INPUT (naming `argument`, when given). */
export function expectBadUserInput(res: GraphQLResponse, argument?: string): void {
  expect(res.body.errors, JSON.stringify(res.body)).toBeDefined();
  const error = res.body.errors?.[0];
  expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
  if (argument !== undefined) expect(error?.extensions?.argument).toBe(argument);
}
