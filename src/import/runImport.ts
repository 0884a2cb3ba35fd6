import path from 'node:path';
import { acquireWriteLock } from '../cypher/curation/acquireWriteLock.js';
import { createAuditEntry } from '../cypher/curation/createAuditEntry.js';
import { auditRecord } from '../domain/auditRecord.js';
import type { Database } from '../db/Database.js';
import { formatProblem, sortProblems, type ImportProblem } from './ImportProblem.js';
import { IMPORT_KINDS, type ImportKind } from './importKinds.js';
import { planImport, type KindCounts, type PlanOptions } from './planImport.js';
import { silentProgress } from './progress.js';
import { writeRejectsFile } from './rejectsFile.js';
import { writeImport, type WriteResult } from './writeImport.js';

/** The audit trail's `targetId` of bulk imports (they write many facts): `auditTrail(targetId: "bulk-import")`. */
export const IMPORT_AUDIT_TARGET = 'bulk-import';

export interface ImportOptions extends PlanOptions {
  /** Write the valid rows even when some are rejected (and write the rejects to a file). */
  skipInvalid?: boolean;
  /** Report what would change; write nothing. */
  dryRun?: boolean;
  /** Facts per write transaction (default 5000). */
  batchSize?: number;
  /** Where to write rejected rows with their reasons (default with --skip-invalid: `<first file>.rejects.csv`). */
  rejectsFile?: string;
  /** Timeout of each write transaction. */
  writeTimeoutMs?: number;
  /** Who runs the import, for the audit trail (default `import`). */
  actor?: string;
}

/**
 * - `written`: the valid rows were written (with skipInvalid, rejected rows were left out);
 * - `rejected`: some rows were bad, so nothing was written;
 * - `dry-run`: nothing was written, as asked.
 */
export type ImportOutcome = 'written' | 'rejected' | 'dry-run';

export interface ImportResult {
  outcome: ImportOutcome;
  files: string[];
  rowsRead: number;
  rejectedRows: number;
  /** Every problem, sorted by file, line and column. */
  problems: ImportProblem[];
  byKind: Record<ImportKind, KindCounts>;
  totals: { created: number; updated: number; unchanged: number };
  write?: WriteResult;
  rejectsFile?: string;
  seconds: { check: number; total: number; read: number; resolve: number; compare: number };
}

/** The default rejects file: beside the first input, `<name>.rejects.csv` (or `.jsonl` for JSON Lines input). */
export function defaultRejectsFile(firstFile: string): string {
  const ext = path.extname(firstFile);
  const base = firstFile.slice(0, firstFile.length - ext.length);
  return `${base}.rejects${/\.(jsonl|ndjson)$/i.test(ext) ? '.jsonl' : '.csv'}`;
}

/** The name of the database-wide lock an import holds while it plans and writes (acquireWriteLock). */
export const IMPORT_LOCK = 'import';

/**
 * The bulk import: validates every row of the files, resolves names, compares
 * with the database, and then (unless a dry run, or rows were bad and
 * skipInvalid is off) writes what is new or changed in batches. Importing the
 * same files again changes nothing.
 *
 * Imports run one at a time per database, across processes: an import plans
 * against what is stored and then writes, so two at once would both plan to
 * create the same new facts (the second's batch is then refused by a
 * uniqueness constraint, half-written). Each holds the database lock
 * IMPORT_LOCK from planning to its last batch (Database.withLock, with no
 * time limit); one started meanwhile waits for it, and says so through
 * `progress.note`. A dry run writes nothing and takes no lock.
 */
export async function runImport(db: Database, options: ImportOptions): Promise<ImportResult> {
  if (options.dryRun) return planAndWrite(db, options);
  const progress = options.progress ?? silentProgress;
  return db.withLock(acquireWriteLock(IMPORT_LOCK), () => planAndWrite(db, options), {
    holdMs: 0,
    onWait: () => progress.note('waiting for another import into this database to finish (imports run one at a time) ...'),
  });
}

