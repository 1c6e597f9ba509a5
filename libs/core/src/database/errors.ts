import { QueryFailedError } from 'typeorm';

/** A Postgres unique violation (23505), optionally of one named constraint or index. */
export const isUniqueViolation = (error: unknown, constraint?: string): boolean =>
  error instanceof QueryFailedError &&
  (error.driverError as { code?: string }).code === '23505' &&
  (!constraint || (error.driverError as { constraint?: string }).constraint === constraint);
