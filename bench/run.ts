/**
 * `npm run bench [-- --scales 1,10,100 --iterations 200 --load-seconds 10]`:
 * the API's benchmark (not a test), over the synthetic databases that
 * `npm run generate -- --scale N` wrote to `.data/synthetic-<N>`. For each
 * scale, on one embedded Neo4j (throughput settings, APOC core allowed):
 * every question of the fixed mix (bench/questions.ts) asked (a) through this
 * API over HTTP, (b) as hand-written Cypher through neo4j-driver, (c) through
 * an @neo4j/graphql 7 server where it can express it: p50, p99, requests/s,
 * a/b and a/c; Cypher round-trips per request (the context's stats.queries)
 * and PROFILE db hits of the API's Cypher, with a check for CartesianProduct
 * and AllNodesScan. On the largest scale, a load run with autocannon on the
 * whole mix (requests/s, p99, errors, the API process's peak RSS). Then how
 * each question's p50 grows across the scales. Writes the report to
 * bench/results/latest.md (or --out) and prints it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { REPO_ROOT } from '../src/config/config.js';
import { createContext } from '../src/context/context.js';
import { createDriver, Database } from '../src/db/index.js';
import { createApollo } from '../src/graphql/createApollo.js';
import { syntheticDataDir } from './generateDataDir.js';
import { QUESTIONS, type Question } from './questions.js';
import { peakRssMb } from './support/jvmPeakRss.js';
import { compareAnswers, type AnswerComparison } from './support/compareAnswers.js';
import { stringifyCypherRequest } from './support/cypherWire.js';
import { measureSideBySide, postGraphQL, postJson, type Figures } from './support/measure.js';
import { BAD_OPERATORS, profileQuery, RecordingDatabase, type Profile } from './support/profileQuery.js';
import { startBenchNeo4j } from './support/startBenchNeo4j.js';

const log = (message: string) => console.error(`[bench] ${message}`);

interface QuestionResult {
  question: Question;
  a: Figures;
  /** (a) without HTTP: the same operation through Apollo in the bench process. */
  inProcess: Figures;
  b: Figures;
  /** (b) behind the smallest HTTP server (serveRawCypher), in its own process as the API is. */
  bHttp: Figures;
  c: Figures | null;
  roundTrips: number;
  profiles: Profile[];
  /** Whether a, b and c gave the same answer, for questions with `answer` (questions.ts). */
  answers?: AnswerComparison;
  /** Why the question could not be measured at this scale (e.g. a timeout). */
  error?: string;
}

/** Each query's timeout in the benchmark (the API's own server uses the same). */
const QUERY_TIMEOUT_MS = 60_000;
/** Questions slower than this (p50) are left out of the load run (they would only measure themselves). */
const INTERACTIVE_MS = 2_000;
const NO_FIGURES: Figures = { samples: 0, p50: Number.NaN, p99: Number.NaN, rps: Number.NaN };

interface ScaleResult {
  scale: number;
  nodes: number;
  relationships: number;
  questions: QuestionResult[];
  load?: { rps: number; p50: number; p99: number; requests: number; errors: number; non2xx: number; timeouts: number; rssMb?: number; seconds: number; connections: number; questions: number; excluded: string[] };
  uptime: string;
}

