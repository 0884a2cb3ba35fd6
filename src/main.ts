/**
 * Entry point: reads the configuration, opens the database (the embedded
 * Neo4j by default), seeds it on first start, serves the API, and shuts
 * everything down cleanly on SIGTERM/SIGINT. Everything else is built by
 * createServer so that tests use the same wiring.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, readConfig } from './config/config.js';
import { openDatabase } from './app/openDatabase.js';
import { seedIfEmpty } from './app/seedIfEmpty.js';
import { createServer } from './server/createServer.js';

const envFile = path.join(REPO_ROOT, '.env');
if (existsSync(envFile)) process.loadEnvFile(envFile);

const log = (message: string) => console.log(`[paradiplomacy] ${message}`);

async function main(): Promise<void> {
  const config = readConfig();
  const database = await openDatabase(config, log);
  if (config.seedOnStart) await seedIfEmpty(database.db, log);
  const server = createServer(config, database.db);
  const { url } = await server.start();
  log(`API and playground at ${url} (Neo4j at ${database.uri})`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping`);
    const deadline = setTimeout(() => {
      log('shutdown took longer than 30 s; exiting');
      process.exit(1);
    }, 30_000);
    deadline.unref();
    await server.stop();
    log('HTTP server stopped; closing the database');
    await database.close();
    log('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  database.embedded?.exited.then((code) => {
    if (!stopping) {
      log(`embedded Neo4j exited unexpectedly (code ${code}); stopping`);
      void shutdown('neo4j-exit');
    }
  });
}

main().catch((error: unknown) => {
  console.error(`[paradiplomacy] failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
