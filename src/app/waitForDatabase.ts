import { Neo4jError } from 'neo4j-driver';
import type { Database } from '../db/Database.js';

/** How waitForDatabase retries. */
export interface WaitOptions {
  /** Give up after this long (0: try once). */
  maxWaitMs: number;
  /** First pause between attempts; doubled after each failure up to `maxDelayMs`. */
  initialDelayMs?: number;
  maxDelayMs?: number;
  /** Stops the waiting early (e.g. SIGTERM during the start). */
  signal?: AbortSignal;
}

/** The database did not answer within NEO4J_WAIT_MS, or refused us for a reason retrying cannot fix. */
export class DatabaseWaitError extends Error {
  override name = 'DatabaseWaitError';
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    }, { once: true });
  });

/**
 * Errors that waiting will not cure: wrong credentials or a forbidden
 * database. Retrying them for minutes would only hide a configuration mistake.
 */
function isPermanent(error: unknown): boolean {
  return error instanceof Neo4jError && /^Neo\.ClientError\.Security\./.test(error.code);
}

/**
 * Waits until the database answers, retrying with exponential backoff (a
 * server, container or cluster may still be starting), one log line per
 * failed attempt. Resolves with the server's version; throws a
 * DatabaseWaitError after `maxWaitMs`, at once on an authentication error.
 */
export async function waitForDatabase(
  db: Database,
  uri: string,
  log: (message: string) => void,
  options: WaitOptions,
): Promise<string> {
  const startedAt = Date.now();
  let delay = options.initialDelayMs ?? 500;
  const maxDelay = options.maxDelayMs ?? 10_000;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await db.version();
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      if (isPermanent(error)) throw new DatabaseWaitError(`Neo4j at ${uri} refused the connection: ${reason} (check NEO4J_USERNAME / NEO4J_PASSWORD)`);
      const waited = Date.now() - startedAt;
      if (options.signal?.aborted) throw new DatabaseWaitError(`stopped waiting for Neo4j at ${uri}`);
      if (waited + delay > options.maxWaitMs) {
        throw new DatabaseWaitError(
          `Neo4j at ${uri} did not answer within NEO4J_WAIT_MS=${options.maxWaitMs} ms (${attempt} attempts); last error: ${reason}`,
        );
      }
      log(`Neo4j at ${uri} not reachable yet (attempt ${attempt}: ${reason}); next attempt in ${delay} ms`);
      await sleep(delay, options.signal);
      delay = Math.min(delay * 2, maxDelay);
    }
  }
}
