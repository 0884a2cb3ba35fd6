/**
 * Production defaults (NODE_ENV=production) over real HTTP: no stack traces,
 * no field suggestions, introspection on unless INTROSPECTION=false,
 * security headers (with a CSP the playground and explorer work under), CORS
 * only for CORS_ORIGINS, CSRF prevention, and one JSON log line per request
 * with a request id and without tokens or query strings.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { post, startSecurityServer, type SecurityServer } from './securityKit.js';

const TOKEN = 'prod-defaults-secret-token-0123456789';
const ALLOWED = 'https://allowed.example';

let api: SecurityServer;
beforeAll(async () => {
  api = await startSecurityServer({
    nodeEnv: 'production',
    corsOrigins: [ALLOWED],
    auth: { tokens: [{ name: 'ed', role: 'editor', token: TOKEN }], readAccess: 'open' },
  });
});
afterAll(async () => {
  await api?.close();
});

describe('errors in production', () => {
  it('carry no stack trace', async () => {
    const res = await post(api.url, { query: '{ region(code: "Tatarstan") { name } }' });
    expect(res.body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'code' });
    const parse = await post(api.url, { query: '{ region(' });
    expect(parse.body.errors[0].extensions).toEqual({ code: 'GRAPHQL_PARSE_FAILED' });
  });

  it('suggest no field names (which would disclose the schema); development does', async () => {
    const res = await post(api.url, { query: '{ regoin(code: "RU-TA") { name } }' });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].message).toBe('Cannot query field "regoin" on type "Query".');
    const dev = await startSecurityServer({ nodeEnv: 'development' });
    try {
      const devRes = await post(dev.url, { query: '{ regoin(code: "RU-TA") { name } }' });
      expect(devRes.body.errors[0].message).toBe('Cannot query field "regoin" on type "Query". Did you mean "region" or "regions"?');
    } finally {
      await dev.close();
    }
  });
});

describe('introspection', () => {
  const INTROSPECT = '{ __schema { queryType { name } } }';

  it('is on by default (the playground needs it)', async () => {
    const res = await post(api.url, { query: INTROSPECT });
    expect(res.body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
  });

  it('INTROSPECTION=false refuses it with a validation error', async () => {
    const closed = await startSecurityServer({ nodeEnv: 'production', introspection: false });
    try {
      const res = await post(closed.url, { query: INTROSPECT });
      expect(res.status).toBe(400);
      expect(res.body.errors[0]).toMatchObject({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
      expect(res.body.errors[0].message).toMatch(/introspection is not allowed/i);
      const ordinary = await post(closed.url, { query: '{ region(code: "RU-TA") { name } }' });
      expect(ordinary.body).toEqual({ data: { region: { name: 'Tatarstan' } } });
    } finally {
      await closed.close();
    }
  });
});

describe('security headers', () => {
  it.each([
    ['GraphQL answers', '/graphql?query=%7B__typename%7D', { accept: 'application/json', 'apollo-require-preflight': 'true' }],
    ['the playground page', '/graphql', { accept: 'text/html' }],
    ['the explorer page', '/explore', { accept: 'text/html' }],
    ['/health', '/health', {}],
    ['a 404', '/nowhere', {}],
  ])('on %s', async (_name, path, headers) => {
    const res = await fetch(new URL(path, api.url), { headers });
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("worker-src 'self' blob:");
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('strict-transport-security')).toMatch(/^max-age=\d+/);
    expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(res.headers.get('x-powered-by')).toBeNull();
    await res.arrayBuffer();
  });
});

describe('CORS (CORS_ORIGINS)', () => {
  const preflight = (origin: string) =>
    fetch(api.url, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' },
    });

  it('a listed origin: the preflight is 204 with the allowed methods and headers; answers carry its origin', async () => {
    const pre = await preflight(ALLOWED);
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(pre.headers.get('access-control-allow-methods')).toBe('GET, POST, OPTIONS');
    expect(pre.headers.get('access-control-allow-headers')).toContain('authorization');
    expect(pre.headers.get('access-control-allow-credentials')).toBeNull();
    const res = await post(api.url, { query: '{ __typename }' }, { origin: ALLOWED });
    expect(res.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(res.headers.get('vary')).toContain('Origin');
  });

  it('any other origin: preflight 403 naming CORS_ORIGINS, and no CORS header on answers (the browser hides them)', async () => {
    const pre = await preflight('https://evil.example');
    expect(pre.status).toBe(403);
    expect(pre.headers.get('access-control-allow-origin')).toBeNull();
    expect(((await pre.json()) as any).errors[0].message).toBe('Origin "https://evil.example" is not allowed; list it in CORS_ORIGINS');
    const res = await post(api.url, { query: '{ __typename }' }, { origin: 'https://evil.example' });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('by default no origin is allowed', async () => {
    const plain = await startSecurityServer({ nodeEnv: 'production' });
    try {
      const res = await post(plain.url, { query: '{ __typename }' }, { origin: ALLOWED });
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
      const pre = await fetch(plain.url, { method: 'OPTIONS', headers: { origin: ALLOWED, 'access-control-request-method': 'POST' } });
      expect(pre.status).toBe(403);
    } finally {
      await plain.close();
    }
  });
});

describe('CSRF prevention', () => {
  it('refuses a simple (non-preflighted) POST and GET, which a foreign page could send', async () => {
    const form = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ __typename }"}' });
    expect(form.status).toBe(400);
    expect(((await form.json()) as any).errors[0].message).toMatch(/Cross-Site Request Forgery/);
    const get = await fetch(`${api.url}?query=${encodeURIComponent('{ __typename }')}`);
    expect(get.status).toBe(400);
    await get.arrayBuffer();
  });
});

describe('request log', () => {
  it('one JSON line per request: id, method, path, status, duration; the id is echoed in x-request-id', async () => {
    const res = await post(api.url, { query: '{ __typename }' }, { 'x-request-id': 'proxy-id.42:a_b' });
    expect(res.headers.get('x-request-id')).toBe('proxy-id.42:a_b');
    const line = api.logs.find((l) => l.reqId === 'proxy-id.42:a_b');
    expect(line).toMatchObject({ level: 30, msg: 'request', method: 'POST', path: '/graphql', status: 200, service: 'paradiplomacy-graph' });
    expect(line!.durationMs).toBeTypeOf('number');
    expect(api.logs.filter((l) => l.reqId === 'proxy-id.42:a_b')).toHaveLength(1);
  });

  it('generates an id when none or an unusable one is given', async () => {
    for (const given of [undefined, 'has spaces and "quotes"', 'x'.repeat(200)]) {
      const res = await post(api.url, { query: '{ __typename }' }, given === undefined ? {} : { 'x-request-id': given });
      const id = res.headers.get('x-request-id');
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      expect(api.logs.some((l) => l.reqId === id)).toBe(true);
    }
  });

  it('never holds a token (valid or not), the Authorization header, or a query string', async () => {
    await post(api.url, { query: '{ __typename }' }, { authorization: `Bearer ${TOKEN}` });
    await post(api.url, { query: '{ __typename }' }, { authorization: 'Bearer wrong-token-that-is-also-secret' });
    const get = await fetch(`${api.url}?query=${encodeURIComponent('query { search(text: "secret-search") { id } }')}&token=${TOKEN}`, {
      headers: { 'apollo-require-preflight': 'true', authorization: `Bearer ${TOKEN}` },
    });
    await get.arrayBuffer();
    const log = api.rawLog();
    expect(log.length).toBeGreaterThan(0);
    for (const secret of [TOKEN, 'wrong-token-that-is-also-secret', 'secret-search', 'Bearer', 'authorization']) expect(log).not.toContain(secret);
    expect(api.logs.at(-1)).toMatchObject({ method: 'GET', path: '/graphql', status: 200 });
    // The wrong token got 401 and was logged as a request like any other.
    expect(api.logs.some((l) => l.status === 401)).toBe(true);
  });
});
