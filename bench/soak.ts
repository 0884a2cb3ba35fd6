/**
 * `npm run soak [-- --duration 120 --readers 8 --contacts 20000]`: a soak
 * test, not part of `npm test`. Starts a fresh embedded Neo4j in a temporary
 * directory, seeds it, runs the real API (src/main.ts) against it, and for
 * `--duration` seconds keeps `--readers` concurrent GraphQL readers busy over
 * HTTP while `npm run import` loads `--contacts` generated contacts into the
 * same graph. Prints the API's memory over time and checks:
 * - zero errors: every read answers 200 without errors, and reads whose
 *   answer the import does not touch give exactly their first answer;
 * - no memory growth: the API's RSS in the last third of the run is not above
 *   its peak in the middle third by more than 15% (it plateaus);
 * - the final graph is the expected one: importing the same files again
 *   changes nothing, and removing the imported data gives back exactly the
 *   seed's content hash.
 * Exits 1 when a check fails.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from '../src/config/config.js';
import { createDriver, Database } from '../src/db/index.js';
import { ensureSchema } from '../src/db/ensureSchema.js';
import { findFreePort, startEmbeddedNeo4j } from '../src/neo4j/index.js';
import { graphFingerprint } from '../src/seed/graphFingerprint.js';
import { loadSeedFiles } from '../src/seed/loadSeedFiles.js';
import { seedDatabase } from '../src/seed/seedDatabase.js';
import { removeTestImports, TEST_SOURCE_ID, writeContactFiles } from '../tests/import/fixtures.js';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '120' },
    readers: { type: 'string', default: '8' },
    contacts: { type: 'string', default: '20000' },
  },
});
const DURATION_S = Number(values.duration);
const READERS = Number(values.readers);
const CONTACTS = Number(values.contacts);
for (const [name, value] of [['--duration', DURATION_S], ['--readers', READERS], ['--contacts', CONTACTS]] as const) {
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer, received ${value}`);
}

/** Reads whose answers the import cannot change (it only adds test persons and their contacts). */
const STABLE_QUERIES = [
  `{ region(code: "RU-TA") { name nameRu kind federalDistrict governors { governor { name } start end }
     memberships { organisation { name } status } reportedActivity { visitsAbroad meetingsInRussia from to } } }`,
  `{ region(code: "RU-KO") { governors(at: "2016") { governor { name } start end } } }`,
  `{ person(id: "person:murat-zyazikov") { name tenures { region { name } start end } visits { country { name } occasions }
     meetings { counterpart { __typename ... on Person { name } } } } }`,
];
/** A read of what the import is writing: its answer changes; it must only never fail. */
const MOVING_QUERY = `{ person(id: "person:test-import-01") { name visits { country { name } start } meetings { start } } }`;

