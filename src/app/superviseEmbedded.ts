import type { EmbeddedNeo4j } from '../neo4j/index.js';
import type { DatabaseHandle } from './openDatabase.js';

/** How superviseEmbedded reports and when it gives up. */
export interface SuperviseOptions {
  log: (message: string) => void;
  /** True once the process shuts down: an exit is then expected, not a crash. */
  isStopping: () => boolean;
  /** Called when the embedded Neo4j cannot be kept running; the caller shuts down. */
  giveUp: (reason: string) => void;
  /** Failed start attempts in a row before giving up (default 5). */
  maxFailedStarts?: number;
  /** Unexpected exits within `crashWindowMs` before giving up (default 5 in 10 minutes): a crash loop. */
  maxCrashes?: number;
  crashWindowMs?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Keeps the embedded Neo4j running: when it exits without being asked to
 * (killed, out of memory), it is started again on the same port and data
 * directory. The driver keeps its address, so the API recovers by itself;
 * requests meanwhile fail fast with SERVICE_UNAVAILABLE. A crash loop or a
 * Neo4j that cannot start stops the process (a supervisor may restart it).
 */
export function superviseEmbedded(database: DatabaseHandle, options: SuperviseOptions): void {
  const maxFailedStarts = options.maxFailedStarts ?? 5;
  const maxCrashes = options.maxCrashes ?? 5;
  const crashWindowMs = options.crashWindowMs ?? 600_000;
  const crashes: number[] = [];

  const watch = (embedded: EmbeddedNeo4j) => {
    void embedded.exited.then(async (code) => {
      if (options.isStopping()) return;
      const now = Date.now();
      crashes.push(now);
      while (crashes.length > 0 && crashes[0]! < now - crashWindowMs) crashes.shift();
      if (crashes.length > maxCrashes) {
        options.giveUp(`embedded Neo4j exited ${crashes.length} times within ${crashWindowMs / 1000} s`);
        return;
      }
      options.log(
        `embedded Neo4j (pid ${embedded.pid}) exited unexpectedly (code ${code}); restarting it; requests get SERVICE_UNAVAILABLE meanwhile`,
      );
      for (let attempt = 1; attempt <= maxFailedStarts; attempt += 1) {
        if (options.isStopping()) return;
        try {
          const next = await database.restartEmbedded();
          if (!options.isStopping()) watch(next);
          return;
        } catch (error) {
          options.log(`embedded Neo4j restart ${attempt}/${maxFailedStarts} failed: ${(error as Error).message.split('\n')[0]}`);
          await sleep(1_000 * attempt);
        }
      }
      if (!options.isStopping()) options.giveUp(`embedded Neo4j could not be restarted (${maxFailedStarts} attempts)`);
    });
  };
  if (database.embedded) watch(database.embedded);
}
