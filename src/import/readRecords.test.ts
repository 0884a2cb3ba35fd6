import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatOf, readRecords, recordStartLine, type ReadEvent } from './readRecords.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'import-read-'));
function file(name: string, content: string): string {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
}
async function read(p: string): Promise<ReadEvent[]> {
  const events: ReadEvent[] = [];
  for await (const e of readRecords(p, path.basename(p))) events.push(e);
  return events;
}

describe('reading import files', () => {
  it('knows formats by extension', () => {
    expect(formatOf('a.CSV')).toBe('csv');
    expect(formatOf('a.tsv')).toBe('tsv');
    expect(formatOf('a.ndjson')).toBe('jsonl');
    expect(formatOf('a.json')).toBeUndefined();
  });

  it('computes the line a record starts on', () => {
    expect(recordStartLine(2, '1,2,3\n')).toBe(2);
    expect(recordStartLine(5, '\n4,"x\ny",6\n')).toBe(4);
    expect(recordStartLine(7, '9,10\r\n')).toBe(7);
  });

  it('reads CSV records with the line each starts on (BOM, blank lines, quoted line breaks)', async () => {
    const p = file('a.csv', '\uFEFFkind,person,country,purpose\nvisit,A,TR,x\n\nvisit,B,"KZ","two\nlines"\nvisit,C,DE,\n,,,\n');
    const events = await read(p);
    expect(events.map((e) => ('problem' in e ? e : [e.record.line, e.record.fields.person]))).toEqual([
      [2, 'A'],
      [4, 'B'],
      [6, 'C'],
    ]);
    const first = events[0]!;
    expect(!('problem' in first) && first.record.header).toEqual(['kind', 'person', 'country', 'purpose']);
  });

  it('reports a record with the wrong number of fields, and goes on', async () => {
    const events = await read(file('b.csv', 'kind,person\nvisit,A,extra\nvisit,B\n'));
    expect(events[0]).toMatchObject({ problem: { file: 'b.csv', line: 2, reason: 'has 3 fields, the header has 2' }, fatal: false });
    expect(events[1]).toMatchObject({ record: { line: 3 } });
  });

  it('stops at unknown header columns and broken CSV', async () => {
    const unknown = await read(file('c.csv', 'kind,persn,_note\nvisit,A,x\n'));
    expect(unknown).toEqual([
      {
        problem: expect.objectContaining({ file: 'c.csv', line: 1, column: 'persn', columnNumber: 2, reason: expect.stringContaining('unknown column') }),
        fatal: true,
      },
    ]);
    const broken = await read(file('d.csv', 'kind,person\nvisit,"A\n'));
    expect(broken.at(-1)).toMatchObject({ fatal: true, problem: { reason: expect.stringContaining('not valid CSV') } });
    expect(await read(file('e.csv', ''))).toMatchObject([{ fatal: true, problem: { reason: 'empty file: expected a header line' } }]);
    expect(await read(path.join(dir, 'missing.csv'))).toMatchObject([{ fatal: true, problem: { reason: 'file not found' } }]);
  });

  it('reads JSON Lines, reporting bad lines by number', async () => {
    const events = await read(file('f.jsonl', '{"kind":"visit","person":"A"}\n\nnot json\n[1]\n{"kind":"meeting"}\n'));
    expect(events.map((e) => ('problem' in e ? `${e.problem.line}: ${e.problem.reason.split(':')[0]}` : e.record.line))).toEqual([
      1,
      '3: not valid JSON',
      '4: expected a JSON object on each line',
      5,
    ]);
  });
});
