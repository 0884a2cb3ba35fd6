import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { ensureEmbeddedNeo4jBuilt } from './ensureEmbeddedNeo4jBuilt.js';

export { ensureEmbeddedNeo4jBuilt } from './ensureEmbeddedNeo4jBuilt.js';
export { findFreePort } from './findFreePort.js';

/** A running embedded Neo4j (a child `java` process, see neo4j/EmbeddedNeo4j.java). */
export interface EmbeddedNeo4j {
  /** `bolt://127.0.0.1:<port>`; authentication is disabled (loopback only): use `neo4j.auth.none()`. */
  uri: string;
  /** Kernel version, e.g. `5.26.30`. */
  version: string;
  pid: number;
  /** SIGTERM, wait for a clean shutdown (SIGKILL after 30 s). Idempotent. */
  stop(): Promise<void>;
  /** Settles when the process has exited: its exit code (143 after SIGTERM), or null if killed by a signal. */
  exited: Promise<number | null>;
}

export interface StartEmbeddedNeo4jOptions {
  /** Neo4j home: the store goes to `<dataDir>/data`, logs (debug.log) to `<dataDir>/logs`. */
  dataDir: string;
  /** Bolt port on 127.0.0.1. */
  boltPort: number;
  /** Max JVM heap (`-Xmx`), e.g. `512m` (default) or `1g`. */
  heap?: string;
  /** Receives build progress and the process's output lines (except the ready line). */
  log?: (line: string) => void;
  /** Give up (and stop the process) when not ready after this long; default 120 000 ms. */
  startTimeoutMs?: number;
  /**
   * Imports and benchmarks: this page cache (e.g. `1g`; default 128m), the C2 JIT and the
   * parallel GC instead of the small-footprint defaults (slower start, faster steady state).
   */
  throughput?: { pageCache: string };
  /**
   * Benchmarks only: extra classpath (e.g. APOC core's dependencies, see bench/support/apocClasspath.ts),
   * the plugins directory holding the procedure jars, and the procedures to allow (`apoc.*`).
   */
  procedures?: { classpath: string; allow: string; pluginsDir: string };
}

const READY_LINE = /^Neo4j (\S+) ready at (bolt:\/\/\S+)$/;
const STOP_GRACE_MS = 30_000;
const STDERR_TAIL_LINES = 40;

/**
 * Builds the launcher if needed (Maven, once), starts Neo4j Community in a child JVM and
 * resolves once the default database is up and Bolt listens. Rejects, with the process's
 * last stderr lines, when it exits first (e.g. port in use) or is not ready in time.
 */
