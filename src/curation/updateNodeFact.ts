import type { Viewer } from '../auth/index.js';
import { labelOfNodeFactId, type NodeFactLabel } from '../cypher/curation/index.js';
import type { Database, QueryStats } from '../db/Database.js';
import { BadUserInputError, NotFoundError } from '../errors/index.js';
import type { ImportKind } from '../import/importKinds.js';
import type { CitationInput, InputFields } from './CurationInput.js';
import { createFact } from './createFact.js';
import { readFact } from './readFact.js';
import type { WriteOutcome } from './WriteOutcome.js';

/**
 * Corrects a stored node fact (statement, diaspora, source) by id: its
 * stored fields, overlaid with the patch, written like an import row with
 * that id (so the node is matched by id and only what changed is written).
 * `base` gives the columns the import row needs besides the node's own
 * properties (a statement's speaker).
 */
export async function updateNodeFact(
  db: Database,
  viewer: Viewer,
  operation: string,
  kind: ImportKind,
  label: NodeFactLabel,
  id: string,
  storedColumns: readonly string[],
  patch: InputFields,
  citation: CitationInput | null,
  base: (stored: Record<string, unknown>) => Promise<Record<string, unknown>> = async () => ({}),
  stats?: QueryStats,
): Promise<WriteOutcome> {
  if (labelOfNodeFactId(id) !== label) {
    throw new BadUserInputError(`${operation} expects the id of a ${label} (${label.toLowerCase()}:…), received "${id}"`, { argument: 'id' });
  }
  const stored = await readFact(db, id, true, stats);
  if (!stored) throw new NotFoundError(`${operation}: no ${label} has the id "${id}"`, { argument: 'id' });
  if (stored.element === 'node' && stored.kind !== label) {
    throw new NotFoundError(`${operation}: ${id} was retracted (${String(stored.props.retractedAt)}, by ${String(stored.props.retractedBy)})`, { argument: 'id' });
  }
  const fields: Record<string, unknown> = { id, ...(await base(stored.props)) };
  for (const column of storedColumns) {
    const value = stored.props[column];
    if (value !== undefined && value !== null) fields[column] = value;
  }
  const outcome = await createFact(db, viewer, operation, kind, { ...fields, ...patch }, citation, stats);
  if (outcome.status === 'CREATED') throw new Error(`${operation}: ${id} was created instead of updated`);
  return outcome;
}
