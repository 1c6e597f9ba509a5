import { QueryFailedError, QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';

const sqlState = (error: unknown) =>
  error instanceof QueryFailedError ? (error.driverError as { code?: string }).code : undefined;

/** A Postgres foreign key violation (23503): a row still referenced, or a reference to nothing. */
export const isForeignKeyViolation = (error: unknown): boolean => sqlState(error) === '23503';

/** A Postgres unique violation (23505), optionally of one named constraint or index. */
export const isUniqueViolation = (error: unknown, constraint?: string): boolean =>
  sqlState(error) === '23505' &&
  (!constraint || ((error as QueryFailedError).driverError as { constraint?: string }).constraint === constraint);

/**
 * A transaction Postgres aborted so that others could go on (a deadlock, 40P01, or a serialization
 * failure, 40001): nothing of it was written, and running it again is safe.
 */
export const isTransientConflict = (error: unknown): boolean => ['40P01', '40001'].includes(sqlState(error) ?? '');

/**
 * SQLSTATEs of a server that cannot serve now: connection exceptions (class 08), too many
 * connections, shutting down, crashed or starting up, and a statement cancelled by statement_timeout.
 */
const UNAVAILABLE_STATES = /^(08...|53300|57P0[123]|57014)$/;
/** Socket errors on the way to Postgres. */
const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH']);
/** What pg and pg-pool throw, without a code, when a connection cannot be had or was lost. */
const LOST_CONNECTION_MESSAGES = new Set([
  'timeout exceeded when trying to connect',
  'Connection terminated due to connection timeout',
  'Connection terminated unexpectedly',
  'Connection terminated',
  'Client has encountered a connection error and is not queryable',
]);

/**
 * Whether an error means Postgres is down, restarting or overloaded rather than that the request
 * or the code is wrong: the caller should try again later (503), and nothing is wrong with the app.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  // TypeORM releases a query runner whose connection broke; its next query says so, in one of two
  // ways depending on whether it goes through the runner or through its transaction's manager.
  if (error instanceof QueryRunnerAlreadyReleasedError || error instanceof QueryRunnerProviderAlreadyReleasedError) {
    return true;
  }
  const cause = error instanceof QueryFailedError ? error.driverError : error;
  if (!(cause instanceof Error)) return false;
  const code = (cause as { code?: unknown }).code;
  if (typeof code === 'string') return UNAVAILABLE_STATES.test(code) || UNREACHABLE_CODES.has(code);
  return LOST_CONNECTION_MESSAGES.has(cause.message);
}
