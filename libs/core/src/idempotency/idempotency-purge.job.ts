import { ScheduledJob, ScheduledJobHandler } from '../jobs/scheduled-job.decorator';
import { IdempotencyStore } from './idempotency.store';

/** Expired keys and their stored answers go: they hold masked personal data, and no one may replay them. */
@ScheduledJob({ name: 'core.idempotency_purge', everySeconds: 3_600 })
export class IdempotencyPurgeJob implements ScheduledJobHandler {
  constructor(private readonly store: IdempotencyStore) {}

  run(): Promise<void> {
    return this.store.deleteExpired();
  }
}
