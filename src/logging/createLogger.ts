import { pino, type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from '../config/config.js';

/**
 * Paths pino replaces with "[redacted]" wherever they occur in a log line:
 * request headers that carry credentials, and any field named like a secret
 * (a token, the API_TOKENS value, a password), at the top level or one level
 * down. The request log writes none of these on purpose; this is the net
 * under it, for errors and future log calls that attach objects.
 */
export const REDACTED_PATHS: readonly string[] = [
  'authorization',
  'cookie',
  'token',
  'tokens',
  'password',
  'apiTokens',
  'headers.authorization',
  'headers.cookie',
  'req.headers.authorization',
  'req.headers.cookie',
  '*.authorization',
  '*.cookie',
  '*.token',
  '*.tokens',
  '*.password',
  '*.apiTokens',
];

/** Options of the server's logger. */
export interface LoggerOptions {
  level: LogLevel;
  /** Where the JSON lines go; stdout by default (tests pass a stream they read). */
  destination?: DestinationStream;
}

/**
 * The server's structured logger: one JSON object per line (pino), with
 * credentials redacted (REDACTED_PATHS) and errors serialised with their type,
 * message and stack (server-side only; clients never see stacks outside
 * development).
 */
export function createLogger(options: LoggerOptions): Logger {
  const settings = {
    level: options.level,
    base: { service: 'paradiplomacy-graph' },
    redact: { paths: [...REDACTED_PATHS], censor: '[redacted]' },
    serializers: { err: pino.stdSerializers.err },
  };
  // pino's default destination writes stdout synchronously, so no line is lost at process.exit.
  return options.destination ? pino(settings, options.destination) : pino(settings);
}
