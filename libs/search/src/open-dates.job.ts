import { Logger } from '@nestjs/common';
import { ScheduledJob, ScheduledJobHandler } from '@kepu/core';
import { ResourceIndex } from './resource-index.service';

/**
 * Each day the indexed open dates start from the new day (docs/api.md, "Open today"). Hourly, so a
 * missed run costs an hour; a run finding every window current reads one row.
 */
@ScheduledJob({ name: 'search.open_dates', everySeconds: 3600 })
export class OpenDatesJob implements ScheduledJobHandler {
  private readonly logger = new Logger(OpenDatesJob.name);

  constructor(private readonly index: ResourceIndex) {}

  async run(now = new Date()): Promise<void> {
    const moved = await this.index.refreshOpenDates(now);
    if (moved) this.logger.log(`Open dates of ${moved} search documents moved on to today`);
  }
}
