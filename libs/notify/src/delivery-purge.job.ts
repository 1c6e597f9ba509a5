import { Inject } from '@nestjs/common';
import { KEPU_CONFIG, KepuConfig, ScheduledJob, ScheduledJobHandler } from '@kepu/core';
import { NotificationDeliveriesStore } from './notification-deliveries.store';

/**
 * Sent messages (their texts name visitors and visits) go with the rest of a visit's personal data;
 * a record whose event still awaits another channel stays, or that channel would send twice.
 */
@ScheduledJob({ name: 'notify.delivery_purge', everySeconds: 3_600 })
export class DeliveryPurgeJob implements ScheduledJobHandler {
  constructor(
    private readonly deliveries: NotificationDeliveriesStore,
    @Inject(KEPU_CONFIG) private readonly config: KepuConfig,
  ) {}

  async run(now = new Date()): Promise<void> {
    await this.deliveries.purge(now, this.config.privacy.personalDataDays);
  }
}
