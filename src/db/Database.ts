import { isRetryableError, type Driver, type RecordShape } from 'neo4j-driver';
import { QueryTimeoutError, translateNeo4jError } from '../errors/index.js';
import type { CypherQuery } from '../cypher/CypherQuery.js';
import { withDeadline } from './withDeadline.js';

/**
 * How long past its transaction timeout a read may take before the API stops
 * waiting for it. Neo4j marks a timed-out transaction terminated, but some
 * operators only notice late: Cypher's `SHORTEST k` search (which
 * pathsBetween used before) enumerates and rejects candidate trails for
 * seconds before it checks. A safety net, then: the request
 * is answered TIMEOUT at this deadline; the transaction ends when Neo4j's
 * operator next checks. The clock starts once Neo4j has accepted the query
 * (a database that cannot be reached still answers SERVICE_UNAVAILABLE).
 * Writes are never cut short on the client side: a write answered TIMEOUT
 * must not commit afterwards.
 */
export const READ_DEADLINE_GRACE_MS = 1000;

/**
 * How many times a read is tried when the driver calls its error retryable
 * (a pooled connection the database closed, a cluster member gone, a
 * transient error): reads change nothing, so asking again is safe.
 */
export const READ_ATTEMPTS = 2;

/**
 * How many query timeouts a lock of withLock is held at most (its
 * transaction's timeout): the work under it runs several queries.
 */
export const LOCK_HOLD_TIMEOUTS = 4;

/** After how long waiting for a lock of withLock is reported (its `onWait`). */
export const LOCK_WAIT_NOTICE_MS = 1_000;

/** Counts round-trips to the database; one per request lets tests prove there is no N+1. */
export interface QueryStats {
  queries: number;
}

/**
 * The one module that runs Cypher. A read is one query in an auto-commit
 * transaction routed to a reader (one network round-trip: a read
 * transaction's separate COMMIT cost about 1 ms more per query, 40 % of a
 * lookup over HTTP, probed), tried again once when the driver calls the
 * error retryable. Writes go through write transactions (committed together,
 * retried by the driver, routed to the leader). Everything has a timeout;
 * sessions are always closed; errors are translated in one place.
 */
export class Database {
  constructor(
    readonly driver: Driver,
    readonly database: string,
    readonly timeoutMs: number,
  ) {}

  /** Runs a read query (one auto-commit transaction) and returns its records as plain objects. */
  async executeRead<T extends RecordShape = RecordShape>(query: CypherQuery, stats?: QueryStats): Promise<T[]> {
    if (stats) stats.queries += 1;
    const timeoutMs = this.timeoutMs;
    for (let attempt = 1; ; attempt += 1) {
      const session = this.driver.session({ database: this.database, defaultAccessMode: 'READ' });
      let late = (): boolean => false;
      try {
        const read = withDeadline(
          async (arm) => {
            const result = session.run<T>(query.cypher, query.params, { timeout: timeoutMs });
            // The clock starts when Neo4j has accepted the query (a connection is held), not while one is sought.
            result.keys().then(arm, () => undefined);
            return (await result).records;
          },
          timeoutMs + READ_DEADLINE_GRACE_MS,
          () => new QueryTimeoutError(timeoutMs),
        );
        late = read.late;
        return (await read.answer).map((record) => record.toObject());
      } catch (error) {
        if (attempt < READ_ATTEMPTS && !late() && isRetryableError(error)) continue;
        throw translateNeo4jError(error, timeoutMs);
      } finally {
        // Past the deadline the session is still busy with the terminated query: close it when that ends, without waiting.
        if (late()) session.close().catch(() => undefined);
        else await session.close();
      }
    }
  }

  /** Runs a write query in a write transaction and returns its records. */
  executeWrite<T extends RecordShape = RecordShape>(query: CypherQuery, stats?: QueryStats): Promise<T[]> {
    return this.writeTransaction((run) => run<T>(query), stats);
  }

  /**
   * Runs several writes in one transaction: all of them or none. Bulk loads
   * may pass a longer `timeoutMs` than interactive queries get.
   */
  async executeWriteAll(queries: CypherQuery[], options: { timeoutMs?: number } = {}): Promise<void> {
    await this.writeTransaction(
      async (run) => {
        for (const query of queries) await run(query);
      },
      undefined,
      options.timeoutMs,
    );
  }

  /**
   * Runs `work` in one write transaction: every query it runs through `run`
   * commits together, or none does (a throw rolls all back). For writes whose
   * later steps depend on earlier answers (the curated mutations). `work` may
   * be retried by the driver on transient errors, so it must not have other
   * side effects.
   */
  async writeTransaction<T>(
    work: (run: <R extends RecordShape = RecordShape>(query: CypherQuery) => Promise<R[]>) => Promise<T>,
    stats?: QueryStats,
    timeoutMs = this.timeoutMs,
  ): Promise<T> {
    if (stats) stats.queries += 1;
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'WRITE' });
    try {
      return await session.executeWrite(
        (tx) => work(async <R extends RecordShape>(query: CypherQuery) => (await tx.run<R>(query.cypher, query.params)).records.map((r) => r.toObject())),
        { timeout: timeoutMs },
      );
    } catch (error) {
      throw translateNeo4jError(error, timeoutMs);
    } finally {
      await session.close();
    }
  }

  /**
   * Runs `work` while holding the database-wide lock `acquire` takes (see
   * acquireWriteLock): in a write transaction kept open for as long as `work`
   * runs and then rolled back, so the lock holds across processes (API
   * replicas, import runs) and is released when `work` ends, throws, or this
   * process dies. The lock is held at most `options.holdMs` (default
   * LOCK_HOLD_TIMEOUTS query timeouts; 0: as long as `work` runs), waiting for
   * it included (TIMEOUT when that runs out). `options.onWait` is called once
   * when the lock is still not taken after LOCK_WAIT_NOTICE_MS (someone else
   * holds it).
   */
  async withLock<T>(acquire: CypherQuery, work: () => Promise<T>, options: { holdMs?: number; onWait?: () => void } = {}): Promise<T> {
    const holdMs = options.holdMs ?? LOCK_HOLD_TIMEOUTS * this.timeoutMs;
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'WRITE' });
    // `work` runs several queries, each with its own timeout: the lock outlives them. A zero timeout never expires.
    const tx = session.beginTransaction({ timeout: holdMs });
    const notice = options.onWait ? setTimeout(options.onWait, LOCK_WAIT_NOTICE_MS) : undefined;
    try {
      try {
        await tx.run(acquire.cypher, acquire.params);
      } catch (error) {
        throw translateNeo4jError(error, holdMs);
      } finally {
        clearTimeout(notice);
      }
      return await work();
    } finally {
      await tx.rollback().catch(() => undefined);
      await session.close();
    }
  }

  /** The server's version (for GET /health); throws when the database cannot be reached. */
  async version(): Promise<string> {
    const info = await this.driver.getServerInfo({ database: this.database });
    return (info.agent ?? 'Neo4j').replace(/^Neo4j\//, '');
  }
}
