import { Inject } from '@nestjs/common';
import { KepuConfig } from '../config/config';
import { KEPU_CONFIG } from '../config/config.module';
import { ScheduledJob, ScheduledJobHandler } from '../jobs/scheduled-job.decorator';
import { OutboxStore } from './outbox.store';

/**
 * Delivered events go once they are as old as the personal data they may carry (notification
 * texts, sealed phone numbers); undelivered ones stay until they are delivered.
 */
@ScheduledJob({ name: 'core.outbox_purge', everySeconds: 3_600 })
export class OutboxPurgeJob implements ScheduledJobHandler {
  constructor(
    private readonly store: OutboxStore,
    @Inject(KEPU_CONFIG) private readonly config: KepuConfig,
  ) {}

  run(now = new Date()): Promise<void> {
    return this.store.deleteDeliveredBefore(now, this.config.privacy.personalDataDays);
  }
}
