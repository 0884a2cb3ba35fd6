import type { Viewer } from '../auth/index.js';
import { isUniquenessConflict } from '../errors/index.js';
import { createAuditEntry } from '../cypher/curation/index.js';
import type { Database, QueryStats } from '../db/Database.js';
import type { ImportKind } from '../import/importKinds.js';
import { auditRecord } from '../domain/auditRecord.js';
import { toRowFields, type CitationInput, type InputFields } from './CurationInput.js';
import { planCuratedRow } from './planCuratedRow.js';
import { readFact } from './readFact.js';
import { factWriteQueries, runCountedWrites } from '../import/writeImport.js';
import type { WriteOutcome } from './WriteOutcome.js';

/** How many times a create is planned and written when another writer stores the same fact in between. */
const CREATE_ATTEMPTS = 3;

/**
 * Writes one fact as a bulk-import row of `kind` would be written, in one
 * transaction with its audit entry: checked and resolved by the importer
 * (planCuratedRow), matched by natural key (a create of a stored fact
 * updates or leaves it, never duplicates it: the database's uniqueness
 * constraints refuse a second copy written by another API process, and the
 * create is then planned again). Nothing is written, and no audit entry
 * made, when the fact is already stored as given.
 */
export async function createFact(
  db: Database,
  viewer: Viewer,
  operation: string,
  kind: ImportKind,
  input: InputFields,
  citation: CitationInput | null,
  stats?: QueryStats,
): Promise<WriteOutcome> {
  for (let attempt = 1; ; attempt += 1) {
    const fact = await planCuratedRow(db, operation, kind, toRowFields(input, citation));
    const id = fact.ids?.[0];
    if (!id) throw new Error(`${operation}: the planned fact has no id`);
    const status = fact.status === 'created' ? 'CREATED' : fact.status === 'updated' ? 'UPDATED' : 'UNCHANGED';
    const entry =
      status === 'UNCHANGED' ? null : auditRecord(viewer, operation, id, status, { ...input, ...(citation ? { citation } : {}) }, new Date().toISOString());
    if (entry) {
      try {
        await db.writeTransaction(
          (run) => runCountedWrites(run, [...factWriteQueries([fact]), { query: createAuditEntry(entry), expected: 1, what: 'audit entry' }]),
          stats,
        );
      } catch (error) {
        // Another API process stored the same fact between this plan and this write (exclusiveWrite only
        // serialises writes within one process): plan again, against what it stored.
        if (attempt < CREATE_ATTEMPTS && isUniquenessConflict(error)) continue;
        throw error;
      }
    }
    const stored = await readFact(db, id, false, stats);
    if (!stored) throw new Error(`${operation}: ${id} is missing right after it was written`);
    return { status, fact: stored, auditEntry: entry };
  }
}
