import neo4j, { type AuthToken, type Driver } from 'neo4j-driver';

// The driver implements auth.none() but its typings omit it; this is the token it builds.
const NO_AUTH = { scheme: 'none' } as unknown as AuthToken;

/** How to reach a Neo4j: a URI and credentials (none for the embedded one, which is loopback-only). */
export interface DriverTarget {
  uri: string;
  username?: string;
  password?: string;
}

/**
 * Creates a driver. Integers come back as JS numbers (the graph's counts are
 * small), and connection attempts fail fast so a lost database surfaces as
 * SERVICE_UNAVAILABLE quickly instead of hanging requests: a refused
 * connection is retried for at most 1 s (one retry: enough for a cluster
 * member that just went away, when routing picks another), a silent host
 * gives up after 5 s, and waiting for a free pooled connection too. The
 * driver reconnects by itself when the database is back.
 */
export function createDriver(target: DriverTarget): Driver {
  const auth = target.username ? neo4j.auth.basic(target.username, target.password ?? '') : NO_AUTH;
  return neo4j.driver(target.uri, auth, {
    disableLosslessIntegers: true,
    connectionAcquisitionTimeout: 5_000,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: 1_000,
    userAgent: 'paradiplomacy-graph',
  });
}
