import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { parse } from 'csv-parse/sync';
import { exportGraph } from '../../src/export/graphExport.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { inject } from 'vitest';
import { REPO_ROOT } from '../../src/config/config.js';
import type { Database } from '../../src/db/Database.js';
import { acquireWriteLock } from '../../src/cypher/curation/acquireWriteLock.js';
import { silentProgress } from '../../src/import/progress.js';
import { planImport } from '../../src/import/planImport.js';
import { IMPORT_LOCK, runImport, type ImportOptions } from '../../src/import/runImport.js';
import { ImportWriteError, writeImport } from '../../src/import/writeImport.js';
import { graphFingerprint, type GraphFingerprint } from '../../src/seed/graphFingerprint.js';
import { loadSeedFiles } from '../../src/seed/loadSeedFiles.js';
import { seedDatabase } from '../../src/seed/seedDatabase.js';
import { openSeededGraph, postGraphQL, startTestServer } from '../support/testGraph.js';
import {
  CONTACT_COLUMNS,
  contactRows,
  PERSONS,
  contactsCsv,
  personsCsv,
  removeTestImports,
  sourcesJsonl,
  TEST_SOURCE_ID,
  TEST_SOURCE_URL,
  type ContactRow,
} from './fixtures.js';

/**
 * The bulk import against the real test Neo4j: a researcher's CSV of a few
 * thousand contacts with a few bad rows, the error report, the fix, no
 * duplicates on a second load, the facts in the API with their sources,
 * --skip-invalid, --dry-run, and the CLI. Everything written here is under
 * `test-import` ids and sources and is removed afterwards (checked: the graph
 * is back to its fingerprint before the tests).
 */

const dir = mkdtempSync(path.join(os.tmpdir(), 'import-test-'));
const file = (name: string, content: string) => {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
};
const sourcesFile = file('sources.jsonl', sourcesJsonl());
const personsFile = file('persons.csv', personsCsv());

const blank: ContactRow = Object.fromEntries(CONTACT_COLUMNS.map((c) => [c, ''])) as ContactRow;
const row = (values: Partial<ContactRow>): ContactRow => ({ ...blank, source: TEST_SOURCE_URL, ...values });

/** Bad rows (dated 2004, outside the generated 2005–2015, so their keys are unique) and their corrections. */
const BAD: Array<{ bad: ContactRow; fixed: ContactRow }> = [
  {
    bad: row({ kind: 'visit', person: 'Timur Gabdullin', country: 'TR', date: '2004-13-02' }),
    fixed: row({ kind: 'visit', person: 'Timur Gabdullin', country: 'TR', date: '2004-12-02' }),
  },
  {
    bad: row({ kind: 'visit', person: 'Ilya Sharipov', country: 'XZ', date: '2004-03-01' }),
    fixed: row({ kind: 'visit', person: 'Ilya Sharipov', country: 'UZ', date: '2004-03-01' }),
  },
  {
    bad: row({ kind: 'meeting', person: 'Oleg Yakovlev', counterpart: 'DE', date: '2004-04-01', source: '' }),
    fixed: row({ kind: 'meeting', person: 'Oleg Yakovlev', counterpart: 'DE', date: '2004-04-01' }),
  },
  {
    bad: row({ kind: 'visit', person: 'Rustam Minikhanov', country: 'KZ', date: '2004-05-01' }),
    fixed: row({ kind: 'visit', person: 'Marat Zakirov', country: 'KZ', date: '2004-05-01' }),
  },
  {
    bad: row({ kind: 'meeting', person: 'Denis Belousov', counterpart: 'Congo', date: '2004-06-01' }),
    fixed: row({ kind: 'meeting', person: 'Denis Belousov', counterpart: 'country:CG', date: '2004-06-01' }),
  },
  {
    bad: row({ kind: 'visit', person: 'Artur Gabdullin', country: 'FI', date: '2004-07-10', end: '2004-07-01' }),
    fixed: row({ kind: 'visit', person: 'Artur Gabdullin', country: 'FI', date: '2004-07-10', end: '2004-07-14' }),
  },
  {
    bad: row({ kind: 'meeting', person: 'Ruslan Sharipov', counterpart: 'Ivan Petrov', date: '2004-08-01' }),
    fixed: row({ kind: 'meeting', person: 'Ruslan Sharipov', counterpart: 'person:test-import-ivan-petrov-kazan', date: '2004-08-01' }),
  },
];
const POSITIONS = [100, 600, 1100, 1600, 2100, 2600, 3000];
const GENERATED = contactRows(3000);

