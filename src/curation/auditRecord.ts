import { randomUUID } from 'node:crypto';
import type { Viewer } from '../auth/index.js';
import type { AuditRecord } from '../cypher/curation/index.js';
import { canonicalJson } from '../domain/canonicalJson.js';

/** The audit record of one write by `viewer` (the input as given, never a token). */
export function auditRecord(viewer: Viewer, operation: string, targetId: string, status: string, input: unknown, at: string): AuditRecord {
  return {
    id: `audit:${randomUUID()}`,
    at,
    actor: viewer.name,
    role: viewer.role,
    operation,
    targetId,
    status,
    input: canonicalJson(input ?? null),
  };
}
