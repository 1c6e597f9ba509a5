import { Logger } from '@nestjs/common';
import { ScheduledJob, ScheduledJobHandler } from '@kepu/core';
import { GroupVisitsService } from '../groups/group-visits.service';

/** Group requests the venue never decided, and proposals the school never answered, lapse. */
@ScheduledJob({ name: 'booking.group_visit_expiry', everySeconds: 300 })
export class GroupVisitExpiryJob implements ScheduledJobHandler {
  private readonly logger = new Logger(GroupVisitExpiryJob.name);

  constructor(private readonly groupVisits: GroupVisitsService) {}

  async run(): Promise<void> {
    const expired = await this.groupVisits.expireDue();
    if (expired) this.logger.log(`${expired} group visit requests or proposals expired`);
  }
}
