export { ErrorCode } from './ErrorCode.js';
export {
  AppError,
  BadUserInputError,
  ServiceUnavailableError,
  QueryTimeoutError,
  UnauthenticatedError,
  ForbiddenError,
  NotFoundError,
  QueryTooLargeError,
  QueryTooComplexError,
} from './AppError.js';
export { isUniquenessConflict, translateNeo4jError } from './translateNeo4jError.js';
export { createFormatError } from './formatError.js';
