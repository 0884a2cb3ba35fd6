/**
 * One thing wrong with an import: where (file, line, column) and why.
 * `line` is the physical line of the file where the record starts (the CSV
 * header is line 1); `column` is the column's (or JSON field's) name and
 * `columnNumber` its 1-based position in a CSV header.
 */
export interface ImportProblem {
  file: string;
  line?: number;
  column?: string;
  columnNumber?: number;
  reason: string;
}

/** `contacts.csv:14: column 4 "date": month must be 01..12, received "2011-13-02"`. */
export function formatProblem(problem: ImportProblem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  const column =
    problem.column === undefined
      ? ''
      : problem.columnNumber === undefined
        ? ` field "${problem.column}"`
        : ` column ${problem.columnNumber} "${problem.column}"`;
  return `${where}:${column} ${problem.reason}`;
}

/** Orders problems by file (in the order given), then line, then column. */
export function sortProblems(problems: ImportProblem[], fileOrder: readonly string[] = []): ImportProblem[] {
  const rank = (file: string) => {
    const index = fileOrder.indexOf(file);
    return index === -1 ? fileOrder.length : index;
  };
  return [...problems].sort(
    (a, b) =>
      rank(a.file) - rank(b.file) ||
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.columnNumber ?? 0) - (b.columnNumber ?? 0),
  );
}

/** A problem that stops the whole import (unreadable file, unknown column, bad options): nothing is written. */
export class ImportAbortedError extends Error {
  override name = 'ImportAbortedError';

  constructor(readonly problems: ImportProblem[]) {
    super(
      `import stopped with ${problems.length} problem(s); nothing was written:\n` +
        problems
          .slice(0, 50)
          .map((p) => `  ${formatProblem(p)}`)
          .join('\n'),
    );
  }
}