export async function startEmbeddedNeo4j(options: StartEmbeddedNeo4jOptions): Promise<EmbeddedNeo4j> {
  const { boltPort } = options;
  const log = options.log ?? (() => {});
  const heap = options.heap ?? '512m';
  const startTimeoutMs = options.startTimeoutMs ?? 120_000;
  if (!Number.isInteger(boltPort) || boltPort < 1 || boltPort > 65535) {
    throw new Error(`boltPort must be an integer from 1 to 65535, received ${boltPort}`);
  }
  if (!/^\d+[kmg]$/i.test(heap)) throw new Error(`heap must look like 512m or 1g, received "${heap}"`);

  const built = await ensureEmbeddedNeo4jBuilt({ log });
  const javaArgs = [...built.javaArgs];
  const cp = javaArgs.indexOf('-cp');
  if (options.procedures && cp >= 0) javaArgs[cp + 1] = `${javaArgs[cp + 1]}${path.delimiter}${options.procedures.classpath}`;
  const { throughput } = options;
  if (throughput && !/^\d+[kmg]$/i.test(throughput.pageCache)) {
    throw new Error(`pageCache must look like 512m or 1g, received "${throughput.pageCache}"`);
  }
  const tuning = throughput
    ? [`-Dneo4j.pagecache=${throughput.pageCache}`, '-XX:+UseParallelGC', '-XX:ParallelGCThreads=2']
    : [
        '-XX:+UseSerialGC', // one GC thread, small footprint: this is a dev/test database on a small box
        // C1 only: ~40% less CPU to start (Neo4j start is class loading + JIT bound) and ~30 MB less
        // RSS; the lower peak throughput does not matter for a dev/test graph.
        '-XX:TieredStopAtLevel=1',
      ];
  const dataDir = path.resolve(options.dataDir);
  await fs.mkdir(dataDir, { recursive: true });

  const child = spawn(
    'java',
    [
      `-Xmx${heap}`,
      `-Xms${initialHeap(heap)}`, // Neo4j warns when -Xms is unset; keep it low so idle RSS stays low
      ...tuning,
      ...(options.procedures
        ? [`-Dneo4j.procedures=${options.procedures.allow}`, `-Dneo4j.pluginsDir=${options.procedures.pluginsDir}`]
        : []),
      '-Dneo4j.exitOnStdinEof=true', // our stdin pipe closes if this Node process dies, even by SIGKILL
      ...javaArgs,
      dataDir,
      String(boltPort),
    ],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );

  // If Node exits without stopping us, ask the JVM to shut down cleanly (it finishes on its own).
  const killOnExit = (): void => {
    child.kill('SIGTERM');
  };
  process.on('exit', killOnExit);

  const stderrTail: string[] = [];
  readline.createInterface({ input: child.stderr }).on('line', (line) => {
    stderrTail.push(line);
    if (stderrTail.length > STDERR_TAIL_LINES) stderrTail.shift();
    log(line);
  });

  let hasExited = false;
  let spawnError: Error | undefined;
  const exited = new Promise<number | null>((resolve) => {
    child.on('error', (err: NodeJS.ErrnoException) => {
      spawnError = err.code === 'ENOENT' ? new Error('java is not on the PATH; the embedded Neo4j needs Java 17+') : err;
      if (child.pid === undefined) {
        hasExited = true;
        process.off('exit', killOnExit);
        resolve(null);
      }
    });
    // 'close' (not 'exit') so stderr has been read completely when we report it.
    child.on('close', (code) => {
      hasExited = true;
      process.off('exit', killOnExit);
      resolve(code);
    });
  });

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> =>
    (stopping ??= (async () => {
      if (hasExited) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
      await exited;
      clearTimeout(timer);
    })());

  const ready = await new Promise<{ version: string; uri: string } | Error>((resolve) => {
    const timer = setTimeout(() => {
      resolve(new Error(`Embedded Neo4j was not ready within ${startTimeoutMs} ms; stopped it.${tail(stderrTail)}`));
    }, startTimeoutMs);
    const done = (value: { version: string; uri: string } | Error): void => {
      clearTimeout(timer);
      resolve(value);
    };
    readline.createInterface({ input: child.stdout }).on('line', (line) => {
      const match = READY_LINE.exec(line);
      if (match?.[1] !== undefined && match[2] !== undefined) done({ version: match[1], uri: match[2] });
      else log(line);
    });
    void exited.then((code) => {
      const reason = spawnError ? spawnError.message : `exited with code ${code}`;
      done(new Error(`Embedded Neo4j (port ${boltPort}, ${dataDir}) ${reason} before it was ready.${tail(stderrTail)}`));
    });
  });
  if (ready instanceof Error) {
    await stop();
    throw ready;
  }
  return { ...ready, pid: child.pid!, stop, exited };
}

function tail(lines: string[]): string {
  return lines.length === 0 ? '' : `\n${lines.join('\n')}`;
}

/** The smaller of 64m and the max heap, as a JVM size. */
function initialHeap(heap: string): string {
  const units: Record<string, number> = { k: 1 / 1024, m: 1, g: 1024 };
  const mb = Number(heap.slice(0, -1)) * (units[heap.slice(-1).toLowerCase()] ?? 1);
  return mb < 64 ? heap : '64m';
}
