import { ScheduledJob, ScheduledJobHandler } from '../jobs/scheduled-job.decorator';
import { RateLimitStore } from './rate-limit.store';

/** Counters whose window and block have both ended count for nothing: they go. */
@ScheduledJob({ name: 'core.rate_limit_purge', everySeconds: 600 })
export class RateLimitPurgeJob implements ScheduledJobHandler {
  constructor(private readonly store: RateLimitStore) {}

  run(): Promise<void> {
    return this.store.deleteEnded();
  }
}
