import type { Viewer } from '../auth/Viewer.js';
import type { Database, QueryStats } from '../db/Database.js';
import { createLoaders, type Loaders } from '../loaders/createLoaders.js';

/** What every resolver receives: the database, who is asking, this request's loaders and its query count. */
export interface Context {
  db: Database;
  /** The token holder, or null for an anonymous request. */
  viewer: Viewer | null;
  loaders: Loaders;
  stats: QueryStats;
  /** Whether root fields fetch what their selection asks below them in one query (src/prefetch); on unless turned off. */
  prefetch: boolean;
}

/** Per-request options: the prefetch can be turned off, to compare answers and round-trips with and without it. */
export interface ContextOptions {
  prefetch?: boolean;
}

/** Builds a fresh context for one request (loaders are never shared between requests). */
export function createContext(db: Database, viewer: Viewer | null = null, options: ContextOptions = {}): Context {
  const stats: QueryStats = { queries: 0 };
  return { db, viewer, stats, loaders: createLoaders(db, stats), prefetch: options.prefetch ?? true };
}
