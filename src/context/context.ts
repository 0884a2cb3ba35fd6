import type { Database, QueryStats } from '../db/Database.js';
import { createLoaders, type Loaders } from '../loaders/createLoaders.js';

/** What every resolver receives: the database, this request's loaders and its query count. */
export interface Context {
  db: Database;
  loaders: Loaders;
  stats: QueryStats;
}

/** Builds a fresh context for one request. */
export function createContext(db: Database): Context {
  const stats: QueryStats = { queries: 0 };
  return { db, stats, loaders: createLoaders(db, stats) };
}
