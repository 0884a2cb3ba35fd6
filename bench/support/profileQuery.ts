import type { Driver } from 'neo4j-driver';
import type { CypherQuery } from '../../src/cypher/CypherQuery.js';
import { Database, type QueryStats } from '../../src/db/Database.js';

/** Database hits and the plan's operators of one query, from PROFILE. */
export interface Profile {
  dbHits: number;
  operators: string[];
  /**
   * Operators that mean a missed index or join: every AllNodesScan, and every
   * CartesianProduct whose two sides both produced more than one row (a
   * product of two unique-index seeks, or of one-row subqueries, is 1 x n and costs nothing).
   */
  bad: string[];
  /** CartesianProducts of at most one row on a side (reported, not flagged). */
  harmlessProducts: number;
}

/** Operators the plan check looks for. */
export const BAD_OPERATORS = ['CartesianProduct', 'AllNodesScan'] as const;

interface PlanNode {
  operatorType: string;
  dbHits: number;
  rows: number;
  children: PlanNode[];
}

/** How long a PROFILE may take (it runs the query to the end). */
export const PROFILE_TIMEOUT_MS = 120_000;

/** PROFILEs a read query (its rows are discarded) and sums the db hits of every operator. */
export async function profileQuery(driver: Driver, query: CypherQuery): Promise<Profile> {
  const session = driver.session({ database: 'neo4j', defaultAccessMode: 'READ' });
  try {
    const result = await session.executeRead((tx) => tx.run(`PROFILE ${query.cypher}`, query.params), { timeout: PROFILE_TIMEOUT_MS });
    const operators: string[] = [];
    const bad: string[] = [];
    let harmlessProducts = 0;
    let dbHits = 0;
    const walk = (plan: PlanNode) => {
      const operator = plan.operatorType.replace(/@.*$/, '');
      operators.push(operator);
      dbHits += plan.dbHits;
      if (operator === 'AllNodesScan') bad.push(operator);
      if (operator === 'CartesianProduct') {
        if (plan.children.every((child) => child.rows > 1)) bad.push(operator);
        else harmlessProducts += 1;
      }
      plan.children.forEach(walk);
    };
    if (result.summary.profile) walk(result.summary.profile as unknown as PlanNode);
    return { dbHits, operators, bad, harmlessProducts };
  } finally {
    await session.close();
  }
}

/** A Database that also remembers every read query it runs (to PROFILE the API's own Cypher). */
export class RecordingDatabase extends Database {
  readonly recorded: CypherQuery[] = [];

  override executeRead<T extends Record<string, unknown> = Record<string, unknown>>(query: CypherQuery, stats?: QueryStats): Promise<T[]> {
    this.recorded.push(query);
    return super.executeRead<T>(query, stats);
  }
}
