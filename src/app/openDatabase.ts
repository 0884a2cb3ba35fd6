import type { Config } from '../config/config.js';
import { createDriver, Database } from '../db/index.js';
import { ensureSchema } from '../db/ensureSchema.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../neo4j/index.js';
import { waitForDatabase } from './waitForDatabase.js';

/** An open database, and how to close it (and the embedded Neo4j, if this process started one). */
export interface OpenDatabase {
  db: Database;
  uri: string;
  /** The embedded Neo4j this process runs (null with NEO4J_URI or when reusing a running one); a restart replaces it. */
  readonly embedded: EmbeddedNeo4j | null;
  close(): Promise<void>;
}

/** A database whose driver exists (no I/O yet), so the HTTP server can answer 503 while it comes up. */
export interface DatabaseHandle extends OpenDatabase {
  /**
   * Starts the embedded Neo4j (when configured), waits for the database with
   * backoff (NEO4J_WAIT_MS), sets up the schema. Resolves with the version.
   */
  connect(signal?: AbortSignal): Promise<string>;
  /** Starts the embedded Neo4j again on the same port and data directory (after it exited unexpectedly). */
  restartEmbedded(): Promise<EmbeddedNeo4j>;
}

/**
 * Creates the driver for the configured database without connecting: the
 * embedded Neo4j's address is known before it runs (127.0.0.1 and
 * NEO4J_BOLT_PORT), so requests made while it starts fail fast with
 * SERVICE_UNAVAILABLE and recover once it is up.
 */
export function createDatabaseHandle(
  config: Config,
  log: (message: string) => void,
  options: { reuseRunningEmbedded?: boolean } = {},
): DatabaseHandle {
  const dbConfig = config.database;
  const target =
    dbConfig.mode === 'external'
      ? { uri: dbConfig.uri, username: dbConfig.username, password: dbConfig.password }
      : { uri: `bolt://127.0.0.1:${dbConfig.boltPort}` };
  const driver = createDriver(target);
  const db = new Database(driver, dbConfig.database, config.queryTimeoutMs);
  let embedded: EmbeddedNeo4j | null = null;
  let starting: Promise<EmbeddedNeo4j> | null = null;
  let closed = false;

  const startEmbedded = async (): Promise<EmbeddedNeo4j> => {
    if (dbConfig.mode !== 'embedded') throw new Error('no embedded Neo4j: NEO4J_URI is set');
    if (closed) throw new Error('the database handle is closed');
    starting = startEmbeddedNeo4j({ dataDir: dbConfig.dataDir, boltPort: dbConfig.boltPort, heap: dbConfig.heap, log });
    try {
      embedded = await starting;
    } finally {
      starting = null;
    }
    log(`Neo4j ${embedded.version} ready at ${embedded.uri} (pid ${embedded.pid})`);
    return embedded;
  };

  return {
    db,
    uri: target.uri,
    get embedded() {
      return embedded;
    },
    async connect(signal) {
      if (dbConfig.mode === 'embedded') {
        const running = options.reuseRunningEmbedded ? await isListening(target, dbConfig.database) : false;
        if (running) {
          log(`Using the Neo4j already running at ${target.uri}`);
        } else {
          log(`Starting embedded Neo4j (data in ${dbConfig.dataDir}); the first run resolves its jars through Maven`);
          await startEmbedded();
        }
      }
      const version = await waitForDatabase(db, target.uri, log, { maxWaitMs: config.databaseWaitMs, signal });
      await ensureSchema(db);
      return version;
    },
    async restartEmbedded() {
      log(`Restarting embedded Neo4j on ${target.uri} (data in ${dbConfig.mode === 'embedded' ? dbConfig.dataDir : '-'})`);
      return startEmbedded();
    },
    async close() {
      closed = true;
      await driver.close();
      const pending = starting as Promise<EmbeddedNeo4j> | null; // a start still running (SIGTERM during the start)
      if (pending) await pending.catch(() => null);
      if (embedded) await embedded.stop();
    },
  };
}

/**
 * Opens the configured database and waits until it answers (for the command
 * line tools): starts the embedded Neo4j when NEO4J_URI is not set (or reuses
 * one already listening on NEO4J_BOLT_PORT when `reuseRunningEmbedded`),
 * connects with backoff, and sets up the schema (idempotent).
 */
export async function openDatabase(
  config: Config,
  log: (message: string) => void,
  options: { reuseRunningEmbedded?: boolean } = {},
): Promise<OpenDatabase> {
  const handle = createDatabaseHandle(config, log, options);
  try {
    await handle.connect();
  } catch (error) {
    await handle.close();
    throw error;
  }
  return handle;
}

async function isListening(target: { uri: string }, database: string): Promise<boolean> {
  const driver = createDriver(target);
  try {
    await driver.getServerInfo({ database });
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}
