import { createDriver, Database } from '../../src/db/index.js';
import { ensureSchema } from '../../src/db/ensureSchema.js';
import { loadSeedFiles } from '../../src/seed/loadSeedFiles.js';
import { seedDatabase } from '../../src/seed/seedDatabase.js';
import { createServer } from '../../src/server/createServer.js';
import { readFileSync } from 'node:fs';

const driver = createDriver({ uri: process.env.NEO4J_TEST_URI! });
const db = new Database(driver, 'neo4j', 10_000);
await ensureSchema(db);
await seedDatabase(db, loadSeedFiles());
const server = createServer({ host: '127.0.0.1', port: 0, nodeEnv: 'test', maxBodyBytes: 1 << 20 }, db, () => {});
const { url } = await server.start();
const query = readFileSync(process.argv[2]!, 'utf8');
const variables = process.argv[3] ? JSON.parse(process.argv[3]) : undefined;
const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
console.log(JSON.stringify(await res.json(), null, 1));
await server.stop();
await driver.close();
