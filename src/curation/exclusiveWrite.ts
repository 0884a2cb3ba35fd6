import { Mutex } from 'async-mutex';
import type { Database } from '../db/Database.js';

const locks = new WeakMap<Database, Mutex>();

/**
 * Runs one curated write at a time per database in this process. A write
 * plans (reads what is stored, by natural key) and then writes; two writes of
 * the same new fact running side by side would both plan "create" and store
 * it twice. Serialising them here closes that window for one API process;
 * several API replicas writing the same fact at the same moment remain
 * possible (README, "Curated mutations").
 */
export function exclusiveWrite<T>(db: Database, work: () => Promise<T>): Promise<T> {
  let lock = locks.get(db);
  if (!lock) {
    lock = new Mutex();
    locks.set(db, lock);
  }
  return lock.runExclusive(work);
}
