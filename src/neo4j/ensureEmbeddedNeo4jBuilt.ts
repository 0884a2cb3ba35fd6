import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The Maven project of the launcher: <repo>/neo4j (two levels above src/neo4j/). */
export const NEO4J_PROJECT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'neo4j');

const MAIN_CLASS = 'org.paradiplomacy.EmbeddedNeo4j';
const POM = path.join(NEO4J_PROJECT_DIR, 'pom.xml');
const SOURCE = path.join(NEO4J_PROJECT_DIR, 'src', 'main', 'java', 'org', 'paradiplomacy', 'EmbeddedNeo4j.java');
const TARGET = path.join(NEO4J_PROJECT_DIR, 'target');
const CLASSES = path.join(TARGET, 'classes');
const COMPILED = path.join(CLASSES, 'org', 'paradiplomacy', 'EmbeddedNeo4j.class');
/** Written last, by atomic rename, so its presence and mtime mark a complete build. */
const CLASSPATH_FILE = path.join(TARGET, 'classpath.txt');
/** mkdir is atomic: whoever creates this directory builds; others wait for it to go away. */
const LOCK_DIR = path.join(TARGET, '.build.lock');
const LOCK_STALE_MS = 15 * 60_000;
const LOCK_WAIT_MS = 20 * 60_000;

/**
 * JVM flags the Neo4j server scripts pass too. Without the add-opens Neo4j's native file
 * access fails ("Incorrect file descriptor": no tx-log preallocation/fadvise) and the page
 * cache falls back to a slower DirectByteBuffer mode.
 */
const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dlog4j2.disable.jmx=true',
  '-XX:-OmitStackTraceInFastThrow',
];

export interface EnsureEmbeddedNeo4jBuiltOptions {
  log?: (line: string) => void;
}

let inProcess: Promise<{ javaArgs: string[] }> | undefined;

/**
 * Builds the launcher with Maven when needed (classpath file or class missing, or older than
 * pom.xml / EmbeddedNeo4j.java) and returns the `java` arguments that start it: JVM flags,
 * `-cp`, main class. Append `<dataDir> <boltPort>`; put heap/GC flags in front.
 * Safe to call concurrently, in one process (shared promise) and across processes (lock dir).
 */
export function ensureEmbeddedNeo4jBuilt(options: EnsureEmbeddedNeo4jBuiltOptions = {}): Promise<{ javaArgs: string[] }> {
  inProcess ??= build(options.log ?? (() => {})).finally(() => {
    inProcess = undefined; // a failure may be fixed (or the sources edited) before the next call
  });
  return inProcess;
}

async function build(log: (line: string) => void): Promise<{ javaArgs: string[] }> {
  const classpath =
    (await readIfFresh()) ??
    (await withLock(log, async () => {
      const builtMeanwhile = await readIfFresh(); // another process may have built it while we waited
      if (builtMeanwhile !== undefined) return builtMeanwhile;
      await runMaven(log);
      const built = await readIfFresh();
      if (built === undefined) throw new Error(`Maven succeeded but ${CLASSPATH_FILE} is missing or stale`);
      return built;
    }));
  return { javaArgs: [...JVM_FLAGS, '-cp', [CLASSES, classpath].join(path.delimiter), MAIN_CLASS] };
}

const mtime = async (file: string): Promise<number | undefined> =>
  fs.stat(file).then((s) => s.mtimeMs, () => undefined);

/** The dependency classpath if the build is complete and newer than its inputs. */
async function readIfFresh(): Promise<string | undefined> {
  const [cpTime, classTime, pomTime, srcTime] = await Promise.all([CLASSPATH_FILE, COMPILED, POM, SOURCE].map(mtime));
  if (cpTime === undefined || classTime === undefined || pomTime === undefined || srcTime === undefined) return undefined;
  if (cpTime < pomTime || cpTime < srcTime || classTime < srcTime) return undefined;
  const classpath = (await fs.readFile(CLASSPATH_FILE, 'utf8')).trim();
  // A wiped ~/.m2 leaves a fresh-looking classpath.txt pointing at nothing.
  const jars = classpath.split(path.delimiter).filter(Boolean);
  const present = await Promise.all(jars.map((jar) => mtime(jar)));
  return jars.length > 0 && present.every((t) => t !== undefined) ? classpath : undefined;
}

async function withLock<T>(log: (line: string) => void, body: () => Promise<T>): Promise<T> {
  await fs.mkdir(TARGET, { recursive: true });
  const deadline = Date.now() + LOCK_WAIT_MS;
  let announced = false;
  for (;;) {
    try {
      await fs.mkdir(LOCK_DIR);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    if (await lockIsStale()) {
      await fs.rm(LOCK_DIR, { recursive: true, force: true });
      continue;
    }
    if (Date.now() > deadline) throw new Error(`Timed out waiting for the embedded Neo4j build lock ${LOCK_DIR}`);
    if (!announced) log(`Waiting for another process to build the embedded Neo4j (${LOCK_DIR})`);
    announced = true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  try {
    await fs.writeFile(path.join(LOCK_DIR, 'pid'), String(process.pid));
    return await body();
  } finally {
    await fs.rm(LOCK_DIR, { recursive: true, force: true });
  }
}

/** Stale when its owner is gone (pid no longer alive) or it is implausibly old. */
async function lockIsStale(): Promise<boolean> {
  const created = await mtime(LOCK_DIR);
  if (created === undefined) return false; // just released: retry mkdir
  if (Date.now() - created > LOCK_STALE_MS) return true;
  const pid = Number(await fs.readFile(path.join(LOCK_DIR, 'pid'), 'utf8').catch(() => ''));
  if (!Number.isInteger(pid) || pid <= 0) return false; // owner has not written its pid yet
  try {
    process.kill(pid, 0);
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

async function runMaven(log: (line: string) => void): Promise<void> {
  const tmp = path.join(TARGET, `classpath.${process.pid}.tmp`);
  const args = ['-B', '-q', '-Dstyle.color=never', 'dependency:build-classpath', `-Dmdep.outputFile=${tmp}`, 'compile'];
  log(`Building the embedded Neo4j launcher: mvn ${args.join(' ')} (in ${NEO4J_PROJECT_DIR})`);
  const started = Date.now();
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn('mvn', args, { cwd: NEO4J_PROJECT_DIR, stdio: ['ignore', 'pipe', 'pipe'] });
    const collect = (chunk: Buffer): void => {
      output.push(chunk.toString('utf8'));
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', (err: NodeJS.ErrnoException) =>
      reject(err.code === 'ENOENT' ? new Error('Maven (mvn) is not on the PATH; it is needed to build the embedded Neo4j') : err),
    );
    child.on('close', resolve);
  });
  if (code !== 0) {
    await fs.rm(tmp, { force: true });
    const tail = lastLines(output.join(''), 30);
    throw new Error(`Maven build of the embedded Neo4j failed (exit ${code}) in ${NEO4J_PROJECT_DIR}:\n${tail}`);
  }
  // Publish atomically, then stamp it "now" so it is newer than the classes compiled after it.
  await fs.rename(tmp, CLASSPATH_FILE);
  const now = new Date();
  await fs.utimes(CLASSPATH_FILE, now, now);
  log(`Built the embedded Neo4j launcher in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function lastLines(text: string, count: number): string {
  // eslint-disable-next-line no-control-regex
  const plain = text.replace(/\u001b\[[0-9;]*m/g, '');
  return plain.split(/\r?\n/).filter((line) => line.trim() !== '').slice(-count).join('\n');
}