/** runImport once the lock is held (or for a dry run). */
async function planAndWrite(db: Database, options: ImportOptions): Promise<ImportResult> {
  const startedAt = Date.now();
  const plan = await planImport(db, options);
  const checkSeconds = (Date.now() - startedAt) / 1000;
  const problems = sortProblems(plan.problems, plan.files);
  const totals = { created: 0, updated: 0, unchanged: 0 };
  for (const fact of plan.facts) totals[fact.status] += 1;

  let rejectsFile = options.rejectsFile;
  if (!rejectsFile && options.skipInvalid && plan.rejected.length > 0 && !options.dryRun && options.files[0]) {
    rejectsFile = defaultRejectsFile(options.files[0]);
  }
  if (rejectsFile && plan.rejected.length > 0) await writeRejectsFile(rejectsFile, plan.rejected);

  let outcome: ImportOutcome;
  let write: WriteResult | undefined;
  if (options.dryRun) outcome = 'dry-run';
  else if (problems.length > 0 && !options.skipInvalid) outcome = 'rejected';
  else {
    // Every write is on the audit trail. An import's batches are separate transactions: its STARTED entry
    // commits with the first batch (so a killed import's batches are never unaccounted for), its WRITTEN
    // entry after the last. Both carry the same counts: what the run set out to write, and then wrote.
    const entry = (status: 'STARTED' | 'WRITTEN') =>
      createAuditEntry(
        auditRecord({ name: options.actor ?? 'import', role: 'import' }, 'import', IMPORT_AUDIT_TARGET, status, {
          files: plan.files.map((f) => path.basename(f)),
          ...totals,
          rejected: plan.rejected.length,
        }, new Date().toISOString()),
      );
    const writes = totals.created + totals.updated > 0;
    write = await writeImport(db, plan.facts, {
      batchSize: options.batchSize,
      progress: options.progress ?? silentProgress,
      timeoutMs: options.writeTimeoutMs,
      withFirstBatch: writes ? [{ query: entry('STARTED'), expected: 1, what: 'audit entry' }] : [],
    });
    outcome = 'written';
    if (writes) await db.executeWrite(entry('WRITTEN'));
  }
  return {
    outcome,
    files: plan.files,
    rowsRead: plan.rowsRead,
    rejectedRows: plan.rejected.length,
    problems,
    byKind: plan.byKind,
    totals,
    write,
    rejectsFile: rejectsFile && plan.rejected.length > 0 ? rejectsFile : undefined,
    seconds: { check: checkSeconds, total: (Date.now() - startedAt) / 1000, ...plan.phases },
  };
}

/** The report a person reads: problems (at most `maxProblems`), counts per kind, timing. */
export function formatImportReport(result: ImportResult, maxProblems = 100): string[] {
  const lines: string[] = [];
  if (result.problems.length > 0) {
    lines.push(`${result.problems.length} problem(s) in ${result.rejectedRows} row(s):`);
    for (const problem of result.problems.slice(0, maxProblems)) lines.push(`  ${formatProblem(problem)}`);
    if (result.problems.length > maxProblems) {
      lines.push(`  … and ${result.problems.length - maxProblems} more${result.rejectsFile ? ` (all in ${result.rejectsFile})` : ' (use --rejects FILE to get them all)'}`);
    }
  }
  const valid = result.rowsRead - result.rejectedRows;
  lines.push(`${result.rowsRead} row(s) read from ${result.files.length} file(s): ${valid} valid, ${result.rejectedRows} rejected`);
  const { created, updated, unchanged } = result.totals;
  if (result.outcome === 'written') {
    lines.push(`facts created: ${created}, updated: ${updated}, unchanged: ${unchanged}; rows rejected: ${result.rejectedRows}`);
  } else {
    const who = result.outcome === 'dry-run' ? 'the import would' : 'the valid rows would';
    lines.push(`${who} create ${created} fact(s), update ${updated}, leave ${unchanged} unchanged; rows rejected: ${result.rejectedRows}`);
  }
  for (const kind of IMPORT_KINDS) {
    const c = result.byKind[kind];
    if (c.created + c.updated + c.unchanged + c.rejected === 0) continue;
    lines.push(`  ${kind.padEnd(13)} created ${c.created}, updated ${c.updated}, unchanged ${c.unchanged}, rejected ${c.rejected}`);
  }
  if (result.rejectsFile) lines.push(`rejected rows with their reasons: ${result.rejectsFile}`);
  const t = result.seconds;
  lines.push(`checked in ${t.check.toFixed(1)} s (reading and validating ${t.read.toFixed(1)} s, resolving names ${t.resolve.toFixed(1)} s, comparing with the database ${t.compare.toFixed(1)} s)`);
  if (result.write) {
    const rate = result.write.seconds > 0 ? Math.round(result.write.rows / result.write.seconds) : result.write.rows;
    lines.push(
      `wrote ${result.write.facts} fact(s) from ${result.write.rows} row(s) in ${result.write.batches} transaction(s), ${result.write.seconds.toFixed(1)} s (${rate} rows/s); total ${result.seconds.total.toFixed(1)} s`,
    );
  }
  switch (result.outcome) {
    case 'rejected':
      lines.push('nothing was written: fix the rows above, or use --skip-invalid to write the valid rows only');
      break;
    case 'dry-run':
      lines.push('dry run: nothing was written');
      break;
    case 'written':
      if (result.totals.created + result.totals.updated === 0) lines.push('nothing changed');
      break;
  }
  return lines;
}