function contactsWith(kind: 'bad' | 'fixed'): ContactRow[] {
  const rows = [...GENERATED];
  BAD.forEach((b, i) => rows.splice(POSITIONS[i]!, 0, b[kind]));
  return rows;
}
/** Line of the i-th bad row (header is line 1). */
const lineOf = (i: number) => POSITIONS[i]! + 2;

const badFile = file('contacts.csv', contactsCsv(contactsWith('bad')));
const fixedFile = file('contacts-fixed.csv', contactsCsv(contactsWith('fixed')));
const FILES = [sourcesFile, personsFile];

let db: Database;
let closeGraph: () => Promise<void>;
let baseline: GraphFingerprint;
const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

beforeAll(async () => {
  const graph = await openSeededGraph(60_000);
  db = graph.db;
  closeGraph = graph.close;
  await removeTestImports(db);
  baseline = await graphFingerprint(db);
});

afterAll(async () => {
  if (db) {
    await removeTestImports(db);
    await seedDatabase(db, loadSeedFiles());
    const after = await graphFingerprint(db);
    await closeGraph();
    rmSync(dir, { recursive: true, force: true });
    // Other test files must find exactly the seed.
    expect(after).toEqual(baseline);
  }
});

const importFiles = (files: string[], options: Partial<ImportOptions> = {}) => runImport(db, { files, ...options });

