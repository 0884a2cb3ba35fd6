/**
 * `npm run neo4j`: runs the embedded Neo4j alone, for Neo4j Browser / cypher-shell users
 * (connect to the printed bolt:// URI with no authentication). Ctrl+C stops it cleanly.
 * Env: DATA_DIR (default .data/neo4j, relative to the repo root), NEO4J_BOLT_PORT (7687),
 * NEO4J_HEAP (1g).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmbeddedNeo4j } from '../neo4j/index.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const dataDir = path.resolve(repoRoot, process.env.DATA_DIR || '.data/neo4j');
const boltPort = Number(process.env.NEO4J_BOLT_PORT || 7687);
const heap = process.env.NEO4J_HEAP || '1g';

try {
  const neo4j = await startEmbeddedNeo4j({ dataDir, boltPort, heap, log: (line) => console.error(line) });
  console.error(`Data directory: ${dataDir}`);
  console.log(`Neo4j ${neo4j.version} ready at ${neo4j.uri}`);
  const shutdown = (): void => {
    void neo4j.stop();
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  const code = await neo4j.exited;
  process.exitCode = code === 0 || code === 130 || code === 143 ? 0 : (code ?? 1);
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
}
