import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ApiToken } from '../auth/ApiToken.js';
import { parseApiTokens } from '../auth/parseApiTokens.js';
import { DEFAULT_QUERY_LIMITS, QUERY_LIMIT_VARIABLES, type QueryLimits } from '../graphql/limitsConfig.js';

/** The repository root (two levels above this file). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export type NodeEnv = 'development' | 'production' | 'test';

/** Where the graph lives: an embedded Neo4j the server starts, or a Neo4j it connects to. */
export type DatabaseConfig =
  | { mode: 'embedded'; dataDir: string; boltPort: number; heap: string; database: string }
  | { mode: 'external'; uri: string; username: string; password: string; database: string };

/** Configuration, read once from the environment (see README, "Configuration"). */
export interface Config {
  nodeEnv: NodeEnv;
  /** HTTP host to bind (HOST, default 127.0.0.1). */
  host: string;
  /** HTTP port (PORT, default 4000; 0 picks a free one). */
  port: number;
  database: DatabaseConfig;
  /** Per-transaction timeout for reads and writes (QUERY_TIMEOUT_MS, default 10000). */
  queryTimeoutMs: number;
  /** How long the start waits (retrying with backoff) for the database before giving up (NEO4J_WAIT_MS, default 300000). */
  databaseWaitMs: number;
  /** SIGTERM drain: how long in-flight requests may take before their connections are closed (SHUTDOWN_GRACE_MS, default 10000). */
  shutdownGraceMs: number;
  /** Seed the graph on start when it is empty (SEED_ON_START, default true). */
  seedOnStart: boolean;
  /** Largest accepted request body in bytes (MAX_BODY_BYTES, default 1 MiB). */
  maxBodyBytes: number;
  /** Bearer tokens and who may read (see README, "Access control"). */
  auth: AuthConfig;
  /** Query limits checked before any Cypher runs (MAX_QUERY_DEPTH, ..._ALIASES, ..._TOKENS, ..._DIRECTIVES, ..._COST; README, "Security"). */
  queryLimits: QueryLimits;
  /** Whether schema introspection is answered (INTROSPECTION, default true: the playground and explorer need it). */
  introspection: boolean;
  /** Origins a browser page may call the API from (CORS_ORIGINS, comma-separated; default none: same origin only). */
  corsOrigins: string[];
  /** Level of the JSON request and error log on stdout (LOG_LEVEL, default info). */
  logLevel: LogLevel;
}

/** pino's levels; `silent` logs nothing. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Who may do what. */
export interface AuthConfig {
  /** API_TOKENS: comma-separated name:role:token entries; none by default (then no mutation is possible). */
  tokens: ApiToken[];
  /** READ_ACCESS: `open` (default) lets anyone read; `token` needs a reader, editor or admin token for every request. */
  readAccess: 'open' | 'token';
}

/** A configuration value that is present but malformed. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

function intFrom(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}, received "${raw}"`);
  }
  return value;
}

function boolFrom(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new ConfigError(`${name} must be true or false, received "${raw}"`);
}

function nodeEnvFrom(raw: string | undefined): NodeEnv {
  switch (raw) {
    case undefined:
    case '':
    case 'production':
      return 'production';
    case 'development':
    case 'test':
      return raw;
    default:
      throw new ConfigError(`NODE_ENV must be development, production or test, received "${raw}"`);
  }
}

function tokensFrom(raw: string | undefined): ApiToken[] {
  try {
    return parseApiTokens(raw);
  } catch (error) {
    throw new ConfigError((error as Error).message);
  }
}

function queryLimitsFrom(env: NodeJS.ProcessEnv): QueryLimits {
  const limit = (key: keyof QueryLimits) => intFrom(env, QUERY_LIMIT_VARIABLES[key], DEFAULT_QUERY_LIMITS[key], 1, 100_000_000);
  return {
    maxDepth: limit('maxDepth'),
    maxAliases: limit('maxAliases'),
    maxTokens: limit('maxTokens'),
    maxDirectives: limit('maxDirectives'),
    maxCost: limit('maxCost'),
  };
}

/** Exact origins (`scheme://host[:port]`), as browsers send them in the Origin header. */
function corsOriginsFrom(raw: string | undefined): string[] {
  if (raw === undefined || raw.trim() === '') return [];
  return raw.split(',').map((entry) => {
    const origin = entry.trim();
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = undefined;
    }
    if (!parsed || !/^https?:$/.test(parsed.protocol) || parsed.origin !== origin) {
      throw new ConfigError(`CORS_ORIGINS must be comma-separated origins such as "https://example.org,http://localhost:5173", received "${origin}"`);
    }
    return origin;
  });
}

function logLevelFrom(raw: string | undefined): LogLevel {
  if (raw === undefined || raw === '') return 'info';
  if ((LOG_LEVELS as readonly string[]).includes(raw)) return raw as LogLevel;
  throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, received "${raw}"`);
}

function readAccessFrom(raw: string | undefined): AuthConfig['readAccess'] {
  if (raw === undefined || raw === '' || raw === 'open') return 'open';
  if (raw === 'token') return 'token';
  throw new ConfigError(`READ_ACCESS must be open or token, received "${raw}"`);
}

/**
 * Reads the configuration from `env` (process.env by default). Throws a
 * ConfigError naming the variable, what was expected and what was received.
 */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const database = env.NEO4J_DATABASE || 'neo4j';
  const uri = env.NEO4J_URI;
  let db: DatabaseConfig;
  if (uri) {
    if (!/^(neo4j|bolt)(\+s|\+ssc)?:\/\/\S+$/.test(uri)) {
      throw new ConfigError(`NEO4J_URI must be a neo4j://, neo4j+s://, bolt:// or bolt+s:// URI, received "${uri}"`);
    }
    db = {
      mode: 'external',
      uri,
      username: env.NEO4J_USERNAME || 'neo4j',
      password: env.NEO4J_PASSWORD ?? '',
      database,
    };
  } else {
    db = {
      mode: 'embedded',
      dataDir: path.resolve(REPO_ROOT, env.DATA_DIR || '.data/neo4j'),
      boltPort: intFrom(env, 'NEO4J_BOLT_PORT', 7687, 1, 65535),
      heap: env.NEO4J_HEAP || '1g',
      database,
    };
  }
  return {
    nodeEnv: nodeEnvFrom(env.NODE_ENV),
    host: env.HOST || '127.0.0.1',
    port: intFrom(env, 'PORT', 4000, 0, 65535),
    database: db,
    queryTimeoutMs: intFrom(env, 'QUERY_TIMEOUT_MS', 10_000, 100, 600_000),
    databaseWaitMs: intFrom(env, 'NEO4J_WAIT_MS', 300_000, 0, 86_400_000),
    shutdownGraceMs: intFrom(env, 'SHUTDOWN_GRACE_MS', 10_000, 0, 600_000),
    seedOnStart: boolFrom(env, 'SEED_ON_START', true),
    maxBodyBytes: intFrom(env, 'MAX_BODY_BYTES', 1024 * 1024, 1024, 64 * 1024 * 1024),
    auth: { tokens: tokensFrom(env.API_TOKENS), readAccess: readAccessFrom(env.READ_ACCESS) },
    queryLimits: queryLimitsFrom(env),
    introspection: boolFrom(env, 'INTROSPECTION', true),
    corsOrigins: corsOriginsFrom(env.CORS_ORIGINS),
    logLevel: logLevelFrom(env.LOG_LEVEL),
  };
}
