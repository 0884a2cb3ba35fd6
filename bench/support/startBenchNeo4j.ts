import { findFreePort, startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/neo4j/index.js';
import { apocClasspath } from './apocClasspath.js';

/** Heap and page cache for imports and benchmarks (the dev/test defaults are 512m and 128m). */
export const BENCH_HEAP = '1g';
export const BENCH_PAGE_CACHE = '1g';

/**
 * An embedded Neo4j tuned for throughput (bigger page cache, C2 JIT, parallel
 * GC), on a free port, optionally with APOC core allowed (for @neo4j/graphql).
 */
export async function startBenchNeo4j(options: {
  dataDir: string;
  apoc?: boolean;
  heap?: string;
  pageCache?: string;
  log: (line: string) => void;
}): Promise<EmbeddedNeo4j> {
  const boltPort = await findFreePort();
  const procedures = options.apoc ? { ...(await apocClasspath(options.log)), allow: 'apoc.*' } : undefined;
  return startEmbeddedNeo4j({
    dataDir: options.dataDir,
    boltPort,
    heap: options.heap ?? BENCH_HEAP,
    throughput: { pageCache: options.pageCache ?? BENCH_PAGE_CACHE },
    procedures,
  });
}
