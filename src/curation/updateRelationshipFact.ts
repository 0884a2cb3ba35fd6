import type { Viewer } from '../auth/index.js';
import { createAuditEntry, relationshipFactById } from '../cypher/curation/index.js';
import type { Database, QueryStats } from '../db/Database.js';
import { BadUserInputError, NotFoundError } from '../errors/index.js';
import type { RelElement } from '../import/planImport.js';
import { updateRelationships } from '../import/importCypher.js';
import { changedProps, mergeProps } from '../import/storedProps.js';
import type { EdgeRow } from '../model/records.js';
import { auditRecord } from '../domain/auditRecord.js';
import type { RelationshipFactKind } from './curatedKinds.js';
import { toRowFields, type CitationInput, type InputFields } from './CurationInput.js';
import { planCuratedRow } from './planCuratedRow.js';
import { readFact } from './readFact.js';
import { runCountedWrites } from '../import/writeImport.js';
import type { WriteOutcome } from './WriteOutcome.js';

/**
 * Corrects a stored relationship fact by id: the stored fact, as an import
 * row, overlaid with the patch, is checked like an import row; the changed
 * properties and the patch's citation are written to that relationship (by
 * id, so a corrected date keeps the fact's identity) with an audit entry, in
 * one transaction. NOT_FOUND for an unknown or retracted id; BAD_USER_INPUT
 * for an id of another type, a bad patch, or a correction that would make
 * the fact the same as another stored one (same natural key).
 */
export async function updateRelationshipFact(
  db: Database,
  viewer: Viewer,
  operation: string,
  kind: RelationshipFactKind,
  id: string,
  patch: InputFields,
  citation: CitationInput,
  stats?: QueryStats,
): Promise<WriteOutcome> {
  const stored = await findStored(db, operation, kind, id, stats);
  const fields: Record<string, unknown> = { [kind.endpoints[0]]: stored.from, [kind.endpoints[1]]: stored.to };
  for (const [column, prop] of Object.entries(kind.columns)) {
    if (stored.props[prop] !== undefined && stored.props[prop] !== null) fields[column] = stored.props[prop];
  }
  const fact = await planCuratedRow(db, operation, kind.kind, { ...fields, ...toRowFields(patch, citation) });
  const element = fact.elements[0] as RelElement;
  const matched = fact.ids?.[0];
  if (fact.status !== 'created' && matched !== id) {
    throw new BadUserInputError(`${operation}: the corrected fact would be the same as ${matched} (same natural key); retract one of them instead`, {
      argument: 'input',
      conflictsWith: matched,
    });
  }
  const next = mergeProps(stored.props, id, element.fields, element.cites);
  const changes = changedProps(stored.props, next);
  if (Object.keys(changes).length === 0) return { status: 'UNCHANGED', fact: { ...stored, element: 'rel' }, auditEntry: null };
  const entry = auditRecord(viewer, operation, id, 'UPDATED', { id, ...patch, citation }, new Date().toISOString());
  await db.writeTransaction(
    (run) =>
      runCountedWrites(run, [
        { query: updateRelationships(kind.type, [{ id, from: stored.from, to: stored.to, changes }]), expected: 1, what: `${kind.type} relationship` },
        { query: createAuditEntry(entry), expected: 1, what: 'audit entry' },
      ]),
    stats,
  );
  const after = await readFact(db, id, false, stats);
  if (!after) throw new Error(`${operation}: ${id} is missing right after it was updated`);
  return { status: 'UPDATED', fact: after, auditEntry: entry };
}

async function findStored(db: Database, operation: string, kind: RelationshipFactKind, id: string, stats?: QueryStats): Promise<EdgeRow> {
  const prefix = `${kind.type.toLowerCase().replace(/_/g, '-')}:`;
  if (!id.startsWith(prefix)) {
    throw new BadUserInputError(`${operation} expects the id of a ${kind.type} relationship (${prefix}…), received "${id}"`, { argument: 'id' });
  }
  const [row] = await db.executeRead<{ edge: EdgeRow }>(relationshipFactById(kind.type, id, true), stats);
  if (!row) throw new NotFoundError(`${operation}: no ${kind.type} relationship has the id "${id}"`, { argument: 'id' });
  if (row.edge.type !== kind.type) {
    throw new NotFoundError(`${operation}: ${id} was retracted (${String(row.edge.props.retractedAt)}, by ${String(row.edge.props.retractedBy)}); create the fact anew instead`, {
      argument: 'id',
    });
  }
  return row.edge;
}
