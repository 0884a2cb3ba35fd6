import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from '../config/config.js';
import { authenticate, requireRole } from '../auth/index.js';
import { createContext } from '../context/context.js';
import type { Database } from '../db/Database.js';
import { createApollo } from '../graphql/createApollo.js';
import { createRequestHandler } from '../http/createRequestHandler.js';

/** How long stop() lets in-flight requests finish before closing kept-alive connections. */
const STOP_GRACE_MS = 5_000;

/** A built, not yet listening, API server. */
export interface ApiServer {
  httpServer: Server;
  /** Starts listening; resolves with the GraphQL URL. */
  start(): Promise<{ url: string }>;
  /** Stops accepting connections and finishes in-flight requests. The database is the caller's. */
  stop(): Promise<void>;
}

/**
 * Builds the API server over a database without starting it, so tests and
 * the entry point share the same wiring.
 */
export function createServer(
  config: Pick<Config, 'host' | 'port' | 'nodeEnv' | 'maxBodyBytes'> & Partial<Pick<Config, 'auth'>>,
  db: Database,
  log = console.error,
): ApiServer {
  const auth = config.auth ?? { tokens: [], readAccess: 'open' };
  const apollo = createApollo({
    development: config.nodeEnv === 'development',
    log: (error) => log('GraphQL resolver error:', error),
  });
  const handler = createRequestHandler({
    apollo,
    createContext: async (req) => {
      const viewer = authenticate(req.headers.authorization, auth.tokens);
      if (auth.readAccess === 'token') requireRole(viewer, 'reader', 'Reading the graph (READ_ACCESS=token)');
      return createContext(db, viewer);
    },
    health: async () => {
      try {
        return { ok: true, neo4j: await db.version() };
      } catch (error) {
        return { ok: false, reason: `Neo4j unreachable: ${(error as Error).message}` };
      }
    },
    maxBodyBytes: config.maxBodyBytes,
    log: (message, error) => log(message, error),
  });
  const httpServer = createHttpServer(handler);
  let started = false;
  return {
    httpServer,
    async start() {
      await apollo.start();
      started = true;
      await new Promise<void>((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(config.port, config.host, () => resolve());
      });
      const { port } = httpServer.address() as AddressInfo;
      const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
      return { url: `http://${host}:${port}/graphql` };
    },
    async stop() {
      await new Promise<void>((resolve) => {
        httpServer.close(() => resolve());
        httpServer.closeIdleConnections();
        // Browsers keep connections alive; give in-flight requests a moment, then close the rest.
        setTimeout(() => httpServer.closeAllConnections(), STOP_GRACE_MS).unref();
      });
      if (started) await apollo.stop();
    },
  };
}
