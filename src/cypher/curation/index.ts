export * from './retractionModel.js';
export { relationshipFactById } from './relationshipFactById.js';
export { nodeFactById } from './nodeFactById.js';
export { retractRelationships, type RetractionStamp } from './retractRelationships.js';
export { retractNode } from './retractNode.js';
export { nodeFactDependants } from './nodeFactDependants.js';
export { createAuditEntry, type AuditRecord } from './createAuditEntry.js';
export { auditEntries } from './auditEntries.js';
export { acquireWriteLock, WRITE_LOCK_LABEL } from './acquireWriteLock.js';
