import { open } from 'node:fs/promises';
import path from 'node:path';
import readline from 'node:readline';
import { parse } from 'csv-parse';
import type { ImportProblem } from './ImportProblem.js';
import { KNOWN_COLUMNS } from './importKinds.js';

/** Where a row is: the file as the user named it, and the line its record starts on. */
export interface RowRef {
  file: string;
  line: number;
}

/** One record of an import file, before validation. */
export interface RawRecord extends RowRef {
  /** Column (CSV) or field (JSON Lines) -> value as read (CSV: text). */
  fields: Record<string, unknown>;
  /** CSV: the header, shared by the file's records (for column numbers and rejects files). */
  header?: readonly string[];
}

export type FileFormat = 'csv' | 'tsv' | 'jsonl';

/** The format a file's extension names: .csv, .tsv, .jsonl / .ndjson; undefined otherwise. */
export function formatOf(file: string): FileFormat | undefined {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.csv') return 'csv';
  if (ext === '.tsv' || ext === '.tab') return 'tsv';
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  return undefined;
}

/** What reading yields: a record, or a problem (fatal ones stop the file and the import). */
export type ReadEvent = { record: RawRecord } | { problem: ImportProblem; fatal: boolean; record?: RawRecord };

export interface ReadOptions {
  /** Called with the number of bytes read from the file so far (for progress). */
  onBytes?: (bytes: number) => void;
}

/**
 * Streams the records of one CSV/TSV or JSON Lines file. CSV: the first line
 * is the header (every column must be one the import knows, or start with `_`
 * to be ignored); empty lines are skipped; quoted fields may span lines, and
 * each record reports the line it starts on. JSON Lines: one object per line.
 */
export async function* readRecords(file: string, displayName = file, options: ReadOptions = {}): AsyncGenerator<ReadEvent> {
  const format = formatOf(file);
  if (!format) {
    yield { problem: { file: displayName, reason: 'unknown file type: expected .csv, .tsv, .jsonl or .ndjson' }, fatal: true };
    return;
  }
  let handle;
  try {
    handle = await open(file);
  } catch (error) {
    const err = error as NodeJS.ErrnoException;
    yield { problem: { file: displayName, reason: err.code === 'ENOENT' ? 'file not found' : `cannot read: ${err.message}` }, fatal: true };
    return;
  }
  const stream = handle.createReadStream();
  let bytes = 0;
  stream.on('data', (chunk) => {
    bytes += chunk.length;
    options.onBytes?.(bytes);
  });
  try {
    if (format === 'jsonl') yield* readJsonLines(stream, displayName);
    else yield* readCsv(stream, displayName, format === 'tsv' ? '\t' : ',');
  } catch (error) {
    const err = error as NodeJS.ErrnoException;
    const reason = err.code === 'ENOENT' ? 'file not found' : `cannot read: ${err.message}`;
    yield { problem: { file: displayName, reason }, fatal: true };
  } finally {
    stream.destroy();
  }
}

/** The line a CSV record starts on, from the parser's line count at its end and its raw text. */
export function recordStartLine(linesAtEnd: number, raw: string): number {
  const body = raw.replace(/(?:\r\n|\n|\r)$/, '').replace(/^(?:[ \t]*(?:\r\n|\n|\r))+/, '');
  const innerBreaks = body.match(/\r\n|\n|\r/g)?.length ?? 0;
  return linesAtEnd - innerBreaks;
}

async function* readCsv(stream: NodeJS.ReadableStream, file: string, delimiter: string): AsyncGenerator<ReadEvent> {
  const parser = parse({ bom: true, delimiter, info: true, raw: true, skip_empty_lines: true, relax_column_count: true });
  stream.on('error', (error) => parser.destroy(error));
  stream.pipe(parser);
  let header: string[] | undefined;
  try {
    for await (const { record, info, raw } of parser as AsyncIterable<{ record: string[]; info: { lines: number }; raw: string }>) {
      const line = recordStartLine(info.lines, raw);
      if (!header) {
        header = record.map((name) => name.trim());
        const problems = headerProblems(file, header);
        if (problems.length > 0) {
          for (const problem of problems) yield { problem, fatal: true };
          return;
        }
        continue;
      }
      if (record.every((value) => value.trim() === '')) continue; // a line of empty cells, e.g. ",,,"
      const fields: Record<string, unknown> = {};
      header.forEach((name, i) => {
        fields[name] = record[i] ?? '';
      });
      if (record.length !== header.length) {
        if (record.length > header.length) fields._extra = record.slice(header.length).join(delimiter);
        yield {
          problem: { file, line, reason: `has ${record.length} fields, the header has ${header.length}` },
          fatal: false,
          record: { file, line, fields, header },
        };
        continue;
      }
      yield { record: { file, line, fields, header } };
    }
  } catch (error) {
    const err = error as Error & { code?: string; lines?: number };
    if (!err.code?.startsWith('CSV_')) throw error;
    yield { problem: { file, line: err.lines, reason: `not valid CSV: ${err.message}` }, fatal: true };
    return;
  }
  if (!header) yield { problem: { file, reason: 'empty file: expected a header line' }, fatal: true };
}

function headerProblems(file: string, header: readonly string[]): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const seen = new Set<string>();
  header.forEach((name, i) => {
    const at = { file, line: 1, column: name, columnNumber: i + 1 };
    if (name === '') problems.push({ ...at, reason: 'empty column name in the header' });
    else if (seen.has(name)) problems.push({ ...at, reason: 'duplicate column name in the header' });
    else if (!name.startsWith('_') && !KNOWN_COLUMNS.has(name)) {
      problems.push({
        ...at,
        reason: `unknown column (columns are: ${[...KNOWN_COLUMNS].join(', ')}; names starting with _ are ignored)`,
      });
    }
    seen.add(name);
  });
  return problems;
}

async function* readJsonLines(stream: NodeJS.ReadableStream, file: string): AsyncGenerator<ReadEvent> {
  const lines = readline.createInterface({ input: stream, crlfDelay: Infinity });
  let failure: Error | undefined;
  stream.on('error', (error) => {
    failure = error;
    lines.close();
  });
  let lineNumber = 0;
  for await (const text of lines) {
    lineNumber += 1;
    const content = (lineNumber === 1 ? text.replace(/^\uFEFF/, '') : text).trim();
    if (content === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(content);
    } catch (error) {
      yield {
        problem: { file, line: lineNumber, reason: `not valid JSON: ${(error as Error).message}` },
        fatal: false,
        record: { file, line: lineNumber, fields: { _raw: content } },
      };
      continue;
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      yield {
        problem: { file, line: lineNumber, reason: 'expected a JSON object on each line' },
        fatal: false,
        record: { file, line: lineNumber, fields: { _raw: content } },
      };
      continue;
    }
    yield { record: { file, line: lineNumber, fields: value as Record<string, unknown> } };
  }
  if (failure) throw failure;
}