const log = (line: string) => console.log(`[soak] ${line}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function rssMb(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Math.round(Number(match[1]) / 1024) : NaN;
}

async function post(url: string, query: string): Promise<{ status: number; text: string }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query }),
  });
  return { status: res.status, text: await res.text() };
}

async function main(): Promise<number> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'soak-'));
  const cleanup: Array<() => Promise<void> | void> = [() => rmSync(dir, { recursive: true, force: true })];
  try {
    log(`starting a fresh embedded Neo4j in ${dir}`);
    const neo4j = await startEmbeddedNeo4j({ dataDir: path.join(dir, 'neo4j'), boltPort: await findFreePort(), heap: '768m' });
    cleanup.unshift(() => neo4j.stop());
    const driver = createDriver({ uri: neo4j.uri });
    cleanup.unshift(() => driver.close());
    const db = new Database(driver, 'neo4j', 600_000);
    await ensureSchema(db);
    await seedDatabase(db, loadSeedFiles());
    const seedOnly = await graphFingerprint(db);

    const files = writeContactFiles(dir, CONTACTS);

    // The real entry point, as in production, in its own process so its memory is its own.
    const api = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: REPO_ROOT,
      env: { ...process.env, NODE_ENV: 'production', PORT: '0', NEO4J_URI: neo4j.uri, SEED_ON_START: 'false', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    cleanup.unshift(async () => {
      if (api.exitCode === null) {
        api.kill('SIGTERM');
        await new Promise((resolve) => api.once('exit', resolve));
      }
    });
    let apiOutput = '';
    const apiProblems: string[] = [];
    let started = false; // then only the API's warnings and errors are kept (printed at the end)
    const collect = (c: Buffer) => {
      if (!started) apiOutput += c.toString();
      else if (/"level":[4-6]\d|error/i.test(c.toString())) apiProblems.push(c.toString().slice(0, 500));
    };
    api.stdout.on('data', collect);
    api.stderr.on('data', collect);
    const until = Date.now() + 120_000;
    while (!/ready: Neo4j/.test(apiOutput)) {
      if (api.exitCode !== null || Date.now() > until) throw new Error(`the API did not start:\n${apiOutput}`);
      await sleep(200);
    }
    const url = /API and playground at (http:\/\/\S+)/.exec(apiOutput)![1]!;
    started = true;
    log(`API at ${url} (pid ${api.pid}); ${READERS} readers for ${DURATION_S} s; import of ${CONTACTS} contacts starts after ${Math.round(DURATION_S / 10)} s`);

    const expected = await Promise.all(STABLE_QUERIES.map((q) => post(url, q).then((r) => r.text)));
    for (const text of expected) if (JSON.parse(text).errors) throw new Error(`a reference query failed: ${text}`);

    let requests = 0;
    const errors: string[] = [];
    const endAt = Date.now() + DURATION_S * 1000;
    const reader = async (n: number) => {
      for (let i = n; Date.now() < endAt; i += 1) {
        const which = i % (STABLE_QUERIES.length + 1);
        const query = which < STABLE_QUERIES.length ? STABLE_QUERIES[which]! : MOVING_QUERY;
        try {
          const { status, text } = await post(url, query);
          requests += 1;
          const body = JSON.parse(text) as { errors?: unknown[] };
          if (status !== 200 || body.errors) errors.push(`HTTP ${status}: ${text.slice(0, 300)}`);
          else if (which < STABLE_QUERIES.length && text !== expected[which]) errors.push(`changed answer: ${text.slice(0, 300)}`);
        } catch (error) {
          errors.push(`request failed: ${(error as Error).message}`);
        }
      }
    };

    const samples: Array<{ t: number; rss: number }> = [];
    const startedAt = Date.now();
    let lastRequests = 0;
    const sampler = setInterval(() => {
      const t = Math.round((Date.now() - startedAt) / 1000);
      samples.push({ t, rss: rssMb(api.pid!) });
      if (samples.length % 5 === 0) {
        log(`t=${String(t).padStart(4)} s  API RSS ${rssMb(api.pid!)} MB  requests ${requests} (${Math.round((requests - lastRequests) / 10)}/s)  errors ${errors.length}`);
        lastRequests = requests;
      }
    }, 2_000);

    const importRun = (async () => {
      await sleep(DURATION_S * 100);
      log('import started');
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/bin/import.ts', ...files], {
        cwd: REPO_ROOT,
        env: { ...process.env, NEO4J_URI: neo4j.uri },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      child.stdout.on('data', (c: Buffer) => (out += c.toString()));
      child.stderr.on('data', (c: Buffer) => (out += c.toString()));
      const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
      log(`import finished (exit ${code}) after ${Math.round((Date.now() - startedAt) / 1000)} s: ${out.trim().split('\n').filter((l) => /wrote|facts created/.test(l)).join(' | ')}`);
      if (code !== 0) errors.push(`import exited with ${code}:\n${out}`);
    })();

    await Promise.all([...Array.from({ length: READERS }, (_, n) => reader(n)), importRun]);
    clearInterval(sampler);
    const seconds = (Date.now() - startedAt) / 1000;

    // Memory: does RSS plateau? Compare the last third's peak with the middle third's.
    const third = Math.floor(samples.length / 3);
    const middlePeak = Math.max(...samples.slice(third, 2 * third).map((s) => s.rss));
    const lastPeak = Math.max(...samples.slice(2 * third).map((s) => s.rss));
    const first = samples[0]?.rss ?? NaN;
    log(`memory (API RSS, MB, every 2 s): ${samples.map((s) => s.rss).join(' ')}`);
    log(`memory: first ${first} MB, middle-third peak ${middlePeak} MB, last-third peak ${lastPeak} MB`);
    const memoryOk = third > 0 && lastPeak <= middlePeak * 1.15;

    // The final graph: the seed plus exactly what the files say.
    const [row] = await db.executeRead<{ n: number }>({
      cypher: 'MATCH ()-[r]->() WHERE $source IN coalesce(r.sourceIds, []) RETURN count(r) AS n',
      params: { source: TEST_SOURCE_ID },
    });
    const again = spawnSync(process.execPath, ['--import', 'tsx', 'src/bin/import.ts', '--dry-run', ...files], {
      cwd: REPO_ROOT,
      env: { ...process.env, NEO4J_URI: neo4j.uri },
      encoding: 'utf8',
    });
    const unchanged = again.status === 0 && /the import would create 0 fact\(s\), update 0,/.test(again.stdout);
    await removeTestImports(db);
    const backToSeed = (await graphFingerprint(db)).hash === seedOnly.hash;

    log(`${requests} requests in ${seconds.toFixed(0)} s (${Math.round(requests / seconds)}/s), ${errors.length} errors`);
    for (const e of errors.slice(0, 10)) log(`  error: ${e}`);
    log(`API warnings and errors logged: ${apiProblems.length}`);
    for (const p of apiProblems.slice(0, 5)) log(`  ${p.trim()}`);
    log(`imported relationships: ${row?.n} of ${CONTACTS} expected`);
    log(`import again (dry run): ${unchanged ? 'nothing to create or update' : `CHANGES:\n${again.stdout}${again.stderr}`}`);
    log(`without the imported data the graph is ${backToSeed ? 'exactly the seed (same content hash)' : 'NOT the seed'}`);
    const ok = errors.length === 0 && apiProblems.length === 0 && memoryOk && row?.n === CONTACTS && unchanged && backToSeed;
    log(ok ? 'PASS' : `FAIL${memoryOk ? '' : ' (memory grew)'}`);
    return ok ? 0 : 1;
  } finally {
    for (const step of cleanup) await step();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`[soak] ${error instanceof Error ? error.stack : String(error)}`);
    process.exit(2);
  },
);
