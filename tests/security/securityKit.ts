/**
 * Shared by the security tests: the real API over HTTP on the seeded test
 * graph, with a driver that counts the sessions opened (every Cypher
 * transaction opens one, so "no Cypher ran" is countable), the JSON log lines
 * it writes, and the graph's fingerprint for "nothing changed" checks.
 */
import { Writable } from 'node:stream';
import type { Driver } from 'neo4j-driver';
import type { Config } from '../../src/config/config.js';
import { Database } from '../../src/db/index.js';
import { createLogger } from '../../src/logging/createLogger.js';
import { graphFingerprint, type GraphFingerprint } from '../../src/seed/graphFingerprint.js';
import { createServer } from '../../src/server/createServer.js';
import { openSeededGraph } from '../support/testGraph.js';

/** Server settings a security test may change. */
export type SecurityServerOptions = Partial<
  Pick<Config, 'nodeEnv' | 'maxBodyBytes' | 'queryLimits' | 'introspection' | 'corsOrigins' | 'auth' | 'queryTimeoutMs'>
>;

/** A running API with its counters. */
export interface SecurityServer {
  url: string;
  /** The API's origin (http://127.0.0.1:port). */
  origin: string;
  db: Database;
  /** Sessions (so Cypher transactions) the API has opened so far. */
  cypherRuns(): number;
  /** Parsed JSON log lines written so far. */
  logs: Array<Record<string, unknown>>;
  /** The raw log text, to search for secrets. */
  rawLog(): string;
  /** Errors the server logged through its error log. */
  errors: unknown[];
  fingerprint(): Promise<GraphFingerprint>;
  close(): Promise<void>;
}

function countingDriver(driver: Driver, counter: { sessions: number }): Driver {
  return new Proxy(driver, {
    get(target, prop, receiver) {
      if (prop === 'session') {
        return (...args: Parameters<Driver['session']>) => {
          counter.sessions += 1;
          return target.session(...args);
        };
      }
      const value = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** Starts the API (NODE_ENV=test unless given) with a log captured in memory. */
export async function startSecurityServer(options: SecurityServerOptions = {}): Promise<SecurityServer> {
  const graph = await openSeededGraph();
  const counter = { sessions: 0 };
  const db = new Database(countingDriver(graph.db.driver, counter), 'neo4j', options.queryTimeoutMs ?? 10_000);
  let raw = '';
  const logs: Array<Record<string, unknown>> = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      const text = chunk.toString('utf8');
      raw += text;
      for (const line of text.split('\n')) if (line.trim()) logs.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  const errors: unknown[] = [];
  const server = createServer(
    {
      host: '127.0.0.1',
      port: 0,
      nodeEnv: options.nodeEnv ?? 'test',
      maxBodyBytes: options.maxBodyBytes ?? 1024 * 1024,
      ...(options.queryLimits ? { queryLimits: options.queryLimits } : {}),
      ...(options.introspection !== undefined ? { introspection: options.introspection } : {}),
      ...(options.corsOrigins ? { corsOrigins: options.corsOrigins } : {}),
      ...(options.auth ? { auth: options.auth } : {}),
    },
    db,
    (message, error) => errors.push({ message, error }),
    { logger: createLogger({ level: 'info', destination }) },
  );
  const { url } = await server.start();
  return {
    url,
    origin: new URL(url).origin,
    db,
    cypherRuns: () => counter.sessions,
    logs,
    rawLog: () => raw,
    errors,
    fingerprint: () => graphFingerprint(graph.db),
    async close() {
      await server.stop();
      await graph.close();
    },
  };
}

/** A GraphQL POST with the GraphQL-over-HTTP accept header; the parsed body (or the text when not JSON). */
export async function post(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Headers; body: any; text: string }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return readResponse(res);
}

/** A response's status, headers, text and parsed JSON body (undefined when the body is not JSON). */
export async function readResponse(res: Response): Promise<{ status: number; headers: Headers; body: any; text: string }> {
  const text = await res.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  return { status: res.status, headers: res.headers, body: parsed, text };
}
