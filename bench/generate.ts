/**
 * `npm run generate -- --scale N [--seed S] [--data-dir DIR | --uri bolt://...]`:
 * writes the synthetic scale dataset (src/synthetic/generateDataset.ts)
 * THROUGH THE IMPORTER into its own database: by default a separate embedded
 * Neo4j data directory `.data/synthetic-<N>` (never the curated `.data/neo4j`),
 * or the database at `--uri`. Loads the reference regions and countries
 * first (as the seed loader does, without the curated facts), imports the
 * entities and tenures, then the visits and meetings in chunks (bounded
 * memory), then the kinship edges the importer has no row kind for
 * (TITULAR_IN, KIN_OF), and flags every generated node `synthetic`.
 * Running it again changes nothing (the import is idempotent).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from '../src/config/config.js';
import { createDriver, Database } from '../src/db/index.js';
import { ensureSchema } from '../src/db/ensureSchema.js';
import { lineProgress } from '../src/import/progress.js';
import type { RawRecord } from '../src/import/readRecords.js';
import { runImport } from '../src/import/runImport.js';
import type { EmbeddedNeo4j } from '../src/neo4j/index.js';
import { loadSeedFiles } from '../src/seed/loadSeedFiles.js';
import { seedDatabase } from '../src/seed/seedDatabase.js';
import { generateDataset, type RowFields } from '../src/synthetic/generateDataset.js';
import { syntheticDataDir } from './generateDataDir.js';
import { peakRssMb } from './support/jvmPeakRss.js';
import { startBenchNeo4j } from './support/startBenchNeo4j.js';

const log = (message: string) => console.log(`[generate] ${message}`);

/** The synthetic data's one source: every generated fact cites it. */
const SYNTHETIC_SOURCE = {
  title: 'Synthetic scale data (generated, not facts)',
  url: 'https://example.org/paradiplomacy/synthetic',
  type: 'REFERENCE',
} as const;


async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string' },
      seed: { type: 'string', default: '1' },
      'data-dir': { type: 'string' },
      uri: { type: 'string' },
      heap: { type: 'string', default: '1g' },
      'page-cache': { type: 'string', default: '1g' },
      'batch-size': { type: 'string', default: '5000' },
      /** Visits and meetings per import run (bounds the importer's memory). */
      chunk: { type: 'string', default: '100000' },
    },
  });
  const scale = Number(values.scale);
  const seed = Number(values.seed);
  if (!Number.isInteger(scale) || scale < 1) throw new Error(`--scale must be a positive integer (1, 10, 100, 1000), received "${values.scale ?? ''}"`);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer, received "${values.seed}"`);
  if (values.uri && values['data-dir']) throw new Error('give either --uri or --data-dir, not both');
  const dataDir = path.resolve(values['data-dir'] ?? syntheticDataDir(scale));
  if (!values.uri && dataDir === path.join(REPO_ROOT, '.data', 'neo4j')) {
    throw new Error(`refusing to write synthetic data into the curated database ${dataDir}; pick another --data-dir`);
  }

  let neo4j: EmbeddedNeo4j | undefined;
  let uri = values.uri;
  if (!uri) {
    log(`starting an embedded Neo4j in ${dataDir} (heap ${values.heap}, page cache ${values['page-cache']})`);
    neo4j = await startBenchNeo4j({ dataDir, heap: values.heap, pageCache: values['page-cache'], log: () => {} });
    uri = neo4j.uri;
  }
  const driver = createDriver({ uri });
  const db = new Database(driver, 'neo4j', 600_000);
  const startedAt = Date.now();
  try {
    await ensureSchema(db);
    // Reference data only: the 83 regions, the countries and their sources, not the curated facts.
    const seedData = loadSeedFiles();
    const reference = new Set(['Region', 'Country']);
    const nodes = seedData.nodes.filter((n) => reference.has(n.kind));
    const cited = new Set(nodes.flatMap((n) => (n.props.sourceIds as string[] | undefined) ?? []));
    await seedDatabase(db, { sources: seedData.sources.filter((s) => cited.has(s.id)), nodes, relationships: [] });
    const regions = nodes.filter((n) => n.kind === 'Region').map((n) => ({ code: String(n.props.code), kind: String(n.props.kind) }));
    const countries = nodes.filter((n) => n.kind === 'Country').map((n) => String(n.props.code));
    log(`reference data: ${regions.length} regions, ${countries.length} countries`);

    const dataset = generateDataset({ scale, seed, regions, countries });
    const importOptions = {
      files: [],
      sourceDefinition: SYNTHETIC_SOURCE,
      batchSize: Number(values['batch-size']),
    };
    let rows = 0;
    let importSeconds = 0;
    const importChunk = async (fields: RowFields[], label: string) => {
      const records: RawRecord[] = fields.map((f, i) => ({ file: `(synthetic ${label})`, line: i + 1, fields: f }));
      const result = await runImport(db, { ...importOptions, records, progress: lineProgress(log, 50_000) });
      if (result.outcome !== 'written') {
        throw new Error(`import of ${label} was ${result.outcome}: ${result.problems.slice(0, 5).map((p) => JSON.stringify(p)).join('; ')}`);
      }
      rows += result.rowsRead;
      importSeconds += result.seconds.total;
      log(`${label}: ${result.rowsRead} rows in ${result.seconds.total.toFixed(1)} s (${Math.round(result.rowsRead / result.seconds.total)} rows/s); created ${result.totals.created}, unchanged ${result.totals.unchanged}`);
    };

    // Entities come before the rows that name them (persons before tenures), so chunks keep that order.
    const chunkSize = Number(values.chunk);
    for (let i = 0; i < dataset.entities.length; i += chunkSize) {
      await importChunk(dataset.entities.slice(i, i + chunkSize), `entities and tenures ${i / chunkSize + 1}`);
    }
    let chunk: RowFields[] = [];
    let chunks = 0;
    for (const row of dataset.events()) {
      chunk.push(row);
      if (chunk.length === chunkSize) {
        await importChunk(chunk, `events ${(chunks += 1)}`);
        chunk = [];
      }
    }
    if (chunk.length > 0) await importChunk(chunk, `events ${(chunks += 1)}`);

    // Kinship: no import row kind writes TITULAR_IN or KIN_OF, so these few edges are merged here.
    const [source] = await db.executeRead<{ id: string }>({
      cypher: 'MATCH (s:Source {url: $url}) RETURN s.id AS id',
      params: { url: SYNTHETIC_SOURCE.url },
    });
    if (!source) throw new Error(`the synthetic source ${SYNTHETIC_SOURCE.url} was not created by the import`);
    await db.executeWrite({
      cypher: `UNWIND $titular AS row
