import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { AppError } from './AppError.js';
import { ErrorCode } from './ErrorCode.js';

/** Codes that Apollo Server and graphql-js produce for requests that are the client's fault. */
const CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

function findAppError(error: unknown): AppError | undefined {
  let current: unknown = unwrapResolverError(error);
  for (let depth = 0; depth < 5 && current; depth += 1) {
    if (current instanceof AppError) return current;
    current = (current as { originalError?: unknown }).originalError;
  }
  return undefined;
}

/**
 * Builds Apollo's `formatError`: our own errors keep their code and message
 * (also when graphql-js wrapped them, e.g. a malformed Date literal); client
 * errors from the GraphQL layer pass through; everything else is masked as
 * INTERNAL_SERVER_ERROR and logged. Stack traces only when `development`.
 */
export function createFormatError(options: { development: boolean; log: (error: unknown) => void }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const app = findAppError(error);
    const stack = options.development ? formatted.extensions?.stacktrace : undefined;
    const withStack = (extensions: Record<string, unknown>) =>
      stack === undefined ? extensions : { ...extensions, stacktrace: stack };
    if (app) {
      // `http` (an HTTP status for Apollo) is not for the client; Apollo has already read it.
      const { http: _http, ...extensions } = app.extensions;
      return { ...formatted, message: app.message, extensions: withStack({ ...extensions, code: app.code }) };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && CLIENT_CODES.has(code)) {
      const { stacktrace: _ignored, ...rest } = formatted.extensions ?? {};
      return { ...formatted, extensions: withStack(rest) };
    }
    options.log(unwrapResolverError(error));
    return {
      message: 'Internal server error',
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: withStack({ code: ErrorCode.INTERNAL_SERVER_ERROR }),
    };
  };
}
