import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from './config.js';

describe('readConfig', () => {
  it('defaults to the embedded Neo4j, port 4000, production', () => {
    const config = readConfig({});
    expect(config).toMatchObject({ nodeEnv: 'production', host: '127.0.0.1', port: 4000, queryTimeoutMs: 10_000, seedOnStart: true });
    expect(config.database).toMatchObject({ mode: 'embedded', boltPort: 7687, database: 'neo4j' });
    expect(config.database.mode === 'embedded' && config.database.dataDir).toMatch(/\.data\/neo4j$/);
  });

  it('uses NEO4J_URI and its credentials when set', () => {
    const config = readConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_USERNAME: 'u', NEO4J_PASSWORD: 'p', NEO4J_DATABASE: 'graph' });
    expect(config.database).toEqual({ mode: 'external', uri: 'neo4j+s://abc.databases.neo4j.io', username: 'u', password: 'p', database: 'graph' });
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT must be an integer from 0 to 65535, received "eighty"'],
    [{ NEO4J_URI: 'http://localhost:7474' }, 'NEO4J_URI must be a neo4j://, neo4j+s://, bolt:// or bolt+s:// URI, received "http://localhost:7474"'],
    [{ SEED_ON_START: 'maybe' }, 'SEED_ON_START must be true or false, received "maybe"'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV must be development, production or test, received "staging"'],
  ])('rejects %j', (env, message) => {
    expect(() => readConfig(env)).toThrow(new ConfigError(message));
  });
});
