import { SetMetadata } from '@nestjs/common';

export const SCHEDULED_JOB = Symbol('SCHEDULED_JOB');

export interface ScheduledJobOptions {
  /** Unique, stable name: it is the job's row in `scheduled_jobs`. */
  name: string;
  everySeconds: number;
  /** How long one run may hold its claim before another worker may take the job over. */
  leaseSeconds?: number;
}

/** A provider that runs periodically, once per period across all worker copies. */
export interface ScheduledJobHandler {
  run(): Promise<void>;
}

export const ScheduledJob = (options: ScheduledJobOptions): ClassDecorator => SetMetadata(SCHEDULED_JOB, options);
