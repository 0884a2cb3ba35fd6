/**
 * `npm run bench:import [-- --rows 100000 --persons 2000 --batch-size 5000]`:
 * the bulk import's benchmark (not a test). Generates realistic visit and
 * meeting rows (deterministic pseudo-random: real ISO 3166-2:RU regions and
 * ISO 3166-1 countries, synthetic governors flagged `synthetic` and defined
 * in the same import) into a temporary CSV, starts a fresh embedded Neo4j in
 * a temporary directory on a free port (throughput settings: 1g page cache,
 * parallel GC, C2 JIT; `--small-jvm` for the dev/test defaults), loads the seed (reference regions and
 * countries), imports the files, and prints rows per second, seconds and peak
 * memory; then imports the same files again to show that nothing changes.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { once } from 'node:events';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'csv-stringify/sync';
import { createDriver, Database } from '../src/db/index.js';
import { ensureSchema } from '../src/db/ensureSchema.js';
import { barProgress, lineProgress } from '../src/import/progress.js';
import { formatImportReport, runImport } from '../src/import/runImport.js';
import { findFreePort, startEmbeddedNeo4j } from '../src/neo4j/index.js';
import { graphFingerprint } from '../src/seed/graphFingerprint.js';
import { loadSeedFiles } from '../src/seed/loadSeedFiles.js';
import { referenceCountries } from '../src/seed/reference/referenceCountries.js';
import { referenceRegions } from '../src/seed/reference/referenceRegions.js';
import { seedDatabase } from '../src/seed/seedDatabase.js';
import { slugify } from '../src/import/slugs.js';
import { peakRssMb } from './support/jvmPeakRss.js';
import { BENCH_PAGE_CACHE } from './support/startBenchNeo4j.js';
import { COUNTERPART_ROLES, FIRST_NAMES, LAST_NAMES, PURPOSES, WEIGHTED_COUNTRIES } from '../src/synthetic/vocabulary.js';

const log = (message: string) => console.log(`[bench] ${message}`);

/** mulberry32: a small deterministic PRNG, so every run imports the same rows. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = FIRST_NAMES;
const LAST = LAST_NAMES;
const ROLES = COUNTERPART_ROLES;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      rows: { type: 'string', default: '100000' },
      persons: { type: 'string', default: '2000' },
      'batch-size': { type: 'string', default: '5000' },
      heap: { type: 'string', default: '1g' },
      /** Neo4j page cache; with --small-jvm the dev/test defaults (128m, serial GC, C1 only) instead of the throughput settings. */
      'page-cache': { type: 'string', default: BENCH_PAGE_CACHE },
      'small-jvm': { type: 'boolean', default: false },
      /** Keep the generated CSV files in this directory (e.g. to import them elsewhere). */
      'keep-files': { type: 'string' },
      /** Only generate the files (with --keep-files). */
      'generate-only': { type: 'boolean', default: false },
    },
  });
  const rows = Number(values.rows);
  const personCount = Number(values.persons);
  const batchSize = Number(values['batch-size']);
  const random = prng(20240601);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const countryTotal = WEIGHTED_COUNTRIES.reduce((n, [, w]) => n + w, 0);
  const countryCodes = new Set(referenceCountries().nodes.map((n) => String(n.props.code)));
  const weightedCountry = () => {
    let r = random() * countryTotal;
    for (const [code, w] of WEIGHTED_COUNTRIES) if ((r -= w) < 0) return code;
    return 'TR';
  };
  for (const [code] of WEIGHTED_COUNTRIES) if (!countryCodes.has(code)) throw new Error(`not an ISO country: ${code}`);
  const regions = referenceRegions().nodes.map((n) => ({ code: String(n.props.code), name: String(n.props.name) }));

  const dir = await mkdtemp(path.join(os.tmpdir(), 'paradiplomacy-bench-'));
  const filesDir = values['keep-files'] ? path.resolve(values['keep-files']) : dir;
  await mkdir(filesDir, { recursive: true });
  const personsFile = path.join(filesDir, 'governors.csv');
  const contactsFile = path.join(filesDir, 'contacts.csv');

  // Synthetic governors, each heading a real region.
  const persons: Array<{ id: string }> = [];
  const personRows: string[][] = [['kind', 'id', 'name', 'role', 'synthetic']];
  for (let i = 0; i < personCount; i += 1) {
    const name = `${pick(FIRST)} ${pick(LAST)}`;
    const region = pick(regions);
    const id = `person:synthetic-${String(i + 1).padStart(5, '0')}-${slugify(name)}`;
    persons.push({ id });
    personRows.push(['person', id, name, `Head of ${region.name} (synthetic)`, 'true']);
  }
  const personsOut = createWriteStream(personsFile);
  personsOut.end(stringify(personRows));
  await once(personsOut, 'finish');

  // Visits abroad and meetings with foreign counterparts, 2005–2015, unique per natural key.
  const contactsOut = createWriteStream(contactsFile);
  contactsOut.write(stringify([['kind', 'person', 'country', 'counterpart', 'date', 'purpose', 'counterpartRole', 'place']]));
  const keys = new Set<string>();
  const start = Date.UTC(2005, 0, 1);
  const span = Date.UTC(2015, 11, 31) - start;
  let written = 0;
  let chunk: string[][] = [];
  while (written < rows) {
    const person = pick(persons).id;
    const day = new Date(start + Math.floor(random() * span)).toISOString().slice(0, 10);
    const date = random() < 0.15 ? day.slice(0, 7) : day;
    const isVisit = random() < 0.45;
    const country = weightedCountry();
    const counterpart = isVisit ? '' : random() < 0.05 ? 'org:turksoy' : country;
    const key = `${isVisit}|${person}|${isVisit ? country : counterpart}|${date}`;
    if (keys.has(key)) continue;
    keys.add(key);
    chunk.push(
      isVisit
        ? ['visit', person, country, '', date, pick(PURPOSES), '', '']
        : ['meeting', person, '', counterpart, date, '', pick(ROLES), random() < 0.7 ? 'in the region' : ''],
    );
    written += 1;
    if (chunk.length === 10_000) {
      if (!contactsOut.write(stringify(chunk))) await once(contactsOut, 'drain');
      chunk = [];
    }
  }
  contactsOut.end(stringify(chunk));
  await once(contactsOut, 'finish');
  const size = (await stat(contactsFile)).size;
  log(`generated ${personCount} synthetic governors and ${rows} contacts (${(size / 1e6).toFixed(1)} MB) in ${filesDir}`);

  if (values['generate-only']) {
    await rm(dir, { recursive: true, force: true });
    if (filesDir !== dir) log(`files kept: ${personsFile} ${contactsFile}`);
    return;
  }
  const boltPort = await findFreePort();
  const tuning = values['small-jvm'] ? 'dev/test JVM settings' : `page cache ${values['page-cache']}, parallel GC, C2 JIT`;
  log(`starting a fresh embedded Neo4j on port ${boltPort} (heap ${values.heap}, ${tuning})`);
  const neo4j = await startEmbeddedNeo4j({
    dataDir: path.join(dir, 'neo4j'),
    boltPort,
    heap: values.heap,
    throughput: values['small-jvm'] ? undefined : { pageCache: values['page-cache'] },
  });
  const driver = createDriver({ uri: neo4j.uri });
  const db = new Database(driver, 'neo4j', 60_000);
  try {
    await ensureSchema(db);
    await seedDatabase(db, loadSeedFiles());
    log(`Neo4j ${neo4j.version} seeded; importing`);
    const options = {
      files: [personsFile, contactsFile],
      sourceDefinition: { title: 'Synthetic benchmark data (generated, not facts)', url: 'https://example.org/paradiplomacy/benchmark', type: 'REFERENCE' },
      batchSize,
      progress: process.stdout.isTTY ? barProgress(process.stdout, log) : lineProgress(log, 5_000),
    };
    const first = await runImport(db, options);
    for (const line of formatImportReport(first)) log(line);
    const totalRows = first.rowsRead;
    const before = await graphFingerprint(db);
    const second = await runImport(db, options);
    const after = await graphFingerprint(db);
    const jvmPeak = await peakRssMb(neo4j.pid);

    log('--- results ---');
    log(`rows: ${totalRows} (${personCount} persons + ${rows} contacts), batch size ${batchSize}`);
    log(`first import: ${first.seconds.total.toFixed(1)} s total (${Math.round(totalRows / first.seconds.total)} rows/s); ` +
      `read+validate ${first.seconds.read.toFixed(1)} s, resolve ${first.seconds.resolve.toFixed(1)} s, compare ${first.seconds.compare.toFixed(1)} s, write ${first.write?.seconds.toFixed(1)} s in ${first.write?.batches} transactions ` +
      `(${Math.round((first.write?.rows ?? 0) / (first.write?.seconds || 1))} rows/s)`);
    log(`created ${first.totals.created}, updated ${first.totals.updated}, unchanged ${first.totals.unchanged}, rejected ${first.rejectedRows}`);
    log(`second import of the same files: ${second.seconds.total.toFixed(1)} s, created ${second.totals.created}, updated ${second.totals.updated}, unchanged ${second.totals.unchanged}; ` +
      `graph ${before.hash === after.hash ? 'unchanged (same content hash)' : 'CHANGED'}`);
    log(`peak RSS: import process ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB` +
      (jvmPeak ? `, Neo4j JVM ${jvmPeak} MB` : ''));
  } finally {
    await driver.close();
    await neo4j.stop();
    await rm(dir, { recursive: true, force: true });
    if (filesDir !== dir) log(`files kept: ${personsFile} ${contactsFile}`);
  }
}


main().catch((error: unknown) => {
  console.error(`[bench] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
