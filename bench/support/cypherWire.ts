import neo4j from 'neo4j-driver';
import type { CypherQuery } from '../../src/cypher/CypherQuery.js';

/** What the benchmark posts to serveRawCypher: the queries of one answer, run in order. */
export interface RawCypherRequest {
  queries: CypherQuery[];
}

/**
 * JSON text of a request whose parameters may hold neo4j Integers (the API's
 * queries pass LIMIT values as `int(n)`): each becomes `{ "$int": "<digits>" }`,
 * which `parseCypherRequest` turns back into an Integer.
 */
export function stringifyCypherRequest(request: RawCypherRequest): string {
  return JSON.stringify(request, (_key, value: unknown) => (neo4j.isInt(value) ? { $int: value.toString() } : value));
}

/** The inverse of stringifyCypherRequest; throws on text that is not such a request. */
export function parseCypherRequest(text: string): RawCypherRequest {
  const request = JSON.parse(text, (_key, value: unknown) => {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const keys = Object.keys(value);
      const tagged = (value as { $int?: unknown }).$int;
      if (keys.length === 1 && typeof tagged === 'string') return neo4j.int(tagged);
    }
    return value;
  }) as Partial<RawCypherRequest>;
  if (!Array.isArray(request.queries) || request.queries.some((q) => typeof q?.cypher !== 'string')) {
    throw new Error(`expected { queries: [{ cypher, params }] }, received ${text.slice(0, 200)}`);
  }
  return request as RawCypherRequest;
}
