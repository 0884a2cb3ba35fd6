import { Neo4jError } from 'neo4j-driver';
import { AppError, QueryTimeoutError, QueryTooLargeError, ServiceUnavailableError } from './AppError.js';

/** Neo4j status codes that mean "the database is not there right now". */
const UNAVAILABLE = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
  'Neo.TransientError.Database.DatabaseUnavailable',
]);

/** Neo4j status codes that mean "this transaction used more memory than it may". */
const OUT_OF_MEMORY = new Set([
  'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
  'Neo.TransientError.General.TransactionMemoryLimit',
  'Neo.TransientError.General.OutOfMemoryError',
]);

const TIMEOUT = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.TransientError.Transaction.LockClientStopped',
]);

/**
 * Whether `error` is the database refusing a write that would store a second
 * node or relationship with an id already stored (a uniqueness constraint).
 * Fact ids come from natural keys, so this is another writer (an API replica)
 * having stored the same fact first: the caller plans its write again.
 */
export function isUniquenessConflict(error: unknown): boolean {
  return error instanceof Neo4jError && error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed';
}

/**
 * The one place where driver and database errors become API errors.
 * Connection loss becomes SERVICE_UNAVAILABLE, a transaction timeout TIMEOUT,
 * a transaction over the database's memory limit QUERY_TOO_LARGE;
 * anything else is returned unchanged and masked later as INTERNAL_SERVER_ERROR.
 */
export function translateNeo4jError(error: unknown, timeoutMs: number): unknown {
  if (error instanceof AppError) return error;
  if (error instanceof Neo4jError) {
    if (UNAVAILABLE.has(error.code)) return new ServiceUnavailableError();
    if (TIMEOUT.has(error.code)) return new QueryTimeoutError(timeoutMs);
    if (OUT_OF_MEMORY.has(error.code)) return new QueryTooLargeError();
  }
  if (error instanceof Error && /ECONNREFUSED|connect ECONN|Connection was closed|Pool is closed/i.test(error.message)) {
    return new ServiceUnavailableError();
  }
  return error;
}
