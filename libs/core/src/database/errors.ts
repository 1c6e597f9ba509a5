import { QueryFailedError } from 'typeorm';

const sqlState = (error: unknown) =>
  error instanceof QueryFailedError ? (error.driverError as { code?: string }).code : undefined;

/** A Postgres foreign key violation (23503): a row still referenced, or a reference to nothing. */
export const isForeignKeyViolation = (error: unknown): boolean => sqlState(error) === '23503';

/** A Postgres unique violation (23505), optionally of one named constraint or index. */
export const isUniqueViolation = (error: unknown, constraint?: string): boolean =>
  sqlState(error) === '23505' &&
  (!constraint || ((error as QueryFailedError).driverError as { constraint?: string }).constraint === constraint);
