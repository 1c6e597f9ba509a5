import { Logger } from '@nestjs/common';
import { ScheduledJob, ScheduledJobHandler } from '@kepu/core';
import { SharedAnswersStore } from './shared-answers.store';

/** Every minute: the shared search answers of past generations go, and all but the newest few thousand. */
@ScheduledJob({ name: 'search.shared_answers_trim', everySeconds: 60 })
export class SharedAnswersTrimJob implements ScheduledJobHandler {
  private readonly logger = new Logger(SharedAnswersTrimJob.name);

  constructor(private readonly answers: SharedAnswersStore) {}

  async run(): Promise<void> {
    const dropped = await this.answers.trim();
    if (dropped) this.logger.log(`${dropped} shared search answers dropped`);
  }
}
