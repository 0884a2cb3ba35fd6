import { writeFile } from 'node:fs/promises';
import { stringify } from 'csv-stringify/sync';
import { formatProblem, type ImportProblem } from './ImportProblem.js';
import type { RawRecord } from './readRecords.js';

export interface RejectedRow {
  record: RawRecord;
  problems: ImportProblem[];
}

/** One problem, without the file and line (the rejects file has its own columns for those). */
function reasonText(problem: ImportProblem): string {
  return formatProblem({ ...problem, file: '', line: undefined }).replace(/^:\s*/, '');
}

/**
 * Writes rejected rows with their reasons, so they can be corrected and
 * imported again: JSON Lines when the name ends in .jsonl/.ndjson (each
 * original object plus `_file`, `_line`, `_errors`), CSV otherwise (`_file`,
 * `_line`, `_errors` and then the original columns). The importer ignores
 * columns starting with `_`, so a corrected rejects file imports as it is.
 */
export async function writeRejectsFile(file: string, rejected: readonly RejectedRow[]): Promise<void> {
  const rows = [...rejected]
    .sort((a, b) => a.record.file.localeCompare(b.record.file) || a.record.line - b.record.line)
    .map(({ record, problems }) => ({ record, problems: [...problems].sort((a, b) => (a.columnNumber ?? 0) - (b.columnNumber ?? 0)) }));
  if (/\.(jsonl|ndjson)$/i.test(file)) {
    const lines = rows.map(({ record, problems }) =>
      JSON.stringify({
        ...record.fields,
        _file: record.file,
        _line: record.line,
        _errors: problems.map((p) => ({ column: p.column ?? null, reason: p.reason })),
      }),
    );
    await writeFile(file, lines.length > 0 ? `${lines.join('\n')}\n` : '');
    return;
  }
  const columns: string[] = [];
  const seen = new Set<string>();
  for (const { record } of rows) {
    for (const name of record.header ?? Object.keys(record.fields)) {
      if (!seen.has(name)) {
        seen.add(name);
        columns.push(name);
      }
    }
  }
  const header = ['_file', '_line', '_errors', ...columns];
  const body = rows.map(({ record, problems }) => [
    record.file,
    String(record.line),
    problems.map(reasonText).join(' | '),
    ...columns.map((c) => {
      const value = record.fields[c];
      if (value === undefined || value === null) return '';
      if (Array.isArray(value)) return value.join('; ');
      return typeof value === 'object' ? JSON.stringify(value) : String(value);
    }),
  ]);
  await writeFile(file, stringify([header, ...body]));
}
