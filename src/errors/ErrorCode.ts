/** Every code that `extensions.code` can carry in this API's errors. */
export enum ErrorCode {
  /** An argument is malformed or out of range; the message says which and why. */
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  /** A mutation (or, with READ_ACCESS=token, any request) came without a valid bearer token. */
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  /** The token is valid but its role does not allow this operation. */
  FORBIDDEN = 'FORBIDDEN',
  /** The fact or entity named does not exist (or is retracted where that matters). */
  NOT_FOUND = 'NOT_FOUND',
  /**
   * The operation breaks a query limit (depth, aliases, tokens, directives or
   * cost; README, "Security"); `extensions` name the limit, its value, what was
   * found and the environment variable that sets it. Nothing was run.
   */
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  /** The database cannot be reached (or is still starting). Retry later. */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  /** A query ran past QUERY_TIMEOUT_MS and was stopped. */
  TIMEOUT = 'TIMEOUT',
  /**
   * A query needed more memory than the database grants one transaction
   * (Neo4j's dbms.memory.transaction.total.max) and was stopped; narrow it.
   */
  QUERY_TOO_LARGE = 'QUERY_TOO_LARGE',
  /** Anything unexpected; details are logged, never sent. */
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}
