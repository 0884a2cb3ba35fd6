import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { parseCypherRequest, stringifyCypherRequest } from './cypherWire.js';

describe('the raw-Cypher wire format of the benchmark', () => {
  it('carries neo4j Integers in parameters through JSON, and everything else as it is', () => {
    const request = { queries: [{ cypher: 'RETURN $n LIMIT $limit', params: { n: 1.5, limit: neo4j.int(11), list: [neo4j.int(2), 'x'], map: { $int: 3 } } }] };
    const back = parseCypherRequest(stringifyCypherRequest(request));
    const params = back.queries[0]!.params as Record<string, unknown>;
    expect(neo4j.isInt(params.limit)).toBe(true);
    expect((params.limit as ReturnType<typeof neo4j.int>).toNumber()).toBe(11);
    expect(neo4j.isInt((params.list as unknown[])[0])).toBe(true);
    expect(params.n).toBe(1.5);
    // Only a one-key object with a string $int is an Integer.
    expect(params.map).toEqual({ $int: 3 });
  });

  it('refuses a body that is not a list of queries, saying what it received', () => {
    expect(() => parseCypherRequest('{"query":"{ x }"}')).toThrow(/expected \{ queries: \[\{ cypher, params \}\] \}, received \{"query"/);
  });
});
