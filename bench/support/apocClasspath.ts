import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ensureEmbeddedNeo4jBuilt, NEO4J_PROJECT_DIR } from '../../src/neo4j/ensureEmbeddedNeo4jBuilt.js';

const APOC_CLASSPATH = path.join(NEO4J_PROJECT_DIR, 'target', 'classpath-apoc.txt');
const BASE_CLASSPATH = path.join(NEO4J_PROJECT_DIR, 'target', 'classpath.txt');
const POM = path.join(NEO4J_PROJECT_DIR, 'pom.xml');
const PLUGINS_DIR = path.join(NEO4J_PROJECT_DIR, 'target', 'plugins-apoc');

/**
 * The jars the `apoc` Maven profile of neo4j/pom.xml adds to the embedded
 * launcher (APOC core and its own dependencies), for benchmarks only:
 * @neo4j/graphql needs the APOC core procedures. Resolved with Maven (from
 * Maven Central, once) into neo4j/target/classpath-apoc.txt.
 */
export async function apocClasspath(log: (line: string) => void): Promise<{ classpath: string; pluginsDir: string }> {
  await ensureEmbeddedNeo4jBuilt({ log });
  const [apocTime, pomTime] = await Promise.all([APOC_CLASSPATH, POM].map((f) => fs.stat(f).then((s) => s.mtimeMs, () => 0)));
  if ((apocTime ?? 0) < (pomTime ?? 0)) {
    log('resolving APOC core with Maven (profile apoc)');
    await new Promise<void>((resolve, reject) => {
      const mvn = spawn('mvn', ['-B', '-q', '-Papoc', 'dependency:build-classpath', `-Dmdep.outputFile=${APOC_CLASSPATH}`], {
        cwd: NEO4J_PROJECT_DIR,
        stdio: ['ignore', 'inherit', 'inherit'],
      });
      mvn.on('error', reject);
      mvn.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`mvn -Papoc dependency:build-classpath exited with ${code}`))));
    });
  }
  const base = new Set((await fs.readFile(BASE_CLASSPATH, 'utf8')).trim().split(path.delimiter));
  const extra = (await fs.readFile(APOC_CLASSPATH, 'utf8')).trim().split(path.delimiter).filter((jar) => jar && !base.has(jar));
  if (!extra.some((jar) => /apoc-core/.test(jar))) throw new Error(`no apoc-core jar in ${APOC_CLASSPATH}`);
  // Neo4j registers procedures only from the jars in its plugins directory: link APOC core there.
  const jars = extra.filter((jar) => /apoc-(core|common)-[^/]*\.jar$/.test(jar));
  await fs.rm(PLUGINS_DIR, { recursive: true, force: true });
  await fs.mkdir(PLUGINS_DIR, { recursive: true });
  for (const jar of jars) await fs.symlink(jar, path.join(PLUGINS_DIR, path.basename(jar)));
  return { classpath: extra.join(path.delimiter), pluginsDir: PLUGINS_DIR };
}
