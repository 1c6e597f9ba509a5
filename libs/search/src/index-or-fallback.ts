import { Logger } from '@nestjs/common';
import { MeiliError, MeiliSkipped } from './meili-client';

/**
 * Meilisearch's answer, or Postgres' while Meilisearch cannot give one (docs/search.md, "The
 * circuit breaker"). Other errors are the caller's.
 */
export async function fromIndexOrFallback<T>(
  logger: Logger,
  what: string,
  fromIndex: () => Promise<T>,
  fromPostgres: () => Promise<T>,
): Promise<T> {
  try {
    return await fromIndex();
  } catch (error) {
    if (!(error instanceof MeiliError)) throw error;
    // While the breaker is open every search comes here; it logged the outage once.
    if (!(error instanceof MeiliSkipped)) logger.warn(`${what} answered from Postgres: ${error.message}`);
    return fromPostgres();
  }
}
