import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../src/config/config.js';
import { findFreePort } from '../src/neo4j/index.js';

/**
 * The entry point as users run it (`npm start` runs `tsx src/main.ts`): it
 * starts its own embedded Neo4j, seeds it, serves, and on SIGTERM stops the
 * HTTP server, the driver and Neo4j, then exits 0. Regression: Apollo's own
 * termination-signal handler used to race ours and left the process hanging.
 */
describe('npm start', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
  });

  it('serves on a fresh data directory and stops cleanly on SIGTERM', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'paradiplomacy-start-'));
    dirs.push(dataDir);
    const child = spawn(path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx'), ['src/main.ts'], {
      cwd: REPO_ROOT,
      // NODE_ENV as users have it: Apollo installs its own signal handlers outside NODE_ENV=test.
      env: { ...process.env, NODE_ENV: 'production', DATA_DIR: dataDir, NEO4J_BOLT_PORT: String(await findFreePort()), PORT: '0', NEO4J_URI: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

    const url = await new Promise<string>((resolve, reject) => {
      const timer = setInterval(() => {
        const match = /API and playground at (http:\/\/\S+)/.exec(output);
        if (match?.[1]) {
          clearInterval(timer);
          resolve(match[1]);
        }
      }, 200);
      void exited.then(() => {
        clearInterval(timer);
        reject(new Error(`the server exited before serving:\n${output}`));
      });
    });
    expect(output).toMatch(/Seeded an empty graph: \d+ nodes, \d+ relationships/);
    const health = await fetch(url.replace('/graphql', '/health'));
    expect(await health.json()).toEqual({ status: 'ok', neo4j: expect.stringMatching(/^5\.26\./) });

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output).toContain('HTTP server stopped; closing the database');
    expect(output).toContain('Neo4j stopped');
    expect(output).toMatch(/\[paradiplomacy\] stopped/);
  }, 180_000);
});