/** The Node flags of `npm start` (package.json), given to both servers so that they run as the product does. */
const START_FLAGS = (JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start
  .split(/\s+/)
  .filter((word) => word.startsWith('--'));

/** Starts `node <npm start's flags> --import tsx <file>` and resolves with its `READY <url>` line. */
async function startChild(file: string, env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [...START_FLAGS, '--import', 'tsx', file], {
    // Both servers in production mode, as `npm start` runs the API (graphql-js and Apollo read NODE_ENV).
    env: { ...process.env, NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stderr: string[] = [];
  child.stderr!.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    readline.createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = /^READY (\S+)/.exec(line);
      if (match) resolve(match[1]!);
    });
    child.on('close', (code) => reject(new Error(`${file} exited with ${code}: ${stderr.join('').slice(-2000)}`)));
  });
  return { child, url };
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const closed = new Promise((resolve) => child.once('close', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await closed;
  clearTimeout(timer);
}

const ms = (n: number) => (Number.isNaN(n) ? '—' : n < 10 ? n.toFixed(2) : n < 100 ? n.toFixed(1) : n.toFixed(0));
const ratio = (x: number, y: number) => (Number.isFinite(x / y) ? (x / y).toFixed(2) : '—');

async function benchScale(scale: number, questions: readonly Question[], options: { iterations: number; warmup: number; budgetMs: number; loadSeconds: number; connections: number; load: boolean }): Promise<ScaleResult> {
  const dataDir = syntheticDataDir(scale);
  if (!existsSync(dataDir)) throw new Error(`no synthetic database for scale ${scale} at ${dataDir}; run: npm run generate -- --scale ${scale}`);
  log(`scale ${scale}: starting Neo4j on ${dataDir} (APOC core allowed)`);
  const neo4j = await startBenchNeo4j({ dataDir, apoc: true, log: () => {} });
  const driver = createDriver({ uri: neo4j.uri });
  const children: ChildProcess[] = [];
  try {
    const db = new RecordingDatabase(driver, 'neo4j', QUERY_TIMEOUT_MS);
    const [counts] = await db.executeRead<{ nodes: number; relationships: number }>({
      cypher: 'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
      params: {},
    });
    db.recorded.length = 0;
    const api = await startChild(path.join(REPO_ROOT, 'bench', 'support', 'serveApi.ts'), { NEO4J_URI: neo4j.uri });
    children.push(api.child);
    const ogm = await startChild(path.join(REPO_ROOT, 'bench', 'support', 'serveNeo4jGraphql.ts'), { NEO4J_URI: neo4j.uri });
    children.push(ogm.child);
    const raw = await startChild(path.join(REPO_ROOT, 'bench', 'support', 'serveRawCypher.ts'), { NEO4J_URI: neo4j.uri });
    children.push(raw.child);
    log(`scale ${scale}: ${counts?.nodes} nodes, ${counts?.relationships} relationships; API at ${api.url}, @neo4j/graphql at ${ogm.url}`);

    const apollo = createApollo({ development: false, log: () => {} });
    await apollo.start();
    const results: QuestionResult[] = [];
    // Warm both servers' and the driver's code paths first, so that the first question measured
    // does not pay for JIT compilation that the later ones get for free.
    for (let i = 0; i < 100; i += 1) {
      const lookup = QUESTIONS[i % 2]!;
      await postGraphQL(api.url, lookup.api);
      await postGraphQL(ogm.url, lookup.neo4jGraphql!);
      await postJson(raw.url, stringifyCypherRequest({ queries: [lookup.cypher!] }));
      await driver.executeQuery(lookup.cypher!.cypher, lookup.cypher!.params, { routing: 'READ', database: 'neo4j' });
    }
    for (const question of questions) {
      try {
        results.push(await benchQuestion(question));
      } catch (error) {
        const message = error instanceof Error ? error.message.split('\n')[0]!.slice(0, 200) : String(error);
        log(`scale ${scale} ${question.name}: FAILED ${message}`);
        results.push({ question, a: NO_FIGURES, inProcess: NO_FIGURES, b: NO_FIGURES, bHttp: NO_FIGURES, c: null, roundTrips: Number.NaN, profiles: [], error: message });
      }
    }
    async function benchQuestion(question: Question): Promise<QuestionResult> {
      // Round-trips and the API's own Cypher, in-process (same resolvers as over HTTP).
      db.recorded.length = 0;
      const context = createContext(db);
      const response = await apollo.executeOperation({ query: question.api.query, variables: question.api.variables }, { contextValue: context });
      if (response.body.kind !== 'single' || response.body.singleResult.errors) {
        throw new Error(`${question.name}: the API answered with errors: ${JSON.stringify(response.body.kind === 'single' ? response.body.singleResult.errors : 'incremental')}`);
      }
      const recorded = [...db.recorded];
      const profiles: Profile[] = [];
      for (const query of recorded) profiles.push(await profileQuery(driver, query));
      const roundTrips = context.stats.queries;
      const answers = await checkAnswers(question);
      if (answers && !answers.same) log(`scale ${scale} ${question.name}: ${answers.text}`);

      const session = () => driver.session({ database: 'neo4j', defaultAccessMode: 'READ' });
      const queries = question.cypher ? [question.cypher] : recorded;
      // Each query in its own auto-commit transaction, as the API sends reads (one round-trip each).
      const runCypher = async () => {
        const s = session();
        try {
          for (const q of queries) await s.run(q.cypher, q.params, { timeout: QUERY_TIMEOUT_MS });
        } finally {
          await s.close();
        }
      };
      const rawPayload = stringifyCypherRequest({ queries });
      const m = { warmup: options.warmup, iterations: options.iterations, budgetMs: options.budgetMs };
      const plain = new Database(driver, 'neo4j', QUERY_TIMEOUT_MS);
      const ways = {
        a: () => postGraphQL(api.url, question.api),
        inProcess: async () => {
          const r = await apollo.executeOperation({ query: question.api.query, variables: question.api.variables }, { contextValue: createContext(plain) });
          if (r.body.kind !== 'single' || r.body.singleResult.errors) throw new Error(`${question.name}: errors in-process`);
        },
        b: runCypher,
        bHttp: () => postJson(raw.url, rawPayload),
      };
      const neo4jGraphql = question.neo4jGraphql;
      const figures = neo4jGraphql
        ? await measureSideBySide({ ...ways, c: () => postGraphQL(ogm.url, neo4jGraphql) }, m)
        : { ...(await measureSideBySide(ways, m)), c: null };
      const { a, inProcess, b, bHttp, c } = figures;
      log(`scale ${scale} ${question.name}: a p50 ${ms(a.p50)} ms, b ${ms(b.p50)} ms, b over HTTP ${ms(bHttp.p50)} ms${c ? `, c ${ms(c.p50)} ms` : ''}; ${roundTrips} round-trip(s)`);
      return { question, a, inProcess, b, bHttp, c, roundTrips, profiles, answers };
    }
    /** Asks each way once and compares what `question.answer` maps their answers to. */
    async function checkAnswers(question: Question): Promise<AnswerComparison | undefined> {
      const spec = question.answer;
      if (!spec || !question.cypher) return undefined;
      const { records } = await driver.executeQuery(question.cypher.cypher, question.cypher.params, { routing: 'READ', database: 'neo4j' });
      return compareAnswers({
        a: spec.api(await postGraphQL(api.url, question.api)),
        b: spec.cypher(records.map((record) => record.toObject())),
        ...(question.neo4jGraphql ? { c: spec.neo4jGraphql(await postGraphQL(ogm.url, question.neo4jGraphql)) } : {}),
      });
    }
    await apollo.stop();


    let load: ScaleResult['load'];
    let excluded: string[] = [];
    // The interactive part of the mix: questions answered (p50) within INTERACTIVE_MS at this scale.
    const mix = results.filter((r) => !r.error && r.a.p50 <= INTERACTIVE_MS).map((r) => r.question);
    if (options.load && mix.length === 0) log(`scale ${scale}: no load run, no question of the mix answered within ${INTERACTIVE_MS} ms`);
    if (options.load && mix.length > 0) {
      log(`scale ${scale}: load run, ${options.connections} connections for ${options.loadSeconds} s on the mix`);
      excluded = results.filter((r) => !mix.includes(r.question)).map((r) => r.question.name);
      const requests = mix.map((q) => ({
        method: 'POST' as const,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(q.api),
      }));
      const result = await autocannon({ url: api.url, connections: options.connections, duration: options.loadSeconds, requests, timeout: 30 });
      load = {
        rps: result.requests.average,
        p50: result.latency.p50,
        p99: result.latency.p99,
        requests: result.requests.total,
        errors: result.errors,
        non2xx: result.non2xx,
        timeouts: result.timeouts,
        rssMb: await peakRssMb(api.child.pid!),
        seconds: options.loadSeconds,
        connections: options.connections,
        questions: requests.length,
        excluded,
      };
    }
    return { scale, nodes: counts?.nodes ?? 0, relationships: counts?.relationships ?? 0, questions: results, load, uptime: os.loadavg().map((n) => n.toFixed(2)).join(', ') };
  } finally {
    for (const child of children) await stopChild(child);
    await driver.close();
    await neo4j.stop();
  }
}

function report(results: ScaleResult[], command: string): string {
  const lines: string[] = [];
  lines.push(`# Benchmark results`, '');
  lines.push(`Command: \`${command}\` — ${new Date().toISOString()}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? 'unknown'}), Node ${process.version}.`);
  lines.push('The machine is shared with other workers: load averages are given beside each scale; figures are noisy.', '');
  lines.push(`Plan check: ${BAD_OPERATORS.join(' or ')} in the PROFILE of any of the API's queries; a CartesianProduct with one row on a side (two unique-index seeks, one-row subqueries) is counted as harmless.`, '');
  lines.push('(a) this API over HTTP (its own process); "a in-process" the same operation through Apollo inside the bench process (no HTTP, no second process: what the API\'s resolvers cost); (b) the same answer with hand-written Cypher through neo4j-driver, each query in an auto-commit transaction as the API sends its reads (★ = the API\'s own Cypher replayed: the API already asks these in hand-written queries); "b over HTTP" the same queries behind the smallest HTTP server (node:http, JSON in and out, no GraphQL) in its own process, as the API is: what any HTTP API over Neo4j costs at least, so a/(b over HTTP) is the API\'s own overhead without the process hop; (c) @neo4j/graphql 7.6.3 over HTTP. Latencies in ms, sequential requests, the ways of asking one question interleaved (each round asks each way once, in a rotating order, so no way is measured on a colder or quieter machine than another); rps = sequential requests per second; n = samples of each way (the rounds ask every way once, so all ways of a question have as many). p99 is nearest-rank over those n samples: with fewer than 100 it is the slowest of them.', '');
  for (const r of results) {
    lines.push(`## Scale ${r.scale}: ${r.nodes.toLocaleString('en')} nodes, ${r.relationships.toLocaleString('en')} relationships (load average ${r.uptime})`, '');
    lines.push('| question | n | a p50 | a p99 | a rps | a in-process p50 | b p50 | b p99 | b rps | b over HTTP p50 | c p50 | c p99 | c rps | a/b p50 | a/(b over HTTP) p50 | a/c p50 | round-trips | db hits | plan check |');
    lines.push('|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|');
    for (const q of r.questions) {
      if (q.error) {
        lines.push(`| ${q.question.name} | | **failed**: ${q.error.replace(/\|/g, '/')} |||||||||||||||||`);
        continue;
      }
      const bad = [...new Set(q.profiles.flatMap((p) => p.bad))];
      const harmless = q.profiles.reduce((s, p) => s + p.harmlessProducts, 0);
      const hits = q.profiles.reduce((s, p) => s + p.dbHits, 0);
      lines.push(`| ${q.question.name} | ${q.a.samples} | ${ms(q.a.p50)} | ${ms(q.a.p99)} | ${q.a.rps.toFixed(0)} | ${ms(q.inProcess.p50)} | ${ms(q.b.p50)}${q.question.cypher ? '' : ' ★'} | ${ms(q.b.p99)} | ${q.b.rps.toFixed(0)} | ${ms(q.bHttp.p50)} | ` +
        (q.c ? `${ms(q.c.p50)} | ${ms(q.c.p99)} | ${q.c.rps.toFixed(0)} | ` : 'n/a | | | ') +
        `${ratio(q.a.p50, q.b.p50)} | ${ratio(q.a.p50, q.bHttp.p50)} | ${q.c ? ratio(q.a.p50, q.c.p50) : 'n/a'} | ${q.roundTrips} | ${hits.toLocaleString('en')} | ${bad.length ? `**${bad.join(', ')}**` : harmless ? `ok (${harmless} 1-row product${harmless > 1 ? 's' : ''})` : 'ok'} |`);
    }
    const compared = r.questions.filter((q) => q.answers);
    if (compared.length) {
      lines.push('', 'Answers compared (each way asked once): ' + compared.map((q) => `${q.question.name}: ${q.answers!.text}`).join('; ') + '.');
    }
    const notC = r.questions.filter((q) => !q.c);
    if (notC.length) {
      lines.push('', 'Not asked of @neo4j/graphql: ' + notC.map((q) => `${q.question.name} (${q.question.whyNotNeo4jGraphql})`).join('; ') + '.');
    }
    if (r.load) {
      const l = r.load;
      lines.push('', `Load run (autocannon, ${l.connections} connections, ${l.seconds} s, the ${l.questions} interactive questions in turn${l.excluded.length ? `; left out, p50 over ${INTERACTIVE_MS} ms or failed: ${l.excluded.join(', ')}` : ''}): ${l.rps.toFixed(0)} requests/s, p50 ${l.p50} ms, p99 ${l.p99} ms, ${l.requests} requests, errors ${l.errors}, non-2xx ${l.non2xx}, timeouts ${l.timeouts}; API process peak RSS ${l.rssMb ?? '?'} MB.`);
    }
    lines.push('');
  }
  if (results.length > 1) {
    const first = results[0]!;
    const last = results[results.length - 1]!;
    lines.push('## Cost growth (API p50 in ms, and db hits, per scale)', '');
    lines.push(`| question | bounded | ${results.map((r) => `p50 @${r.scale}x`).join(' | ')} | p50 ${last.scale}x/${first.scale}x | ${results.map((r) => `db hits @${r.scale}x`).join(' | ')} | db hits ${last.scale}x/${first.scale}x | round-trips per scale |`);
    lines.push(`|---|---|${results.map(() => '--:').join('|')}|--:|${results.map(() => '--:').join('|')}|--:|---|`);
    for (let i = 0; i < first.questions.length; i += 1) {
      const q = first.questions[i]!.question;
      const p50s = results.map((r) => r.questions[i]!.a.p50);
      const hits = results.map((r) => r.questions[i]!.profiles.reduce((s, p) => s + p.dbHits, 0));
      lines.push(`| ${q.name} | ${q.bounded ? 'yes' : 'no'} | ${p50s.map(ms).join(' | ')} | ${ratio(p50s[p50s.length - 1]!, p50s[0]!)} | ${hits.map((h) => h.toLocaleString('en')).join(' | ')} | ${ratio(hits[hits.length - 1]!, Math.max(1, hits[0]!))} | ${results.map((r) => r.questions[i]!.roundTrips).join(', ')} |`);
    }
    lines.push('', `The graph grew ${ratio(last.relationships, first.relationships)}x in relationships from scale ${first.scale} to ${last.scale}.`, '');
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      scales: { type: 'string', default: '1,10,100' },
      /** Samples of each way per question (at most; the budget may stop it sooner): 100 or more for a p99 that is not the slowest sample. */
      iterations: { type: 'string', default: '200' },
      warmup: { type: 'string', default: '20' },
      /** Longest time per question and way of asking it (at least 5 samples). */
      'budget-ms': { type: 'string', default: '20000' },
      'load-seconds': { type: 'string', default: '10' },
      connections: { type: 'string', default: '8' },
      /** The scale of the load run (default: the largest). */
      'load-scale': { type: 'string' },
      out: { type: 'string', default: path.join(REPO_ROOT, 'bench', 'results', 'latest.md') },
      /** Only the questions whose name contains this text (default: the whole mix). */
      question: { type: 'string' },
    },
  });
  const filter = values.question;
  const questions = filter === undefined ? QUESTIONS : QUESTIONS.filter((q) => q.name.includes(filter));
  if (questions.length === 0) {
    throw new Error(`--question must be part of a question's name, received "${filter}"; the questions: ${QUESTIONS.map((q) => q.name).join('; ')}`);
  }
  const scales = values.scales.split(',').map(Number);
  if (scales.some((s) => !Number.isInteger(s) || s < 1)) throw new Error(`--scales must be positive integers separated by commas, received "${values.scales}"`);
  const results: ScaleResult[] = [];
  for (const scale of scales) {
    results.push(await benchScale(scale, questions, {
      iterations: Number(values.iterations),
      warmup: Number(values.warmup),
      budgetMs: Number(values['budget-ms']),
      loadSeconds: Number(values['load-seconds']),
      connections: Number(values.connections),
      load: scale === (values['load-scale'] ? Number(values['load-scale']) : Math.max(...scales)),
    }));
  }
  const text = report(results, `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim());
  await mkdir(path.dirname(values.out), { recursive: true });
  await writeFile(values.out, text);
  console.log(text);
  log(`written to ${values.out}`);
}

main().catch((error: unknown) => {
  console.error(`[bench] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
