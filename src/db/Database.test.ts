import { Neo4jError, type Driver } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { AppError, ErrorCode } from '../errors/index.js';
import { Database, READ_ATTEMPTS } from './Database.js';

/**
 * The read path's control logic (retry, session closing) against a scripted
 * driver: each `session.run` answers with the next outcome. What reads return
 * from a real Neo4j is covered by every integration test.
 */
function scriptedDriver(outcomes: Array<Error | Array<Record<string, unknown>>>) {
  const log = { sessions: 0, closed: 0, runs: [] as Array<{ cypher: string; timeout: unknown; mode: unknown }> };
  const driver = {
    session: (config: { defaultAccessMode?: string }) => {
      log.sessions += 1;
      return {
        run: (cypher: string, _params: unknown, tx: { timeout?: number }) => {
          log.runs.push({ cypher, timeout: tx.timeout, mode: config.defaultAccessMode });
          const outcome = outcomes.shift() ?? new Error('no more scripted outcomes');
          const answer =
            outcome instanceof Error
              ? Promise.reject(outcome)
              : Promise.resolve({ records: outcome.map((row) => ({ toObject: () => row })) });
          answer.catch(() => undefined);
          return { keys: () => answer.then(() => []), then: answer.then.bind(answer) };
        },
        close: async () => {
          log.closed += 1;
        },
      };
    },
  } as unknown as Driver;
  return { db: new Database(driver, 'neo4j', 5000), log };
}

const query = { cypher: 'RETURN 1 AS one', params: {} };
const neo4jError = (message: string, code: string) => new Neo4jError(message, code, '50N42', 'general processing exception');

describe('Database.executeRead', () => {
  it('runs one auto-commit query routed to a reader, with the timeout, and closes its session', async () => {
    const { db, log } = scriptedDriver([[{ one: 1 }]]);
    const stats = { queries: 0 };
    await expect(db.executeRead(query, stats)).resolves.toEqual([{ one: 1 }]);
    expect(log.runs).toEqual([{ cypher: 'RETURN 1 AS one', timeout: 5000, mode: 'READ' }]);
    expect(log).toMatchObject({ sessions: 1, closed: 1 });
    expect(stats.queries).toBe(1);
  });

  it('asks again, in a new session, when the driver calls the error retryable (a closed pooled connection)', async () => {
    const { db, log } = scriptedDriver([neo4jError('Connection was closed by server', 'ServiceUnavailable'), [{ one: 1 }]]);
    const stats = { queries: 0 };
    await expect(db.executeRead(query, stats)).resolves.toEqual([{ one: 1 }]);
    expect(log).toMatchObject({ sessions: 2, closed: 2 });
    expect(stats.queries).toBe(1);
  });

  it(`gives up after ${READ_ATTEMPTS} attempts with SERVICE_UNAVAILABLE`, async () => {
    const lost = () => neo4jError('Could not perform discovery', 'ServiceUnavailable');
    const { db, log } = scriptedDriver([lost(), lost(), [{ one: 1 }]]);
    const error = await db.executeRead(query).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe(ErrorCode.SERVICE_UNAVAILABLE);
    expect(log).toMatchObject({ sessions: READ_ATTEMPTS, closed: READ_ATTEMPTS });
  });

  it('does not ask again after an error that is not retryable (a syntax error, a timeout)', async () => {
    const { db, log } = scriptedDriver([neo4jError('Invalid input', 'Neo.ClientError.Statement.SyntaxError'), [{ one: 1 }]]);
    await expect(db.executeRead(query)).rejects.toThrow('Invalid input');
    const timedOut = scriptedDriver([
      neo4jError('The transaction has been terminated', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration'),
      [{ one: 1 }],
    ]);
    const error = await timedOut.db.executeRead(query).catch((e: unknown) => e);
    expect((error as AppError).code).toBe(ErrorCode.TIMEOUT);
    expect(log).toMatchObject({ sessions: 1, closed: 1 });
    expect(timedOut.log).toMatchObject({ sessions: 1, closed: 1 });
  });
});
