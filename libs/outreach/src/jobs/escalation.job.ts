import { Logger } from '@nestjs/common';
import { ScheduledJob, ScheduledJobHandler, InjectConfig } from '@kepu/core';
import { OrdersService } from '../orders/orders.service';
import { outreachConfig, OutreachSettings } from '../outreach.config';

/**
 * Orders nobody took go up: to the district's administrators after OUTREACH_ESCALATE_AFTER_DAYS,
 * to the city's after twice that (docs/outreach.md, "Escalation").
 */
@ScheduledJob({ name: 'outreach.escalation', everySeconds: 3600 })
export class EscalationJob implements ScheduledJobHandler {
  private readonly logger = new Logger(EscalationJob.name);

  constructor(
    private readonly orders: OrdersService,
    @InjectConfig(outreachConfig) private readonly settings: OutreachSettings,
  ) {}

  async run(now = new Date()): Promise<void> {
    const escalated = await this.orders.escalateDue(this.settings.escalateAfterDays, now);
    if (escalated) this.logger.log(`${escalated} outreach orders nobody took were escalated`);
  }
}