describe('bulk import of a researcher’s contacts', () => {
  it('reports every bad row precisely (file, line, column, reason) and writes nothing', async () => {
    const result = await importFiles([...FILES, badFile]);
    expect(result.outcome).toBe('rejected');
    expect(result.rowsRead).toBe(1 + 42 + 3007);
    expect(result.rejectedRows).toBe(7);
    const at = (i: number, column: string, columnNumber: number) => ({ file: badFile, line: lineOf(i), column, columnNumber });
    expect(result.problems).toEqual([
      { ...at(0, 'date', 6), reason: 'month must be 01..12, received "2004-13-02"' },
      { ...at(1, 'country', 3), reason: '"XZ" is not an ISO 3166-1 alpha-2 country code of a country in the graph' },
      {
        ...at(2, 'source', 11),
        reason: 'missing: every fact needs a source (a source column, or --source / --source-title for the whole import)',
      },
      {
        ...at(3, 'person', 2),
        reason: expect.stringMatching(/^no Person has the id or exact name "Rustam Minikhanov"; candidates: .*person:rustam-minnikhanov \(Rustam Minnikhanov\)/),
      },
      {
        ...at(4, 'counterpart', 4),
        reason:
          '"Congo" is ambiguous: 2 entities have this name: country:CD (Democratic Republic of the Congo); country:CG (Republic of the Congo); write the id instead',
      },
      { ...at(5, 'end', 7), reason: 'end 2004-07-01 is before date 2004-07-10' },
      {
        ...at(6, 'counterpart', 4),
        reason:
          `"Ivan Petrov" is ambiguous: 2 entities have this name: person:test-import-ivan-petrov-kazan (Ivan Petrov, defined at ${personsFile}:42); ` +
          `person:test-import-ivan-petrov-ufa (Ivan Petrov, defined at ${personsFile}:43); write the id instead`,
      },
    ]);
    // What the valid rows would have done, and that nothing was written.
    expect(result.totals).toEqual({ created: 1 + 42 + 3000, updated: 0, unchanged: 0 });
    expect(await graphFingerprint(db)).toEqual(baseline);
  });

  it('loads the corrected file, and a second load changes nothing (no duplicates)', async () => {
    const first = await importFiles([...FILES, fixedFile], { batchSize: 1000 });
    expect(first.outcome).toBe('written');
    expect(first.problems).toEqual([]);
    expect(first.totals).toEqual({ created: 1 + 42 + 3007, updated: 0, unchanged: 0 });
    expect(first.byKind.visit.created + first.byKind.meeting.created).toBe(3007);
    expect(first.write?.batches).toBe(5); // the 43 entities, then 1000 contacts per transaction
    const loaded = await graphFingerprint(db);
    // 43 entities, and two entries on the audit trail for the import (who ran it, when, what it set out to
    // write and then wrote): STARTED with the first batch, WRITTEN after the last.
    expect(total(loaded.nodes) - total(baseline.nodes)).toBe(45);
    expect((loaded.nodes.AuditEntry ?? 0) - (baseline.nodes.AuditEntry ?? 0)).toBe(2);
    const audit = await db.executeRead<{ entry: Record<string, unknown> }>({
      cypher: `MATCH (e:AuditEntry {operation: 'import'}) RETURN properties(e) AS entry ORDER BY e.at, e.status`,
      params: {},
    });
    expect(audit.map((a) => a.entry.status)).toEqual(['STARTED', 'WRITTEN']);
    for (const { entry } of audit) {
      expect(entry).toMatchObject({ actor: 'import', role: 'import', targetId: 'bulk-import' });
      expect(JSON.parse(String(entry.input))).toEqual({ files: ['sources.jsonl', 'persons.csv', 'contacts-fixed.csv'], created: 3050, updated: 0, unchanged: 0, rejected: 0 });
    }
    expect(loaded.nodes.Person! - baseline.nodes.Person!).toBe(42);
    expect(total(loaded.relationships) - total(baseline.relationships)).toBe(3007);

    const second = await importFiles([...FILES, fixedFile]);
    expect(second.outcome).toBe('written');
    expect(second.totals).toEqual({ created: 0, updated: 0, unchanged: 1 + 42 + 3007 });
    expect(second.write?.facts).toBe(0);
    expect(await graphFingerprint(db)).toEqual(loaded);
  });

  it('updates a fact when a corrected row (same person, counterpart, date) is imported again', async () => {
    const corrected = file('correction.csv', contactsCsv([{ ...BAD[1]!.fixed, purpose: 'trade mission', quote: 'visited Tashkent for a trade mission' }]));
    const result = await importFiles([corrected]);
    expect(result.totals).toEqual({ created: 0, updated: 1, unchanged: 0 });
    const [visit] = await db.executeRead<{ id: string; purpose: string; quotes: string[]; n: number }>({
      cypher: `MATCH (:Person {id: 'person:test-import-07'})-[r:VISITED {start: '2004-03-01'}]->(:Country {code: 'UZ'})
               RETURN r.id AS id, r.purpose AS purpose, r.quotes AS quotes, count(*) AS n`,
      params: {},
    });
    expect(visit).toEqual({
      id: 'visited:test-import-07-uz-2004-03-01',
      purpose: 'trade mission',
      quotes: ['visited Tashkent for a trade mission'],
      n: 1,
    });
    expect((await importFiles([corrected])).totals).toEqual({ created: 0, updated: 0, unchanged: 1 });
  });

  it('shows the new facts in the API with their sources', async () => {
    const server = await startTestServer();
    try {
      const { body } = await postGraphQL(
        server.url,
        `{ person(id: "person:test-import-01") {
             name
             visits(from: "2004", to: "2004") { id country { code } start sources { id title url quote } }
           }
           meeter: person(id: "person:test-import-32") {
             meetings(from: "2004", to: "2004") { counterpart { __typename ... on Person { id name } } start sources { id } }
           } }`,
      );
      expect(body.errors).toBeUndefined();
      expect(body.data.person).toEqual({
        name: 'Timur Gabdullin',
        visits: [
          {
            id: 'visited:test-import-01-tr-2004-12-02',
            country: { code: 'TR' },
            start: '2004-12-02',
            sources: [
              { id: TEST_SOURCE_ID, title: 'Test dataset of governors’ contacts (generated for the import tests)', url: TEST_SOURCE_URL, quote: null },
            ],
          },
        ],
      });
      expect(body.data.meeter.meetings).toEqual([
        {
          counterpart: { __typename: 'Person', id: 'person:test-import-ivan-petrov-kazan', name: 'Ivan Petrov' },
          start: '2004-08-01',
          sources: [{ id: TEST_SOURCE_ID }],
        },
      ]);
    } finally {
      await server.close();
    }
  });

  it('issue #4: corrects an imported visit through updateVisit with an editor token, and the export carries the correction and its audit entry', async () => {
    const tokens = { editor: 'editor-token-0123456789abcdef', reader: 'reader-token-0123456789abcdef' };
    const server = await startTestServer({
      auth: {
        readAccess: 'open',
        tokens: [
          { name: 'test-editor', role: 'editor', token: tokens.editor },
          { name: 'test-reader', role: 'reader', token: tokens.reader },
        ],
      },
    });
    const visitId = 'visited:test-import-01-tr-2004-12-02';
    const correction = `mutation Correct($id: ID!, $input: VisitPatch!) {
      updateVisit(id: $id, input: $input) {
        status
        fact { id type from to properties sources { id quote } }
        auditEntry { actor role operation targetId status }
      } }`;
    const variables = {
      id: visitId,
      input: { end: '2004-12-05', purpose: 'Trade talks', citation: { source: TEST_SOURCE_ID, quote: 'stayed until 5 December' } },
    };
    const post = (token?: string) =>
      fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query: correction, variables }),
      }).then(async (res) => ({ status: res.status, body: (await res.json()) as { data?: any; errors?: Array<{ extensions?: { code?: string } }> } }));
    try {
      const before = await graphFingerprint(db);
      expect((await post()).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect((await post(tokens.reader)).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(await graphFingerprint(db)).toEqual(before);

      const { status, body } = await post(tokens.editor);
      expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
      expect(status).toBe(200);
      expect(body.data.updateVisit).toMatchObject({
        status: 'UPDATED',
        fact: {
          id: visitId,
          type: 'VISITED',
          from: 'person:test-import-01',
          to: 'country:TR',
          properties: { start: '2004-12-02', end: '2004-12-05', purpose: 'Trade talks' },
          sources: [{ id: TEST_SOURCE_ID, quote: 'stayed until 5 December' }],
        },
        auditEntry: { actor: 'test-editor', role: 'editor', operation: 'updateVisit', targetId: visitId, status: 'UPDATED' },
      });
      // The same correction again changes nothing and writes no audit entry.
      const again = await post(tokens.editor);
      expect(again.body.data.updateVisit).toMatchObject({ status: 'UNCHANGED', auditEntry: null });

      const { body: read } = await postGraphQL(server.url, `{ person(id: "person:test-import-01") { visits(from: "2004", to: "2004") { id end purpose } } }`);
      expect(read.data.person.visits).toEqual([{ id: visitId, end: '2004-12-05', purpose: 'Trade talks' }]);

      // The whole graph back out: the corrected visit and the audit entry are in the export.
      const exportFile = path.join(dir, 'after-correction.jsonl');
      const out = createWriteStream(exportFile);
      await exportGraph(db, out);
      out.end();
      await finished(out);
      const records = readFileSync(exportFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, any>);
      const visit = records.find((r) => r.record === 'relationship' && r.properties.id === visitId);
      expect(visit).toMatchObject({ type: 'VISITED', from: 'person:test-import-01', to: 'country:TR' });
      expect(visit?.properties).toMatchObject({ end: '2004-12-05', purpose: 'Trade talks', quotes: ['stayed until 5 December'] });
      const audit = records.filter((r) => r.record === 'node' && r.labels.includes('AuditEntry') && r.properties.targetId === visitId);
      expect(audit).toHaveLength(1);
      expect(audit[0]?.properties).toMatchObject({ actor: 'test-editor', operation: 'updateVisit' });
      expect(JSON.stringify(records)).not.toContain(tokens.editor);
    } finally {
      await server.close();
    }
  });

  it('--skip-invalid writes the good rows and the rejects (with reasons) to a file that imports again once fixed', async () => {
    const rows = [
      row({ kind: 'visit', person: 'Pavel Belousov', country: 'DE', date: '2004-09-01' }),
      row({ kind: 'visit', person: 'Pavel Belousov', country: 'DE', date: '2004-02-30' }),
      row({ kind: 'meeting', person: 'Pavel Belousov', counterpart: 'Türksoy', date: '2004-09-02' }),
      row({ kind: 'meeting', person: 'Pavel Belousov', counterpart: 'Nobody Atall', date: '2004-09-03' }),
      row({ kind: 'visit', person: 'Павел Белоусов', country: 'Германия', date: '2004-09-05' }),
    ];
    const input = file('skip.csv', contactsCsv(rows));
    const rejects = path.join(dir, 'skip.rejects.csv');
    const result = await importFiles([input], { skipInvalid: true, rejectsFile: rejects });
    expect(result.outcome).toBe('written');
    expect(result.totals).toEqual({ created: 3, updated: 0, unchanged: 0 });
    expect(result.rejectedRows).toBe(2);
    expect(result.rejectsFile).toBe(rejects);

    const written = parse(readFileSync(rejects, 'utf8'), { columns: true }) as Array<Record<string, string>>;
    expect(written.map((r) => [r._file, r._line, r._errors, r.person, r.counterpart, r.date])).toEqual([
      [input, '3', 'column 6 "date" day must be 01..29 for 2004-02, received "2004-02-30"', 'Pavel Belousov', '', '2004-02-30'],
      [input, '5', expect.stringMatching(/^column 4 "counterpart" no Person, Diaspora, Organisation or Country has the id, ISO code or exact name "Nobody Atall"/), 'Pavel Belousov', 'Nobody Atall', '2004-09-03'],
    ]);

    // Fix the rejects file in place and import it as it is: the _ columns are ignored.
    const fixedRejects = readFileSync(rejects, 'utf8').replaceAll('2004-02-30', '2004-02-28').replaceAll('Nobody Atall', 'Abdullah II');
    writeFileSync(rejects, fixedRejects);
    const again = await importFiles([rejects]);
    expect(again.problems).toEqual([]);
    expect(again.totals).toEqual({ created: 2, updated: 0, unchanged: 0 });
  });

  it('--dry-run reports what would change and writes nothing', async () => {
    const before = await graphFingerprint(db);
    const input = file('dry.csv', contactsCsv([
      row({ kind: 'visit', person: 'Timur Gabdullin', country: 'TR', date: '2004-12-02', purpose: 'a correction' }),
      row({ kind: 'visit', person: 'Timur Gabdullin', country: 'AZ', date: '2004-10-01' }),
      row({ kind: 'meeting', person: 'Timur Gabdullin', counterpart: 'AZ', date: '2004-10-02' }),
      row({ kind: 'visit', person: 'Timur Gabdullin', country: 'UZ', date: '2004-03-02' }),
    ]));
    const result = await importFiles([input], { dryRun: true });
    expect(result.outcome).toBe('dry-run');
    expect(result.totals).toEqual({ created: 3, updated: 1, unchanged: 0 });
    expect(result.write).toBeUndefined();
    expect(await graphFingerprint(db)).toEqual(before);
  });

  it('names an entity of the wrong kind, and rejects a row without any source', async () => {
    const input = file('kinds.csv', contactsCsv([
      row({ kind: 'visit', person: 'Timur Gabdullin', country: 'Abdullah II', date: '2004-11-01' }),
      row({ kind: 'visit', person: 'Türkiye', country: 'TR', date: '2004-11-02' }),
      row({ kind: 'visit', person: 'Timur Gabdullin', country: 'TR', date: '2004-11-03', source: 'source:test-import-missing' }),
    ]));
    const result = await importFiles([input]);
    expect(result.problems.map((p) => [p.line, p.column, p.reason])).toEqual([
      [2, 'country', '"Abdullah II" names a Person, person:abdullah-ii (Abdullah II); expected a Country or Area'],
      [3, 'person', '"Türkiye" names a Country, country:TR (Türkiye); expected a Person'],
      [4, 'source', 'unknown id "source:test-import-missing"'],
    ]);
  });

  it('rejects rows that depend on rejected rows, pointing at them', async () => {
    const persons = file('bad-persons.csv', [
      'kind,id,name,outsider,source',
      `person,person:test-import-lev-testov,Lev Testov,maybe,${TEST_SOURCE_ID}`,
      'person,person:test-import-lev-goodov,Lev Goodov,,https://example.org/test-import/bad-source',
    ].join('\n'));
    const sources = file('bad-sources.jsonl', '{"kind":"source","id":"source:test-import-bad","title":"Bad","url":"https://example.org/test-import/bad-source","type":"NEWSPAPER"}\n');
    const contacts = file('dependent.csv', contactsCsv([
      row({ kind: 'visit', person: 'Lev Testov', country: 'TR', date: '2004-01-01', source: TEST_SOURCE_ID }),
      row({ kind: 'visit', person: 'Lev Goodov', country: 'TR', date: '2004-01-01', source: TEST_SOURCE_ID }),
    ]));
    const result = await importFiles([persons, sources, contacts], { dryRun: true });
    expect(result.problems.map((p) => `${path.basename(p.file)}:${p.line} ${p.column}: ${p.reason.replaceAll(dir + path.sep, '')}`)).toEqual([
      'bad-persons.csv:2 outsider: expected true or false (or yes/no, 1/0), received "maybe"',
      'bad-persons.csv:3 source: "https://example.org/test-import/bad-source" is defined at bad-sources.jsonl:1, but that row was rejected',
      'bad-sources.jsonl:1 type: Invalid option: expected one of "ARTICLE"|"REFERENCE"|"STANDARD"|"PACKAGE", received "NEWSPAPER"',
      'dependent.csv:2 person: "Lev Testov" is defined at bad-persons.csv:2, but that row was rejected',
      'dependent.csv:3 person: refers to person:test-import-lev-goodov, defined at bad-persons.csv:3, which was rejected',
    ]);
  });

  it('takes one source for the whole file from the command line', async () => {
    const input = file('cli-source.csv', contactsCsv([row({ kind: 'visit', person: 'Ilya Yakovlev', country: 'HU', date: '2004-01-15', source: '' })]));
    const result = await importFiles([input], { source: TEST_SOURCE_ID });
    expect(result.totals).toEqual({ created: 1, updated: 0, unchanged: 0 });
    const none = await importFiles([file('no-source.csv', contactsCsv([row({ kind: 'visit', person: 'Ilya Yakovlev', country: 'HU', date: '2004-01-16', source: '' })]))]);
    expect(none.problems[0]).toMatchObject({ line: 2, column: 'source', reason: expect.stringContaining('every fact needs a source') });
  });

  describe('one import at a time', () => {
    /** `count` visits to Türkiye on consecutive days from `from` (before the generated 2005–2015: new keys). */
    const visitRows = (from: string, count: number) =>
      Array.from({ length: count }, (_, i) => {
        const day = new Date(Date.parse(`${from}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10);
        return row({ kind: 'visit', person: PERSONS[i % PERSONS.length]!.name, country: 'TR', date: day });
      });
    const visitsFile = (name: string, from: string, count: number) => file(name, contactsCsv(visitRows(from, count)));
    const importedVisits = async (from: string, to: string) =>
      (
        await db.executeRead<{ n: number }>({
          cypher: `MATCH (:Person)-[v:VISITED]->(:Country {id: 'country:TR'}) WHERE v.start >= $from AND v.start <= $to AND $source IN v.sourceIds RETURN count(v) AS n`,
          params: { from, to, source: TEST_SOURCE_ID },
        })
      )[0]!.n;

    it('writes each fact once when the same files are imported twice at the same moment', async () => {
      const input = visitsFile('twice-at-once.csv', '2003-01-01', 300);
      const results = await Promise.all([importFiles([...FILES, input], { batchSize: 50 }), importFiles([...FILES, input], { batchSize: 50 })]);
      // One plans and writes, the other plans after it and finds everything stored.
      expect(results.map((r) => r.outcome)).toEqual(['written', 'written']);
      expect(results.map((r) => r.byKind.visit.created).sort((a, b) => a - b)).toEqual([0, 300]);
      expect(await importedVisits('2003-01-01', '2003-12-31')).toBe(300);
    });

    it('waits while another import holds the lock, saying so, and writes once it is released', async () => {
      const input = visitsFile('waits.csv', '2002-01-01', 20);
      const notes: string[] = [];
      let run: Promise<Awaited<ReturnType<typeof importFiles>>> | undefined;
      await db.withLock(acquireWriteLock(IMPORT_LOCK), async () => {
        run = importFiles([...FILES, input], { progress: { ...silentProgress, note: (message) => notes.push(message) } });
        await vi.waitFor(() => expect(notes).toContain('waiting for another import into this database to finish (imports run one at a time) ...'), { timeout: 10_000 });
        expect(await importedVisits('2002-01-01', '2002-12-31')).toBe(0);
      });
      const result = await run!;
      expect(result.byKind.visit.created).toBe(20);
      expect(await importedVisits('2002-01-01', '2002-12-31')).toBe(20);
    });

    it('says what to do when another writer stored one of its new facts between its comparison and its batch', async () => {
      const input = visitsFile('overtaken.csv', '2000-01-01', 30);
      const plan = await planImport(db, { files: [...FILES, input] });
      expect(plan.byKind.visit.created).toBe(30);
      // Meanwhile one of those visits is stored (here by a one-row import; a curated createVisit does the same).
      const overtaking = await importFiles([...FILES, file('overtaking.csv', contactsCsv(visitRows('2000-01-01', 30).slice(10, 11)))]);
      expect(overtaking.byKind.visit.created).toBe(1);
      const refused = writeImport(db, plan.facts, { batchSize: 10 });
      await expect(refused).rejects.toThrow(ImportWriteError);
      await expect(refused).rejects.toThrow(/already exists with type `VISITED`.*Run the import again to complete it\./s);
      // The re-run completes it: each visit once.
      const again = await importFiles([...FILES, input]);
      expect(again.byKind.visit.created + again.byKind.visit.unchanged).toBe(30);
      expect(again.byKind.visit.created).toBeGreaterThan(0);
      expect(await importedVisits('2000-01-01', '2000-12-31')).toBe(30);
    });

    it('takes no lock for a dry run', async () => {
      const input = visitsFile('dry-while-locked.csv', '2001-01-01', 5);
      const result = await db.withLock(acquireWriteLock(IMPORT_LOCK), () => importFiles([...FILES, input], { dryRun: true }));
      expect(result.byKind.visit.created).toBe(5);
      expect(await importedVisits('2001-01-01', '2001-12-31')).toBe(0);
    });
  });

  it('keeps the sample files that the README "Bulk import" section lists valid (dry run of seed/samples)', async () => {
    const samples = path.join(REPO_ROOT, 'seed', 'samples');
    const files = readdirSync(samples).map((f) => path.join(samples, f));
    const result = await importFiles(files, { dryRun: true });
    expect(result.problems).toEqual([]);
    for (const kind of Object.keys(result.byKind) as Array<keyof typeof result.byKind>) {
      expect(result.byKind[kind].created, kind).toBeGreaterThanOrEqual(1);
    }
  });
});

describe('npm run import (the command line)', () => {
  const cli = (args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'src', 'bin', 'import.ts'), ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, NEO4J_URI: inject('neo4jUri') },
      encoding: 'utf8',
      timeout: 120_000,
    });

  it('prints the report and exits 1 when rows are bad, writing nothing', async () => {
    const before = await graphFingerprint(db);
    const run = cli([sourcesFile, personsFile, badFile]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`${badFile}:${lineOf(0)}: column 6 "date" month must be 01..12, received "2004-13-02"`);
    expect(run.stdout).toContain('nothing was written');
    expect(await graphFingerprint(db)).toEqual(before);
  });

  it('dry-runs and imports, exiting 0', async () => {
    const input = file('cli.csv', contactsCsv([row({ kind: 'visit', person: 'Ilya Zakirov', country: 'JO', date: '2004-02-02', source: '' })]));
    const dry = cli(['--dry-run', '--source', TEST_SOURCE_ID, input]);
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain('the import would create 1 fact(s), update 0, leave 0 unchanged');
    const real = cli(['--source', TEST_SOURCE_ID, '--batch-size', '10', input]);
    expect(real.status).toBe(0);
    expect(real.stdout).toContain('facts created: 1, updated: 0, unchanged: 0');
    const usage = cli(['--kind', 'nonsense', input]);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('unknown --kind "nonsense"');
  });
});
