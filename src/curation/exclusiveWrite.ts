import { Mutex } from 'async-mutex';
import { acquireWriteLock } from '../cypher/curation/index.js';
import type { Database } from '../db/Database.js';

const locks = new WeakMap<Database, Mutex>();

/** The name of the database-wide lock curated writes take (acquireWriteLock). */
export const CURATION_LOCK = 'curation';

/**
 * Runs one curated write at a time per database, across every API process.
 * A write plans (reads what is stored, by natural key) and then writes; two
 * writes of the same new fact running side by side would both plan "create"
 * and store it twice. Within a process a mutex queues them (no database
 * transaction is held open while waiting); across processes (API replicas)
 * the database's lock CURATION_LOCK does, held while the write plans and
 * writes (Database.withLock).
 */
export function exclusiveWrite<T>(db: Database, work: () => Promise<T>): Promise<T> {
  let lock = locks.get(db);
  if (!lock) {
    lock = new Mutex();
    locks.set(db, lock);
  }
  return lock.runExclusive(() => db.withLock(acquireWriteLock(CURATION_LOCK), work));
}
