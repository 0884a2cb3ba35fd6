import { GraphQLError } from 'graphql';
import { ErrorCode } from './ErrorCode.js';

/** Base class of the API's own errors: a message meant for the client and a code. */
export class AppError extends GraphQLError {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>, httpStatus?: number) {
    super(message, { extensions: { code, ...details, ...(httpStatus ? { http: { status: httpStatus } } : {}) } });
    this.code = code;
    this.name = new.target.name;
  }
}

/** Bad input: say what was expected and what was received. */
export class BadUserInputError extends AppError {
  constructor(message: string, details?: Record<string, unknown>) {
    super(ErrorCode.BAD_USER_INPUT, message, details);
  }
}

/** The database cannot be reached. */
export class ServiceUnavailableError extends AppError {
  constructor(message = 'The graph database is unavailable; retry shortly.') {
    super(ErrorCode.SERVICE_UNAVAILABLE, message);
  }
}

/** A transaction hit its time limit. */
export class QueryTimeoutError extends AppError {
  constructor(timeoutMs: number) {
    super(ErrorCode.TIMEOUT, `The query took longer than ${timeoutMs} ms and was stopped; narrow it (fewer ids, smaller depth or limit).`);
  }
}

/** No token, or a token that matches none configured (HTTP 401). */
export class UnauthenticatedError extends AppError {
  constructor(message: string) {
    super(ErrorCode.UNAUTHENTICATED, message, undefined, 401);
  }
}

/** A valid token whose role is too weak for the operation. */
export class ForbiddenError extends AppError {
  constructor(message: string) {
    super(ErrorCode.FORBIDDEN, message);
  }
}

/** The id names nothing of the expected kind. */
export class NotFoundError extends AppError {
  constructor(message: string, details?: Record<string, unknown>) {
    super(ErrorCode.NOT_FOUND, message, details);
  }
}

/**
 * An operation over a query limit (HTTP 400), refused before any resolver
 * runs. `found` is omitted where the check stops counting at the limit (tokens).
 */
export class QueryTooComplexError extends AppError {
  constructor(what: string, limit: string, max: number, variable: string, found?: number) {
    const measured = found === undefined ? `more than ${max}` : String(found);
    super(
      ErrorCode.QUERY_TOO_COMPLEX,
      `The query's ${what} is ${measured}, over the limit of ${max} (${variable}); ask for less or split the query.`,
      { limit, max, ...(found === undefined ? {} : { found }), variable },
      400,
    );
  }
}

/** A transaction hit the database's memory limit for transactions. */
export class QueryTooLargeError extends AppError {
  constructor() {
    super(
      ErrorCode.QUERY_TOO_LARGE,
      'The query needed more memory than the database allows a transaction and was stopped; narrow it (a shorter date window, fewer ids, smaller depth or limit).',
    );
  }
}
