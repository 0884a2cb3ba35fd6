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
}

/** Builds a fresh context for one request (loaders are never shared between requests). */
export function createContext(db: Database, viewer: Viewer | null = null): Context {
  const stats: QueryStats = { queries: 0 };
  return { db, viewer, stats, loaders: createLoaders(db, stats) };
}
