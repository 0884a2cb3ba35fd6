import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from '../config/config.js';
import { authenticate, requireRole } from '../auth/index.js';
import { createContext } from '../context/context.js';
import type { Database } from '../db/Database.js';
import { createApollo } from '../graphql/createApollo.js';
import { createRequestHandler } from '../http/createRequestHandler.js';
import type { Logger } from 'pino';
import { createLogger } from '../logging/createLogger.js';

/** How long stop() lets in-flight requests finish before closing their connections (SHUTDOWN_GRACE_MS overrides). */
const DEFAULT_SHUTDOWN_GRACE_MS = 10_000;
/** A health probe that waits longer than this for Neo4j answers 503: probes must not hang on a half-dead database. */
const HEALTH_PROBE_TIMEOUT_MS = 2_000;

/** Extra wiring of the entry point (tests rarely need it). */
export interface ServerOptions {
  /**
   * Null once the database is connected and its schema set up; until then a
   * reason (e.g. "connecting to Neo4j"), and GET /health answers 503 "starting".
   */
  startup?: () => string | null;
  /**
   * Structured JSON log (pino): one line per request, and errors when no
   * `errorLog` function is given. By default one on stdout at `config.logLevel`
   * (silent when the config has no logLevel, as in tests).
   */
  logger?: Logger;
}

/** A built, not yet listening, API server. */
export interface ApiServer {
  httpServer: Server;
  /** Starts listening; resolves with the GraphQL URL. */
  start(): Promise<{ url: string }>;
  /**
   * Drains: stops accepting connections, lets in-flight requests finish (at
   * most SHUTDOWN_GRACE_MS, then closes their connections), closes kept-alive
   * idle connections as they become idle. The database is the caller's.
   */
  stop(): Promise<void>;
}

/**
 * Builds the API server over a database without starting it, so tests and
 * the entry point share the same wiring.
 */
export function createServer(
  config: Pick<Config, 'host' | 'port' | 'nodeEnv' | 'maxBodyBytes'> &
    Partial<Pick<Config, 'auth' | 'shutdownGraceMs' | 'queryLimits' | 'introspection' | 'corsOrigins' | 'logLevel'>>,
  db: Database,
  errorLog?: (message: string, error?: unknown) => void,
  options: ServerOptions = {},
): ApiServer {
  const logger = options.logger ?? createLogger({ level: config.logLevel ?? 'silent' });
  // Errors go to the structured log unless the caller wants them elsewhere (tests silence them).
  const log = errorLog ?? ((message: string, error?: unknown) => logger.error(error === undefined ? {} : { err: error }, message));
  let draining = false;
  const auth = config.auth ?? { tokens: [], readAccess: 'open' };
  const apollo = createApollo({
    development: config.nodeEnv === 'development',
    log: (error) => log('GraphQL resolver error:', error),
    ...(config.queryLimits ? { limits: config.queryLimits } : {}),
    introspection: config.introspection ?? true,
    hideSuggestions: config.nodeEnv === 'production',
  });
  const handler = createRequestHandler({
    apollo,
    createContext: async (req) => {
      const viewer = authenticate(req.headers.authorization, auth.tokens);
      if (auth.readAccess === 'token') requireRole(viewer, 'reader', 'Reading the graph (READ_ACCESS=token)');
      return createContext(db, viewer);
    },
    health: async () => {
      if (draining) return { ok: false, status: 'stopping', reason: 'the server is shutting down' };
      const starting = options.startup?.() ?? null;
      if (starting !== null) return { ok: false, status: 'starting', reason: starting };
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${HEALTH_PROBE_TIMEOUT_MS} ms`)), HEALTH_PROBE_TIMEOUT_MS);
      });
      try {
        return { ok: true, neo4j: await Promise.race([db.version(), timeout]) };
      } catch (error) {
        return { ok: false, status: 'unavailable', reason: `Neo4j unreachable: ${(error as Error).message}` };
      } finally {
        clearTimeout(timer);
      }
    },
    live: () => ({ draining }),
    maxBodyBytes: config.maxBodyBytes,
    log: (message, error) => log(message, error),
    logger,
    corsOrigins: config.corsOrigins ?? [],
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
      draining = true;
      const graceMs = config.shutdownGraceMs ?? DEFAULT_SHUTDOWN_GRACE_MS;
      await new Promise<void>((resolve) => {
        // close() stops accepting and resolves once every connection has ended.
        httpServer.close(() => resolve());
        httpServer.closeIdleConnections();
        // A kept-alive connection becomes idle when its in-flight request is answered: close it then.
        const sweep = setInterval(() => httpServer.closeIdleConnections(), 100);
        const deadline = setTimeout(() => {
          log(`shutdown: requests still running after SHUTDOWN_GRACE_MS=${graceMs} ms; closing their connections`);
          httpServer.closeAllConnections();
        }, graceMs);
        httpServer.once('close', () => {
          clearInterval(sweep);
          clearTimeout(deadline);
        });
      });
      if (started) await apollo.stop();
    },
  };
}
