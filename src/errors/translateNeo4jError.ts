import { Neo4jError } from 'neo4j-driver';
import { AppError, QueryTimeoutError, ServiceUnavailableError } from './AppError.js';

/** Neo4j status codes that mean "the database is not there right now". */
const UNAVAILABLE = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
  'Neo.TransientError.Database.DatabaseUnavailable',
]);

const TIMEOUT = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.TransientError.Transaction.LockClientStopped',
]);

/**
 * The one place where driver and database errors become API errors.
 * Connection loss becomes SERVICE_UNAVAILABLE, a transaction timeout TIMEOUT;
 * anything else is returned unchanged and masked later as INTERNAL_SERVER_ERROR.
 */
export function translateNeo4jError(error: unknown, timeoutMs: number): unknown {
  if (error instanceof AppError) return error;
  if (error instanceof Neo4jError) {
    if (UNAVAILABLE.has(error.code)) return new ServiceUnavailableError();
    if (TIMEOUT.has(error.code)) return new QueryTimeoutError(timeoutMs);
  }
  if (error instanceof Error && /ECONNREFUSED|connect ECONN|Connection was closed|Pool is closed/i.test(error.message)) {
    return new ServiceUnavailableError();
  }
  return error;
}
