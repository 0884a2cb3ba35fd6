/**
 * Child process of `npm run bench`: the smallest HTTP server that answers a
 * question with hand-written Cypher (b over HTTP). POST a RawCypherRequest
 * (cypherWire.ts): each query runs in its own auto-commit read transaction,
 * as the API sends its reads, and the records come back as JSON
 * (`{ data: { results } }`). No GraphQL, no validation, no context: what any
 * HTTP API over Neo4j costs at least, in its own process as the API is, so
 * that a/(b over HTTP) is the API's own overhead without the hop. Loopback
 * only, benchmark only. Prints `READY <url>` and serves until SIGTERM.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createDriver } from '../../src/db/index.js';
import { parseCypherRequest } from './cypherWire.js';

const uri = process.env.NEO4J_URI;
if (!uri) throw new Error('NEO4J_URI is required (bolt://...)');
const driver = createDriver({ uri });

const server = http.createServer((req, res) => {
  let text = '';
  req.setEncoding('utf8');
  req.on('data', (chunk: string) => (text += chunk));
  req.on('end', () => {
    void (async () => {
      const session = driver.session({ database: 'neo4j', defaultAccessMode: 'READ' });
      try {
        const { queries } = parseCypherRequest(text);
        const results: unknown[] = [];
        for (const query of queries) {
          const result = await session.run(query.cypher, query.params, { timeout: 60_000 });
          results.push(result.records.map((record) => record.toObject()));
        }
        const body = JSON.stringify({ data: { results } });
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
        res.end(body);
      } catch (error) {
        const body = JSON.stringify({ errors: [{ message: error instanceof Error ? error.message : String(error) }] });
        res.writeHead(500, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
        res.end(body);
      } finally {
        await session.close();
      }
    })();
  });
});
server.listen(0, '127.0.0.1', () => {
  console.log(`READY http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
});
process.on('SIGTERM', () => {
  server.close();
  void driver.close().then(() => process.exit(0));
});
