import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEnvironment } from './loadEnvironment.js';

const envFileWith = (text: string): string => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'env-')), '.env');
  writeFileSync(file, text);
  return file;
};

describe('loadEnvironment', () => {
  it('defaults NODE_ENV to production, as the configuration does, so that graphql-js and Apollo see it too', () => {
    const env: NodeJS.ProcessEnv = {};
    loadEnvironment(env, path.join(tmpdir(), 'no-such-dir', '.env'));
    expect(env).toEqual({ NODE_ENV: 'production' });
    const empty: NodeJS.ProcessEnv = { NODE_ENV: '' };
    loadEnvironment(empty, path.join(tmpdir(), 'no-such-dir', '.env'));
    expect(empty.NODE_ENV).toBe('production');
  });

  it('reads .env without overriding the environment, and a NODE_ENV from .env wins over the default', () => {
    const env: NodeJS.ProcessEnv = { PORT: '5000' };
    loadEnvironment(env, envFileWith('PORT=4001\nNEO4J_URI=bolt://db:7687\nNODE_ENV=development\n'));
    expect(env).toEqual({ PORT: '5000', NEO4J_URI: 'bolt://db:7687', NODE_ENV: 'development' });
  });

  it('keeps a NODE_ENV the environment sets', () => {
    const env: NodeJS.ProcessEnv = { NODE_ENV: 'test' };
    loadEnvironment(env, envFileWith('NODE_ENV=development\n'));
    expect(env.NODE_ENV).toBe('test');
  });
});
