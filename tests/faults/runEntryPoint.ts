import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from '../../src/config/config.js';

/** The real entry point (`npm start` = src/main.ts) in a child process, with its output collected. */
export interface EntryPoint {
  child: ChildProcess;
  /** Everything it printed so far (stdout and stderr). */
  output(): string;
  /** Resolves with the first match of `pattern` in the output; rejects on exit or after `timeoutMs`. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpExecArray>;
  /** The GraphQL URL it printed. */
  url(): Promise<string>;
  /** Settles with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
}

/**
 * Runs src/main.ts under this Node (so CI's Node 22 run covers it too), or
 * through the tsx CLI as `npm start` does, with `env` added to the
 * environment; PORT=0, NODE_ENV=production and no NEO4J_URI unless given.
 */
export function runEntryPoint(env: Record<string, string>, options: { viaTsxCli?: boolean } = {}): EntryPoint {
  // `npm start` runs the tsx CLI, which runs Node in a child process and relays signals to it.
  const [command, args] = options.viaTsxCli
    ? [path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx'), ['src/main.ts']]
    : [process.execPath, ['--import', 'tsx', 'src/main.ts']];
  const child = spawn(command, args, {
    cwd: REPO_ROOT,
    env: { ...process.env, NODE_ENV: 'production', PORT: '0', NEO4J_URI: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const listeners = new Set<() => void>();
  const append = (chunk: Buffer) => {
    output += chunk.toString();
    for (const listener of listeners) listener();
  };
  child.stdout!.on('data', append);
  child.stderr!.on('data', append);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let hasExited = false;
  void exited.then(() => {
    hasExited = true;
    for (const listener of listeners) listener();
  });

  const waitFor = (pattern: RegExp, timeoutMs = 120_000) =>
    new Promise<RegExpExecArray>((resolve, reject) => {
      const check = () => {
        const match = pattern.exec(output);
        if (match) return done(() => resolve(match));
        if (hasExited) done(() => reject(new Error(`exited before printing ${pattern}:\n${output}`)));
      };
      const timer = setTimeout(() => done(() => reject(new Error(`no ${pattern} within ${timeoutMs} ms:\n${output}`))), timeoutMs);
      const done = (settle: () => void) => {
        clearTimeout(timer);
        listeners.delete(check);
        settle();
      };
      listeners.add(check);
      check();
    });

  return {
    child,
    output: () => output,
    waitFor,
    url: async () => (await waitFor(/API and playground at (http:\/\/\S+)/))[1]!,
    exited,
  };
}

/** Polls `probe` every `everyMs` until it returns a value (not undefined); rejects after `timeoutMs` with the last error. */
export async function eventually<T>(probe: () => Promise<T | undefined>, timeoutMs: number, everyMs = 250): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > until) throw new Error(`not within ${timeoutMs} ms${last ? `: ${(last as Error).message}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

/** GET /health: status code and body. */
export async function getHealth(graphqlUrl: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(graphqlUrl.replace(/\/graphql$/, '/health'));
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}
