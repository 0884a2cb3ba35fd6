import type { Config } from '../config/config.js';
import { createDriver, Database } from '../db/index.js';
import { ensureSchema } from '../db/ensureSchema.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../neo4j/index.js';

/** An open database, and how to close it (and the embedded Neo4j, if this process started one). */
export interface OpenDatabase {
  db: Database;
  uri: string;
  embedded: EmbeddedNeo4j | null;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until the database answers, retrying with exponential backoff (a
 * server or cluster may still be starting); logs each retry.
 */
async function waitForDatabase(db: Database, log: (message: string) => void, attempts = 8): Promise<string> {
  let delay = 500;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await db.version();
    } catch (error) {
      if (attempt >= attempts) throw error;
      log(`Neo4j not reachable yet (${(error as Error).message}); retry ${attempt}/${attempts - 1} in ${delay} ms`);
      await sleep(delay);
      delay = Math.min(delay * 2, 8_000);
    }
  }
}

/**
 * Opens the configured database: starts the embedded Neo4j when NEO4J_URI is
 * not set (or reuses one already listening on NEO4J_BOLT_PORT when `reuse`),
 * connects, waits for it, and sets up the schema (idempotent).
 */
export async function openDatabase(
  config: Config,
  log: (message: string) => void,
  options: { reuseRunningEmbedded?: boolean } = {},
): Promise<OpenDatabase> {
  let embedded: EmbeddedNeo4j | null = null;
  let uri: string;
  let driverTarget: { uri: string; username?: string; password?: string };
  const dbConfig = config.database;
  if (dbConfig.mode === 'external') {
    uri = dbConfig.uri;
    driverTarget = { uri, username: dbConfig.username, password: dbConfig.password };
  } else {
    uri = `bolt://127.0.0.1:${dbConfig.boltPort}`;
    driverTarget = { uri };
    const running = options.reuseRunningEmbedded ? await isListening(driverTarget, dbConfig.database) : false;
    if (running) {
      log(`Using the Neo4j already running at ${uri}`);
    } else {
      log(`Starting embedded Neo4j (data in ${dbConfig.dataDir}); the first run resolves its jars through Maven`);
      embedded = await startEmbeddedNeo4j({
        dataDir: dbConfig.dataDir,
        boltPort: dbConfig.boltPort,
        heap: dbConfig.heap,
        log,
      });
      uri = embedded.uri;
      driverTarget = { uri };
      log(`Neo4j ${embedded.version} ready at ${uri}`);
    }
  }
  const driver = createDriver(driverTarget);
  const db = new Database(driver, dbConfig.database, config.queryTimeoutMs);
  const close = async () => {
    await driver.close();
    if (embedded) await embedded.stop();
  };
  try {
    await waitForDatabase(db, log);
    await ensureSchema(db);
  } catch (error) {
    await close();
    throw error;
  }
  return { db, uri, embedded, close };
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
