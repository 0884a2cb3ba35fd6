/**
 * Entry point: reads the configuration, starts serving HTTP at once (GET
 * /health answers 503 "starting" meanwhile), then opens the database (the
 * embedded Neo4j by default) with retries, seeds it on first start, and
 * reports ready. Restarts the embedded Neo4j if it dies; drains and shuts
 * everything down cleanly on SIGTERM/SIGINT. Everything else is built by
 * createServer so that tests use the same wiring.
 */
// First: .env and the NODE_ENV default must be in place before graphql-js and Apollo Server load.
import './app/environment.js';
import { readConfig } from './config/config.js';
import { createDatabaseHandle } from './app/openDatabase.js';
import { seedIfEmpty } from './app/seedIfEmpty.js';
import { superviseEmbedded } from './app/superviseEmbedded.js';
import { createServer } from './server/createServer.js';

const log = (message: string) => console.log(`[paradiplomacy] ${message}`);
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** After the drain deadline, closing the driver and stopping the embedded Neo4j get this much longer. */
const CLOSE_DATABASE_MS = 40_000;

async function main(): Promise<void> {
  const config = readConfig();
  const database = createDatabaseHandle(config, log);
  let startup: string | null = `connecting to Neo4j at ${database.uri}`;
  // Errors go to the structured (pino) log, with request lines; start-up lines stay plain text.
  const server = createServer(config, database.db, undefined, { startup: () => startup });
  const { url } = await server.start();
  log(`API and playground at ${url} (Neo4j at ${database.uri}); GET /health answers 503 until the database is ready`);

  let stopping = false;
  const abortStart = new AbortController();
  const shutdown = async (reason: string, exitCode = 0) => {
    if (stopping) return;
    stopping = true;
    abortStart.abort();
    log(`${reason}: stopping (draining requests for up to ${config.shutdownGraceMs} ms)`);
    const deadline = setTimeout(() => {
      log(`shutdown took longer than ${config.shutdownGraceMs + CLOSE_DATABASE_MS} ms; exiting`);
      process.exit(1);
    }, config.shutdownGraceMs + CLOSE_DATABASE_MS);
    deadline.unref();
    await server.stop();
    log('HTTP server stopped; closing the database');
    await database.close();
    log('stopped');
    process.exit(exitCode);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  try {
    const version = await database.connect(abortStart.signal);
    if (config.seedOnStart) {
      startup = 'seeding an empty graph';
      await seedIfEmpty(database.db, log);
    }
    startup = null;
    log(`ready: Neo4j ${version} at ${database.uri}`);
  } catch (error) {
    if (stopping) return;
    console.error(`[paradiplomacy] failed to start: ${messageOf(error)}`);
    await shutdown('start failed', 1);
    return;
  }
  if (database.embedded) {
    superviseEmbedded(database, {
      log,
      isStopping: () => stopping,
      giveUp: (why) => void shutdown(why, 1),
    });
  }
}

main().catch((error: unknown) => {
  console.error(`[paradiplomacy] failed to start: ${messageOf(error)}`);
  process.exit(1);
});
