import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findFreePort } from '../../src/neo4j/index.js';
import { postGraphQL } from '../support/testGraph.js';
import { eventually, getHealth, runEntryPoint, type EntryPoint } from './runEntryPoint.js';

/**
 * Embedded mode (no NEO4J_URI): when the Neo4j that `npm start` runs dies
 * (here SIGKILL, as the kernel's OOM killer would), the entry point starts it
 * again on the same port and store instead of shutting the API down; the API
 * answers SERVICE_UNAVAILABLE meanwhile and recovers by itself.
 */
describe('embedded Neo4j supervision', () => {
  let dataDir: string;
  let api: EntryPoint | undefined;
  afterAll(async () => {
    if (api && api.child.exitCode === null) {
      api.child.kill('SIGTERM');
      await api.exited;
    }
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('restarts the embedded Neo4j after it is killed; the API recovers without a restart', async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'faults-embedded-'));
    api = runEntryPoint({ DATA_DIR: dataDir, NEO4J_BOLT_PORT: String(await findFreePort()), NEO4J_HEAP: '512m' });
    const url = await api.url();
    const [, firstPid] = await api.waitFor(/Neo4j 5\.26\.\S+ ready at bolt:\S+ \(pid (\d+)\)/, 150_000);
    await api.waitFor(/ready: Neo4j/, 120_000);

    process.kill(Number(firstPid), 'SIGKILL');
    await api.waitFor(new RegExp(`embedded Neo4j \\(pid ${firstPid}\\) exited unexpectedly \\(code null\\); restarting it`), 30_000);
    const meanwhile = await postGraphQL(url, '{ region(code: "RU-TA") { name } }');
    // Either still down (SERVICE_UNAVAILABLE) or, on a fast machine, already back.
    if (meanwhile.body.errors) expect(meanwhile.body.errors[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');

    const [, secondPid] = await api.waitFor(/Neo4j 5\.26\.\S+ ready at bolt:\S+ \(pid (\d+)\)[\s\S]*Neo4j 5\.26\.\S+ ready at bolt:\S+ \(pid (\d+)\)/, 150_000)
      .then((m) => [m[0], m[2]]);
    expect(secondPid).not.toBe(firstPid);
    const answer = await eventually(async () => {
      const { body } = await postGraphQL(url, '{ region(code: "RU-TA") { name } }');
      return body.data?.region ? body : undefined;
    }, 30_000);
    expect(answer.data.region.name).toMatch(/Tatarstan/);
    expect((await getHealth(url)).status).toBe(200);
    expect(api.child.exitCode).toBeNull();

    api.child.kill('SIGTERM');
    expect(await api.exited).toBe(0);
    expect(api.output()).toContain('Neo4j stopped');
  }, 400_000);
});
