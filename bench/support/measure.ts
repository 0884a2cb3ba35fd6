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
 * Runs `once` `warmup` times, then `iterations` times one after another (or
 * until `budgetMs` has passed, with at least 3 samples), and reports p50, p99
 * and requests per second.
 */
export async function measure(once: () => Promise<unknown>, options: { warmup: number; iterations: number; budgetMs: number }): Promise<Figures> {
  // Warm up, but a question that takes seconds gets a short warm-up (a quarter of the budget).
  const warmStart = performance.now();
  for (let i = 0; i < options.warmup && performance.now() - warmStart < options.budgetMs / 4; i += 1) await once();
  const times: number[] = [];
  const started = performance.now();
  while (times.length < options.iterations && (times.length < 3 || performance.now() - started < options.budgetMs)) {
    const t = performance.now();
    await once();
    times.push(performance.now() - t);
  }
  const total = times.reduce((s, n) => s + n, 0);
  times.sort((a, b) => a - b);
  return { samples: times.length, p50: quantile(times, 0.5), p99: quantile(times, 0.99), rps: (times.length * 1000) / total };
}

/** POSTs a GraphQL request; throws on an HTTP error or GraphQL errors (a benchmark must not time failures). */
export async function postGraphQL(url: string, request: GraphQLRequest): Promise<Record<string, unknown>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(request),
  });
  const text = await response.text();
  const body = JSON.parse(text) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (!response.ok || body.errors) throw new Error(`${url} answered ${response.status}: ${text.slice(0, 500)}`);
  return body.data ?? {};
}
