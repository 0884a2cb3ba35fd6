import type { AuditRecord } from '../cypher/curation/index.js';
import type { FactRow } from './FactRow.js';

/** What a curated create or update did (WritePayload's parent). */
export interface WriteOutcome {
  status: 'CREATED' | 'UPDATED' | 'UNCHANGED';
  fact: FactRow;
  auditEntry: AuditRecord | null;
}
