import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { ErrorCode } from './ErrorCode.js';
import { translateNeo4jError } from './translateNeo4jError.js';

const neo4jError = (code: string) => new Neo4jError(`database said ${code}`, code, '50N42', 'general processing exception');
const codeOf = (error: unknown) => (error as { extensions?: { code?: string } }).extensions?.code;

describe('translateNeo4jError', () => {
  it('turns lost connections into SERVICE_UNAVAILABLE and timeouts into TIMEOUT', () => {
    expect(codeOf(translateNeo4jError(neo4jError('ServiceUnavailable'), 1000))).toBe(ErrorCode.SERVICE_UNAVAILABLE);
    expect(codeOf(translateNeo4jError(new Error('connect ECONNREFUSED 127.0.0.1:7687'), 1000))).toBe(ErrorCode.SERVICE_UNAVAILABLE);
    const timeout = translateNeo4jError(neo4jError('Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration'), 1500);
    expect(codeOf(timeout)).toBe(ErrorCode.TIMEOUT);
    expect((timeout as Error).message).toContain('1500 ms');
  });

  it('turns the transaction memory limit into QUERY_TOO_LARGE (seen at 1000x scale: activity over a window of 800,000 events)', () => {
    const error = translateNeo4jError(neo4jError('Neo.TransientError.General.MemoryPoolOutOfMemoryError'), 1000);
    expect(codeOf(error)).toBe(ErrorCode.QUERY_TOO_LARGE);
    expect((error as Error).message).toMatch(/more memory than the database allows a transaction.*narrow it/);
  });

  it('returns anything else unchanged (masked later as INTERNAL_SERVER_ERROR)', () => {
    const other = neo4jError('Neo.ClientError.Statement.SyntaxError');
    expect(translateNeo4jError(other, 1000)).toBe(other);
  });
});