MATCH (g:EthnicGroup {id: row.group}), (r:Region {id: row.region})
MERGE (g)-[t:TITULAR_IN]->(r)
ON CREATE SET t.id = 'titular-in:' + substring(row.group, 6) + '-' + toLower(substring(row.region, 7)),
  t.sourceIds = [$source], t.quotes = [''], t.synthetic = true`,
      params: { titular: dataset.kinship.titular, source: source.id },
    });
    await db.executeWrite({
      cypher: `UNWIND $kin AS row
MATCH (g:EthnicGroup {id: row.group}), (c:Country {id: row.country})
MERGE (g)-[k:KIN_OF]->(c)
ON CREATE SET k.id = 'kin-of:' + substring(row.group, 6) + '-' + toLower(substring(row.country, 8)),
  k.basis = row.basis, k.sourceIds = [$source], k.quotes = [''], k.synthetic = true`,
      params: { kin: dataset.kinship.kin, source: source.id },
    });
    // The importer flags persons; flag the other generated nodes and the source too.
    await db.executeWrite({
      cypher: 'UNWIND $ids AS id MATCH (n:Entity {id: id}) SET n.synthetic = true',
      params: { ids: [...dataset.entityIds, source.id] },
    });

    const [counts] = await db.executeRead<{ nodes: number; relationships: number; synthetic: number }>({
      cypher: `CALL () { MATCH (n) RETURN count(n) AS nodes, count(CASE WHEN n.synthetic THEN 1 END) AS synthetic }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships, synthetic`,
      params: {},
    });
    const total = (Date.now() - startedAt) / 1000;
    log('--- results ---');
    log(`scale ${scale}, seed ${seed}: ${rows} rows imported in ${importSeconds.toFixed(1)} s (${Math.round(rows / importSeconds)} rows/s), ${total.toFixed(1)} s in all`);
    log(`graph: ${counts?.nodes} nodes (${counts?.synthetic} synthetic, the rest real regions, countries and their sources), ${counts?.relationships} relationships`);
    log(`peak RSS: generator ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB${neo4j ? `, Neo4j JVM ${await peakRssMb(neo4j.pid)} MB` : ''}`);
    log(`database: ${values.uri ?? dataDir}`);
  } finally {
    await driver.close();
    await neo4j?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`[generate] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
