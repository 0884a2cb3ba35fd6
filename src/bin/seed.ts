/**
 * `npm run seed`: validates seed/ and loads it (idempotent: MERGE by id).
 * Uses the Neo4j of NEO4J_URI, or the embedded one already running on
 * NEO4J_BOLT_PORT (e.g. under `npm start`), or starts the embedded one.
 */
// First: .env and the NODE_ENV default, before any other module loads (see app/environment).
import '../app/environment.js';
import { readConfig } from '../config/config.js';
import { openDatabase } from '../app/openDatabase.js';
import { graphFingerprint } from '../seed/graphFingerprint.js';
import { loadSeedFiles } from '../seed/loadSeedFiles.js';
import { seedDatabase } from '../seed/seedDatabase.js';

const log = (message: string) => console.log(`[seed] ${message}`);

async function run(): Promise<void> {
  const data = loadSeedFiles(); // validate before touching the database
  log(`seed files valid: ${data.sources.length} sources, ${data.nodes.length} nodes, ${data.relationships.length} relationships`);
  const database = await openDatabase(readConfig(), log, { reuseRunningEmbedded: true });
  try {
    const before = await graphFingerprint(database.db);
    await seedDatabase(database.db, data);
    const after = await graphFingerprint(database.db);
    const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
    log(`graph: ${total(after.nodes)} nodes, ${total(after.relationships)} relationships, content hash ${after.hash.slice(0, 16)}`);
    log(before.hash === after.hash ? 'nothing changed (already seeded)' : 'graph updated');
  } finally {
    await database.close();
  }
}

run().catch((error: unknown) => {
  console.error(`[seed] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
