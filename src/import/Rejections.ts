import type { ImportProblem } from './ImportProblem.js';
import type { RawRecord, RowRef } from './readRecords.js';

export const rowKey = (ref: RowRef) => `${ref.file}\u0000${ref.line}`;

/** Keeps track of rejected rows and their problems. */
export class Rejections {
  readonly problems: ImportProblem[] = [];
  private readonly byRow = new Map<string, { record?: RawRecord; problems: ImportProblem[] }>();
  private readonly records = new Map<string, RawRecord>();
  private readonly rejectedRecords = new Set<RawRecord>();

  /** Remembers a record, so that problems found later (by row reference) can put it in the rejects. */
  register(record: RawRecord): void {
    this.records.set(rowKey(record), record);
  }

  add(problem: ImportProblem, record?: RawRecord): void {
    this.problems.push(problem);
    if (problem.line === undefined) return;
    const key = rowKey({ file: problem.file, line: problem.line });
    const known = record ?? this.records.get(key);
    if (known) this.rejectedRecords.add(known);
    const entry = this.byRow.get(key);
    if (entry) {
      entry.problems.push(problem);
      entry.record ??= known;
    } else {
      this.byRow.set(key, { record: known, problems: [problem] });
    }
  }

  /** A problem on a column of a record (the column number comes from the CSV header). */
  atColumn(record: RawRecord, column: string | undefined, reason: string): void {
    const index = column && record.header ? record.header.indexOf(column) : -1;
    this.add(
      { file: record.file, line: record.line, column, columnNumber: index >= 0 ? index + 1 : undefined, reason },
      record,
    );
  }

  /** Whether a row was rejected (fast for the records read; by file and line otherwise). */
  has(ref: RowRef): boolean {
    if (this.rejectedRecords.has(ref as RawRecord)) return true;
    return this.byRow.size > 0 && this.byRow.has(rowKey(ref));
  }

  get count(): number {
    return this.byRow.size;
  }

  rejectedRows(): Array<{ record: RawRecord; problems: ImportProblem[] }> {
    return [...this.byRow.values()].filter((e): e is { record: RawRecord; problems: ImportProblem[] } => !!e.record);
  }
}
