import { randomUUID } from 'node:crypto';
import type { AuditRecord } from '../cypher/curation/createAuditEntry.js';
import { canonicalJson } from './canonicalJson.js';

/** Who wrote: a token holder (name and role) or a bulk import (its actor, role `import`). */
export interface Writer {
  name: string;
  role: string;
}

/** The audit record of one write by `writer` (the input as given, never a token). */
export function auditRecord(writer: Writer, operation: string, targetId: string, status: string, input: unknown, at: string): AuditRecord {
  return {
    id: `audit:${randomUUID()}`,
    at,
    actor: writer.name,
    role: writer.role,
    operation,
    targetId,
    status,
    input: canonicalJson(input ?? null),
  };
}
