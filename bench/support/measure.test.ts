import { describe, expect, it } from 'vitest';
import { measureSideBySide, quantile } from './measure.js';

describe('measureSideBySide', () => {
  it('asks each way once per round, in an order that rotates, after each way\'s warm-up', async () => {
    const calls: string[] = [];
    const way = (name: string) => async () => {
      calls.push(name);
    };
    const figures = await measureSideBySide({ a: way('a'), b: way('b'), c: way('c') }, { warmup: 2, iterations: 4, budgetMs: 10_000 });
    expect(calls.slice(0, 6)).toEqual(['a', 'a', 'b', 'b', 'c', 'c']);
    expect(calls.slice(6)).toEqual(['a', 'b', 'c', 'b', 'c', 'a', 'c', 'a', 'b', 'a', 'b', 'c']);
    expect(figures.a.samples).toBe(4);
    expect(figures.b.samples).toBe(4);
    expect(figures.c.samples).toBe(4);
  });

  it('stops at the budget per way, with at least 3 samples of each', async () => {
    const slow = () => new Promise((resolve) => setTimeout(resolve, 20));
    const figures = await measureSideBySide({ a: slow, b: slow }, { warmup: 0, iterations: 1000, budgetMs: 1 });
    expect(figures.a.samples).toBe(3);
    expect(figures.b.samples).toBe(3);
    expect(figures.a.p50).toBeGreaterThanOrEqual(15);
    expect(figures.a.rps).toBeLessThan(1000 / 15);
  });
});

describe('quantile', () => {
  it('takes the nearest rank', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2);
    expect(quantile([1, 2, 3, 4], 0.99)).toBe(4);
    expect(Number.isNaN(quantile([], 0.5))).toBe(true);
  });
});

describe('postGraphQL', () => {
  it('returns the data of a JSON answer and throws on GraphQL errors, HTTP errors and bodies that are not JSON', async () => {
    const { createServer } = await import('node:http');
    const { postGraphQL } = await import('./measure.js');
    const bodies: string[] = [];
    const server = createServer((req, res) => {
      let text = '';
      req.on('data', (chunk: Buffer) => (text += chunk.toString()));
      req.on('end', () => {
        bodies.push(text);
        const { query } = JSON.parse(text) as { query: string };
        if (query === 'errors') res.writeHead(200).end(JSON.stringify({ errors: [{ message: 'boom' }] }));
        else if (query === 'status') res.writeHead(503).end(JSON.stringify({ data: {} }));
        else if (query === 'html') res.writeHead(200).end('<html>');
        else res.writeHead(200).end(JSON.stringify({ data: { echo: query } }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    const url = `http://127.0.0.1:${port}/graphql`;
    try {
      expect(await postGraphQL(url, { query: '{ a }', variables: { x: 1 } })).toEqual({ echo: '{ a }' });
      expect(JSON.parse(bodies[0]!)).toEqual({ query: '{ a }', variables: { x: 1 } });
      await expect(postGraphQL(url, { query: 'errors' })).rejects.toThrow(/answered 200: .*boom/);
      await expect(postGraphQL(url, { query: 'status' })).rejects.toThrow(/answered 503/);
      await expect(postGraphQL(url, { query: 'html' })).rejects.toThrow(/not JSON: <html>/);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('postJson', () => {
  it('asks once more on a fresh socket when the server closed the kept-alive one it reused, and only then', async () => {
    const { createServer } = await import('node:http');
    const { postJson } = await import('./measure.js');
    // Requests answered per socket; the second request on a socket is dropped unanswered, as a server closing an
    // idle kept-alive socket does when a request arrives on it at that moment. With `dropFirst`, every first one is.
    const answered = new Map<unknown, number>();
    let dropFirst = false;
    const server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        const n = (answered.get(req.socket) ?? 0) + 1;
        answered.set(req.socket, n);
        if (n === 2 || (dropFirst && n === 1)) req.socket.destroy();
        else res.writeHead(200).end(JSON.stringify({ data: { n } }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    const url = `http://127.0.0.1:${port}/`;
    try {
      expect(await postJson(url, '{}')).toEqual({ n: 1 });
      // Reused socket dropped: asked again on a new socket, which answers as its first request.
      expect(await postJson(url, '{}')).toEqual({ n: 1 });
      expect(answered.size).toBe(2);
      // A reset on a socket that was not reused is not retried: one request reaches the server.
      server.closeAllConnections();
      await new Promise((resolve) => setTimeout(resolve, 50));
      dropFirst = true;
      const before = answered.size;
      await expect(postJson(url, '{}')).rejects.toThrow(/socket hang up|ECONNRESET/);
      expect(answered.size).toBe(before + 1);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
