import { mkdtemp, readFile, rm, writeFile, cp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../src/config/config.js';
import type { Database } from '../src/db/index.js';
import { graphFingerprint } from '../src/seed/graphFingerprint.js';
import { loadSeedFiles } from '../src/seed/loadSeedFiles.js';
import { seedDatabase } from '../src/seed/seedDatabase.js';
import { SeedValidationError } from '../src/seed/SeedValidationError.js';
import { openSeededGraph } from './support/testGraph.js';

let graph: { db: Database; close(): Promise<void> };

beforeAll(async () => {
  graph = await openSeededGraph();
});
afterAll(async () => {
  await graph?.close();
});

describe('seed', () => {
  it('loads every reference region and country and every seed fact', async () => {
    const data = loadSeedFiles();
    const print = await graphFingerprint(graph.db);
    expect(print.nodes.Region).toBe(83);
    expect(print.nodes.Country).toBe(data.nodes.filter((n) => n.kind === 'Country').length);
    expect(print.nodes.Country).toBeGreaterThanOrEqual(249);
    const relationships = Object.values(print.relationships).reduce((a, b) => a + b, 0);
    expect(relationships).toBe(data.relationships.length);
  });

  it('is idempotent: a second load changes no count and no property', async () => {
    const before = await graphFingerprint(graph.db);
    await seedDatabase(graph.db, loadSeedFiles());
    const after = await graphFingerprint(graph.db);
    expect(after).toEqual(before);
  });

  describe('a bad seed file', () => {
    let dir: string;
    let badRows: { tenure: number; visit: number; appended: number; opposed: number };
    beforeAll(async () => {
      dir = await mkdtemp(path.join(os.tmpdir(), 'bad-seed-'));
      await cp(path.join(REPO_ROOT, 'seed'), dir, { recursive: true });
      const file = path.join(dir, 'relationships.json');
      const rows = JSON.parse(await readFile(file, 'utf8')) as Array<Record<string, unknown>>;
      const tenure = rows.findIndex((r) => r.type === 'GOVERNED');
      const visit = rows.findIndex((r) => r.type === 'VISITED' && String(r.to).startsWith('country:'));
      rows[tenure] = { ...rows[tenure], start: '2010-13' };
      rows[visit] = { ...rows[visit], to: 'country:ZZ' };
      // An opposition naming an attempt that is not one of the opposed company's.
      const opposed = rows.findIndex((r) => r.type === 'OPPOSED');
      rows[opposed] = { ...rows[opposed], attempt: 'attempted-investment:none' };
      badRows = { tenure: tenure + 1, visit: visit + 1, appended: rows.length + 1, opposed: opposed + 1 };
      rows.push({ type: 'VISITED', id: 'visited:nobody', from: 'person:nobody', to: 'country:FR', cite: [] });
      await writeFile(file, JSON.stringify(rows));
    });
    afterAll(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    it('is reported with file, row and reason, and nothing is written', async () => {
      const before = await graphFingerprint(graph.db);
      let error: unknown;
      try {
        await seedDatabase(graph.db, loadSeedFiles(dir));
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(SeedValidationError);
      const problems = (error as SeedValidationError).problems;
      expect(problems).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ file: 'relationships.json', row: badRows.tenure, reason: expect.stringMatching(/start: expected a date/) }),
          expect.objectContaining({ file: 'relationships.json', row: badRows.visit, reason: expect.stringContaining('refers to country:ZZ (Country), which does not exist') }),
          expect.objectContaining({ file: 'relationships.json', row: badRows.appended, reason: 'visited:nobody: cite: every fact cites at least one source' }),
          expect.objectContaining({
            file: 'relationships.json',
            row: badRows.opposed,
            reason: 'opposed:gaz-bogdan: attempt must be the id of an ATTEMPTED_INVESTMENT of org:bogdan, received attempted-investment:none (no such attempt)',
          }),
        ]),
      );
      expect((error as Error).message).toContain('nothing was written');
      expect(await graphFingerprint(graph.db)).toEqual(before);
    });
  });
});
