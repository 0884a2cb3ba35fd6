import type { Database } from '../db/Database.js';
import { BadUserInputError } from '../errors/index.js';
import type { ImportKind } from '../import/importKinds.js';
import { planImport, type Fact } from '../import/planImport.js';

/** The pseudo-file name problems of a mutation's input carry. */
export const MUTATION_INPUT = '(mutation)';

/** An import column as the mutation's input names it. */
function inputField(column: string | undefined): string {
  if (column === 'source' || column === 'quote') return `citation.${column}`;
  return column ?? 'input';
}

/**
 * Checks one mutation's input exactly as the bulk importer checks a row
 * (zod schema, dates, names resolved by id, ISO code or exact name, a source
 * required, natural key compared with what is stored) and returns the fact
 * it states, with what writing it would change. Throws BAD_USER_INPUT
 * naming every input field that is wrong, with the importer's reason (and,
 * for unknown names, its candidates). Reads only.
 */
export async function planCuratedRow(db: Database, operation: string, kind: ImportKind, fields: Record<string, unknown>): Promise<Fact> {
  const plan = await planImport(db, { files: [], records: [{ file: MUTATION_INPUT, line: 1, fields: { ...fields, kind } }] });
  if (plan.problems.length > 0) {
    const problems = plan.problems.map((p) => ({ field: inputField(p.column), reason: p.reason }));
    throw new BadUserInputError(`${operation}: ${problems.map((p) => `${p.field}: ${p.reason}`).join('; ')}`, { problems });
  }
  const fact = plan.facts[0];
  if (!fact) throw new Error(`${operation}: the import plan stated no fact for a valid row`);
  return fact;
}
