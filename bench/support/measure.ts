import http from 'node:http';
import type { GraphQLRequest } from '../questions.js';

/** Latency figures of one way of asking one question (milliseconds; rps = sequential requests per second). */
export interface Figures {
  samples: number;
  p50: number;
  p99: number;
  rps: number;
}

/** The q-quantile (0..1) of sorted values, nearest rank. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/**
 * Measures several ways of asking the same question side by side: each is
 * warmed up `warmup` times (a question that takes seconds gets a quarter of
 * the budget for it), then every round asks each way once, in an order that
 * rotates from round to round, until each has `iterations` samples or
 * `budgetMs` per way has passed (at least 3 samples each). Interleaving puts
 * every way in the same state of the machine: measured one after another, the
 * way measured first paid for the JVM's and the page cache's warming and for
 * any burst of load from other workers, and the later ones did not.
 * Returns each way's p50, p99 and requests per second (from its own samples).
 */
export async function measureSideBySide<K extends string>(
  ways: Record<K, () => Promise<unknown>>,
  options: { warmup: number; iterations: number; budgetMs: number },
): Promise<Record<K, Figures>> {
  const names = Object.keys(ways) as K[];
  for (const name of names) {
    const warmStart = performance.now();
    for (let i = 0; i < options.warmup && performance.now() - warmStart < options.budgetMs / 4; i += 1) await ways[name]();
  }
  const times = new Map<K, number[]>(names.map((name) => [name, []]));
  const started = performance.now();
  const budget = options.budgetMs * names.length;
  for (let round = 0; ; round += 1) {
    const enough = round >= options.iterations || (round >= 3 && performance.now() - started >= budget);
    if (enough) break;
    for (let k = 0; k < names.length; k += 1) {
      const name = names[(round + k) % names.length]!;
      const t = performance.now();
      await ways[name]();
      times.get(name)!.push(performance.now() - t);
    }
  }
  const figures = {} as Record<K, Figures>;
  for (const name of names) figures[name] = summarise(times.get(name)!);
  return figures;
}

function summarise(times: number[]): Figures {
  const total = times.reduce((s, n) => s + n, 0);
  const sorted = [...times].sort((a, b) => a - b);
  return { samples: sorted.length, p50: quantile(sorted, 0.5), p99: quantile(sorted, 0.99), rps: (sorted.length * 1000) / total };
}

/**
 * One kept-alive connection per server: the benchmark asks sequentially, so
 * one socket is all it uses, and no request pays for a TCP handshake.
 */
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

/** POSTs a GraphQL request (postJson). */
export function postGraphQL(url: string, request: GraphQLRequest): Promise<Record<string, unknown>> {
  return postJson(url, JSON.stringify(request));
}

/**
 * POSTs a JSON payload and resolves with the answer's `data`; throws on an
 * HTTP error or `errors` in the answer (a benchmark must not time failures).
 * Through node:http, not fetch: on this machine fetch (undici's WHATWG
 * streams) costs 0.3–0.7 ms more per request on the client's side
 * (`{ __typename }`: 0.65 against 0.39 ms p50), which is the benchmark's own
 * cost, added to every way asked over HTTP alike, not the servers'.
 */
export async function postJson(url: string, payload: string): Promise<Record<string, unknown>> {
  try {
    return await postOnce(url, payload);
  } catch (error) {
    // A kept-alive socket the server closed as idle (Node's keepAliveTimeout, 5 s: the benchmark can spend longer
    // than that profiling between two requests) fails as ECONNRESET when reused; Node's documentation advises one
    // retry on a fresh socket. Any other error, or a reset on a new socket, is the answer's.
    if ((error as { reusedSocket?: boolean }).reusedSocket && (error as NodeJS.ErrnoException).code === 'ECONNRESET') return postOnce(url, payload);
    throw error;
  }
}

function postOnce(url: string, payload: string): Promise<Record<string, unknown>> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        agent,
        host: target.hostname,
        port: target.port,
        path: `${target.pathname}${target.search}`,
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', 'content-length': Buffer.byteLength(payload) },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('error', reject);
        response.on('end', () => {
          try {
            const body = JSON.parse(text) as { data?: Record<string, unknown>; errors?: unknown[] };
            const status = response.statusCode ?? 0;
            if (status < 200 || status >= 300 || body.errors) throw new Error(`${url} answered ${status}: ${text.slice(0, 500)}`);
            resolve(body.data ?? {});
          } catch (error) {
            reject(error instanceof SyntaxError ? new Error(`${url} answered ${response.statusCode} with a body that is not JSON: ${text.slice(0, 500)}`) : error);
          }
        });
      },
    );
    req.on('error', (error) => reject(Object.assign(error, { reusedSocket: req.reusedSocket })));
    req.end(payload);
  });
}
