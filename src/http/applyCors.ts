import type { IncomingMessage, ServerResponse } from 'node:http';

/** Request headers a cross-origin page may send (the GraphQL over HTTP ones, a token, a request id, Apollo's CSRF header). */
const ALLOWED_HEADERS = 'authorization, content-type, accept, x-request-id, apollo-require-preflight, x-apollo-operation-name';
/** How long a browser may cache a preflight answer, in seconds. */
const PREFLIGHT_MAX_AGE_S = 600;

/**
 * CORS by allow-list (CORS_ORIGINS): a request whose Origin is listed gets
 * `Access-Control-Allow-Origin` with that origin (and `Vary: Origin`, so
 * caches keep answers per origin); any other origin gets no CORS header, so
 * its page cannot read the answer. No credentials mode: the API uses bearer
 * tokens, never cookies. Preflights (OPTIONS with
 * Access-Control-Request-Method) are answered here: 204 for a listed origin,
 * 403 naming CORS_ORIGINS otherwise. Returns true when it answered the request.
 */
export function applyCors(req: IncomingMessage, res: ServerResponse, allowed: readonly string[]): boolean {
  const origin = req.headers.origin;
  res.setHeader('vary', 'Origin');
  const listed = typeof origin === 'string' && allowed.includes(origin);
  if (listed) {
    res.setHeader('access-control-allow-origin', origin);
    res.setHeader('access-control-expose-headers', 'x-request-id');
  }
  if (req.method !== 'OPTIONS' || req.headers['access-control-request-method'] === undefined) return false;
  if (!listed) {
    const text = JSON.stringify({
      errors: [{ message: `Origin ${JSON.stringify(String(origin ?? '').slice(0, 200))} is not allowed; list it in CORS_ORIGINS`, extensions: { code: 'FORBIDDEN' } }],
    });
    res.writeHead(403, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
    res.end(text);
    return true;
  }
  res.writeHead(204, {
    'access-control-allow-methods': 'GET, POST, OPTIONS',
    'access-control-allow-headers': ALLOWED_HEADERS,
    'access-control-max-age': String(PREFLIGHT_MAX_AGE_S),
    'content-length': '0',
  });
  res.end();
  return true;
}
