import { promises as fs } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import neo4j, { type AuthToken } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFreePort, startEmbeddedNeo4j, type EmbeddedNeo4j } from './index.js';

// The first run may resolve ~200 jars from Maven Central and compile the launcher.
const TIMEOUT = 180_000;

// Auth is disabled in the embedded Neo4j. This is what neo4j.auth.none() returns; the driver
// implements none() but neo4j-driver 6's typings omit it. (Any token, or none, is accepted.)
const NO_AUTH: AuthToken = { scheme: 'none', credentials: '' };

async function query<T>(uri: string, cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const driver = neo4j.driver(uri, NO_AUTH, { disableLosslessIntegers: true });
  try {
    const { records } = await driver.executeQuery(cypher, params);
    return records.map((record) => record.toObject() as T);
  } finally {
    await driver.close();
  }
}

describe('embedded Neo4j', () => {
  let dataDir = '';
  let port = 0;
  const running: EmbeddedNeo4j[] = [];
  const start = async (): Promise<EmbeddedNeo4j> => {
    const db = await startEmbeddedNeo4j({ dataDir, boltPort: port });
    running.push(db);
    return db;
  };

  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'embedded-neo4j-test-'));
    port = await findFreePort();
  });

  afterAll(async () => {
    await Promise.all(running.map((db) => db.stop()));
    if (dataDir) await fs.rm(dataDir, { recursive: true, force: true });
  }, 60_000);

  it('starts, answers over Bolt without auth, and keeps data across a restart', async () => {
    const first = await start();
    expect(first.uri).toBe(`bolt://127.0.0.1:${port}`);
    expect(first.version).toMatch(/^5\.26\./);
    expect(first.pid).toBeGreaterThan(0);

    expect(await query<{ one: number }>(first.uri, 'RETURN 1 AS one')).toEqual([{ one: 1 }]);
    await query(first.uri, 'CREATE (:Probe {name: $name})', { name: 'persisted' });

    await first.stop();
    await first.stop(); // idempotent
    expect(await first.exited).toBe(143); // 128 + SIGTERM, after the clean shutdown hook

    const second = await start(); // same dir, same port
    expect(await query<{ name: string }>(second.uri, 'MATCH (p:Probe) RETURN p.name AS name')).toEqual([
      { name: 'persisted' },
    ]);
    await second.stop();
  }, TIMEOUT);

  it('rejects quickly, naming the port, when the Bolt port is taken', async () => {
    const blocker = net.createServer();
    const takenPort = await new Promise<number>((resolve) => {
      blocker.listen(0, '127.0.0.1', () => resolve((blocker.address() as net.AddressInfo).port));
    });
    try {
      const otherDir = path.join(dataDir, 'second');
      const started = Date.now();
      await expect(startEmbeddedNeo4j({ dataDir: otherDir, boltPort: takenPort })).rejects.toThrow(
        new RegExp(`Bolt port ${takenPort} on 127\\.0\\.0\\.1 is already in use`),
      );
      expect(Date.now() - started).toBeLessThan(30_000);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  }, TIMEOUT);
});
