/**
 * Child process of `npm run bench`: this API (createServer, production mode)
 * over NEO4J_URI on a free port. Prints `READY <graphql url>` and serves until
 * SIGTERM, in its own process so that its peak memory can be read alone.
 */
import { createDriver, Database } from '../../src/db/index.js';
import { createServer } from '../../src/server/createServer.js';

const uri = process.env.NEO4J_URI;
if (!uri) throw new Error('NEO4J_URI is required (bolt://...)');
const driver = createDriver({ uri });
const db = new Database(driver, 'neo4j', 60_000);
const server = createServer({ host: '127.0.0.1', port: 0, nodeEnv: 'production', maxBodyBytes: 1_000_000 }, db, () => {});
const { url } = await server.start();
console.log(`READY ${url}`);
process.on('SIGTERM', () => {
  void server.stop().then(() => driver.close()).then(() => process.exit(0));
});
