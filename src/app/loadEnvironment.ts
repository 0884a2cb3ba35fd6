import { existsSync, readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';

/**
 * Prepares `env` (process.env) before the application's modules load: reads
 * `envFile` (the repository's .env) when it exists, without overriding what
 * the environment already sets, then defaults NODE_ENV to `production`, the
 * configuration's documented default. graphql-js and Apollo Server read
 * NODE_ENV themselves, once, when they load: unset, graphql-js runs its
 * development checks on every type test of every field it resolves (about 10 %
 * of a large answer's time, probed), so the default must be in the
 * environment, not only in the typed config.
 */
export function loadEnvironment(env: NodeJS.ProcessEnv, envFile: string): void {
  if (existsSync(envFile)) {
    for (const [name, value] of Object.entries(parseEnv(readFileSync(envFile, 'utf8')))) {
      if (env[name] === undefined) env[name] = value;
    }
  }
  if (env.NODE_ENV === undefined || env.NODE_ENV === '') env.NODE_ENV = 'production';
}
