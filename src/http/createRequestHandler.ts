import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { existsSync } from 'node:fs';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { Context } from '../context/context.js';
import { AppError } from '../errors/index.js';
import { REPO_ROOT } from '../config/config.js';
import { exportSubgraph, type ExportFormat } from '../export/exportSubgraph.js';
import { BodyTooLargeError, readBody } from './readBody.js';
import { serveStatic } from './serveStatic.js';
import type { Logger } from 'pino';
import { applyCors } from './applyCors.js';
import { logRequests } from './logRequests.js';
import { setSecurityHeaders } from './securityHeaders.js';

/** What the HTTP layer needs: GraphQL execution, a context per request and a health probe. */
export interface RequestHandlerOptions {
  apollo: ApolloServer<Context>;
  /** Builds the context of one request; may throw an AppError (e.g. UNAUTHENTICATED) that rejects the request. */
  createContext: (req: IncomingMessage) => Promise<Context>;
  /** GET /health: serving with the database (200), or why not (503: starting, unavailable, stopping). */
  health: () => Promise<{ ok: true; neo4j: string } | { ok: false; status?: 'starting' | 'unavailable' | 'stopping'; reason: string }>;
  /** GET /live: the process answers (200 even without a database); whether it is draining. */
  live?: () => { draining: boolean };
  maxBodyBytes: number;
  /** Built playground (web/dist); defaults to the repository's. */
  webRoot?: string;
  log: (message: string, error?: unknown) => void;
  /** One JSON line per request (id, method, path, status, duration); none when omitted. */
  logger?: Logger;
  /** Origins allowed to call from another origin (CORS_ORIGINS); none when omitted. */
  corsOrigins?: readonly string[];
}

const GRAPHQL_PATH = '/graphql';
const PLAYGROUND_PREFIX = '/playground/';
/** The graph explorer's page (web/explore.html); its assets share the playground's /playground/ prefix. */
const EXPLORER_PATH = '/explore';
/** Subgraph downloads: GET /export/subgraph.json (Cytoscape.js), .graphml, .gexf. */
const EXPORT_PATH = /^\/export\/subgraph\.(json|graphml|gexf)$/;

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function wantsHtml(req: IncomingMessage, search: string): boolean {
  return req.method === 'GET' && !new URLSearchParams(search).has('query') && (req.headers.accept ?? '').includes('text/html');
}

/**
 * The HTTP layer, apart from GraphQL execution: routes GET /health and /live, the
 * playground (GET /graphql from a browser, its assets under /playground/),
 * GraphQL over HTTP (GET and POST /graphql) to Apollo Server, and the
 * subgraph downloads (GET /export/subgraph.json|graphml|gexf), which run the
 * subgraph query directly, not through GraphQL.
 */
export function createRequestHandler(options: RequestHandlerOptions) {
  const webRoot = options.webRoot ?? path.join(REPO_ROOT, 'web', 'dist');

  async function graphql(req: IncomingMessage, res: ServerResponse, search: string): Promise<void> {
    let body: unknown;
    if (req.method === 'POST') {
      const raw = await readBody(req, options.maxBodyBytes);
      const type = req.headers['content-type'] ?? '';
      if (/^application\/(graphql-response\+)?json/i.test(type)) {
        try {
          body = raw.length ? JSON.parse(raw) : undefined;
        } catch (error) {
          sendJson(res, 400, { errors: [{ message: `Malformed JSON body: ${(error as Error).message}`, extensions: { code: 'BAD_REQUEST' } }] });
          return;
        }
      } else {
        body = raw;
      }
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const response = await options.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search, body },
      context: () => options.createContext(req),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/health') {
      const health = await options.health();
      sendJson(res, health.ok ? 200 : 503, health.ok ? { status: 'ok', neo4j: health.neo4j } : { status: health.status ?? 'unavailable', reason: health.reason });
      return;
    }
    if (url.pathname === '/live') {
      // Liveness only: restarting the API would not bring a lost database back, so this ignores it.
      sendJson(res, 200, { status: 'alive', draining: options.live?.().draining ?? false });
      return;
    }
    if (url.pathname === GRAPHQL_PATH && wantsHtml(req, url.search)) {
      if (!existsSync(path.join(webRoot, 'index.html'))) {
        res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('The playground is not built: run `npm run build:web` (npm install does it).');
        return;
      }
      await serveStatic(webRoot, 'index.html', res, false);
      return;
    }
    if (url.pathname === GRAPHQL_PATH) {
      await graphql(req, res, url.search);
      return;
    }
    const exportMatch = EXPORT_PATH.exec(url.pathname);
    if (exportMatch) {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify({ errors: [{ message: `${url.pathname} answers GET only`, extensions: { code: 'BAD_REQUEST' } }] }));
        return;
      }
      // The same subgraph translator and Database as Query.subgraph, without GraphQL.
      let db: Context['db'];
      try {
        ({ db } = await options.createContext(req));
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        const status = (error.extensions.http as { status?: number } | undefined)?.status ?? 400;
        sendJson(res, status, { errors: [{ message: error.message, extensions: { code: error.code } }] });
        return;
      }
      const answer = await exportSubgraph(db, exportMatch[1] as ExportFormat, url.searchParams);
      res.writeHead(answer.status, { ...answer.headers, 'content-length': Buffer.byteLength(answer.body) });
      res.end(req.method === 'HEAD' ? undefined : answer.body);
      return;
    }
    if (req.method === 'GET' && (url.pathname === EXPLORER_PATH || url.pathname === `${EXPLORER_PATH}/`)) {
      if (await serveStatic(webRoot, 'explore.html', res, false)) return;
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('The explorer is not built: run `npm run build:web` (npm install does it).');
      return;
    }
    if (req.method === 'GET' && url.pathname.startsWith(PLAYGROUND_PREFIX)) {
      if (await serveStatic(webRoot, url.pathname.slice(PLAYGROUND_PREFIX.length), res, true)) return;
    }
    if (req.method === 'GET' && url.pathname === '/') {
      res.writeHead(302, { location: GRAPHQL_PATH });
      res.end();
      return;
    }
    sendJson(res, 404, { error: `no route for ${req.method} ${url.pathname}; the API is at POST ${GRAPHQL_PATH}` });
  }

  return (req: IncomingMessage, res: ServerResponse): void => {
    if (options.logger) logRequests(req, res, options.logger);
    setSecurityHeaders(req, res);
    if (applyCors(req, res, options.corsOrigins ?? [])) return;
    route(req, res).catch((error: unknown) => {
      if (error instanceof BodyTooLargeError) {
        // The client may still be sending: close the connection once the 413 is out.
        res.setHeader('connection', 'close');
        if (!res.headersSent) sendJson(res, 413, { errors: [{ message: error.message, extensions: { code: 'BAD_REQUEST' } }] });
        return;
      }
      options.log('request failed', error);
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      else res.end();
    });
  };
}
