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

  it('reads the start-up wait and the shutdown drain deadline (README, "Operations")', () => {
    expect(readConfig({})).toMatchObject({ databaseWaitMs: 300_000, shutdownGraceMs: 10_000 });
    expect(readConfig({ NEO4J_WAIT_MS: '0', SHUTDOWN_GRACE_MS: '2500' })).toMatchObject({ databaseWaitMs: 0, shutdownGraceMs: 2_500 });
  });

  it.each([
    [{ NEO4J_WAIT_MS: '-1' }, 'NEO4J_WAIT_MS must be an integer from 0 to 86400000, received "-1"'],
    [{ SHUTDOWN_GRACE_MS: '10s' }, 'SHUTDOWN_GRACE_MS must be an integer from 0 to 600000, received "10s"'],
    [{ PORT: 'eighty' }, 'PORT must be an integer from 0 to 65535, received "eighty"'],
    [{ NEO4J_URI: 'http://localhost:7474' }, 'NEO4J_URI must be a neo4j://, neo4j+s://, bolt:// or bolt+s:// URI, received "http://localhost:7474"'],
    [{ SEED_ON_START: 'maybe' }, 'SEED_ON_START must be true or false, received "maybe"'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV must be development, production or test, received "staging"'],
  ])('rejects %j', (env, message) => {
    expect(() => readConfig(env)).toThrow(new ConfigError(message));
  });
});

describe('readConfig: security settings (README, "Security")', () => {
  it('defaults: the documented query limits, introspection on, no cross-origin caller, info logs', () => {
    const config = readConfig({});
    expect(config.queryLimits).toEqual({ maxDepth: 12, maxAliases: 30, maxTokens: 1000, maxDirectives: 10, maxCost: 100_000 });
    expect(config).toMatchObject({ introspection: true, corsOrigins: [], logLevel: 'info' });
  });

  it('reads each limit, INTROSPECTION, CORS_ORIGINS and LOG_LEVEL from its variable', () => {
    const config = readConfig({
      MAX_QUERY_DEPTH: '5',
      MAX_QUERY_ALIASES: '2',
      MAX_QUERY_TOKENS: '300',
      MAX_QUERY_DIRECTIVES: '1',
      MAX_QUERY_COST: '500',
      INTROSPECTION: 'false',
      CORS_ORIGINS: 'https://example.org, http://localhost:5173',
      LOG_LEVEL: 'silent',
    });
    expect(config.queryLimits).toEqual({ maxDepth: 5, maxAliases: 2, maxTokens: 300, maxDirectives: 1, maxCost: 500 });
    expect(config).toMatchObject({ introspection: false, corsOrigins: ['https://example.org', 'http://localhost:5173'], logLevel: 'silent' });
  });

  it.each([
    [{ MAX_QUERY_DEPTH: '0' }, 'MAX_QUERY_DEPTH must be an integer from 1 to 100000000, received "0"'],
    [{ MAX_QUERY_COST: 'lots' }, 'MAX_QUERY_COST must be an integer from 1 to 100000000, received "lots"'],
    [{ INTROSPECTION: 'sometimes' }, 'INTROSPECTION must be true or false, received "sometimes"'],
    [{ CORS_ORIGINS: 'https://example.org/' }, 'CORS_ORIGINS must be comma-separated origins such as "https://example.org,http://localhost:5173", received "https://example.org/"'],
    [{ CORS_ORIGINS: '*' }, 'CORS_ORIGINS must be comma-separated origins such as "https://example.org,http://localhost:5173", received "*"'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, received "loud"'],
  ])('rejects %j', (env, message) => {
    expect(() => readConfig(env)).toThrow(new ConfigError(message));
  });
  it('reads API_TOKENS and READ_ACCESS (issue #4): no tokens and open reads by default', () => {
    expect(readConfig({}).auth).toEqual({ tokens: [], readAccess: 'open' });
    const config = readConfig({ API_TOKENS: 'alice:editor:0123456789abcdef, ops:admin:fedcba9876543210', READ_ACCESS: 'token' });
    expect(config.auth).toEqual({
      readAccess: 'token',
      tokens: [
        { name: 'alice', role: 'editor', token: '0123456789abcdef' },
        { name: 'ops', role: 'admin', token: 'fedcba9876543210' },
      ],
    });
    expect(() => readConfig({ READ_ACCESS: 'closed' })).toThrow(new ConfigError('READ_ACCESS must be open or token, received "closed"'));
    expect(() => readConfig({ API_TOKENS: 'alice:writer:0123456789abcdef' })).toThrow(
      new ConfigError('API_TOKENS entry 1 ("alice") has role "writer"; expected one of reader, editor, admin'),
    );
  });
});
