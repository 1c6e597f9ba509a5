import { Logger as NestLogger } from '@nestjs/common';
import type { Logger as TypeOrmLogger } from 'typeorm';

/**
 * Sends TypeORM's messages through the application logger (structured, masked) instead of the
 * console. Query parameters are left out on purpose: they carry names, phones and ID numbers.
 */
export class DatabaseLogger implements TypeOrmLogger {
  private readonly logger = new NestLogger('Database');

  logQuery(): void {
    // Every query would drown the logs; failures and slow queries are what an operator needs.
  }

  /**
   * A unique violation is how the indexes answer "already booked" and "already taken" (a 409 to the
   * caller), not a fault: under a rush there are thousands, and writing and masking log lines was
   * the largest share of the API's CPU in bench:booking's profile. They stay visible at debug level.
   */
  logQueryError(error: string | Error, query: string): void {
    const record = { query, error: error instanceof Error ? error.message : error };
    if ((error as { code?: unknown }).code === '23505') this.logger.debug(record, 'Query failed');
    else this.logger.warn(record, 'Query failed');
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn({ query, durationMs: time }, 'Slow query');
  }

  logSchemaBuild(message: string): void {
    this.logger.debug(message);
  }

  logMigration(message: string): void {
    this.logger.log(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(message);
    else this.logger.log(message);
  }
}
