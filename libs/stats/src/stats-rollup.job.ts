import { Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ScheduledJob, ScheduledJobHandler } from '@kepu/core';
import { addDays, shanghaiToday } from '@kepu/schedule';
import { StatsDailyStore } from './stats-daily.store';

/** Days before today that may still change (late check-ins, no-shows marked after the day). */
const SETTLING_DAYS = 7;
/** Days ahead that already have slots and bookings. */
const AHEAD_DAYS = 62;

/**
 * Rolls bookings, walk-ins and slots up into `stats_daily`, one row per venue and day (people
 * served are those checked in and those admitted without a booking), so the figures for a
 * city and a year read a few thousand rows instead of every booking. Each run recomputes the days
 * that can still change (a week back to two months ahead) in one transaction; the first run, or
 * `refresh()` without dates, recomputes everything.
 */
@ScheduledJob({ name: 'stats.rollup', everySeconds: 300 })
export class StatsRollupJob implements ScheduledJobHandler {
  private readonly logger = new Logger(StatsRollupJob.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly daily: StatsDailyStore,
  ) {}

  async run(): Promise<void> {
    const today = shanghaiToday();
    const rows = (await this.daily.isEmpty())
      ? await this.refresh()
      : await this.refresh(addDays(today, -SETTLING_DAYS), addDays(today, AHEAD_DAYS));
    this.logger.log(`Rolled up ${rows} venue-days`);
  }

  /** Recomputes the venue-days between `from` and `to` (inclusive), or all of them; returns how many rows it wrote. */
  async refresh(from = '0001-01-01', to = '9999-12-31'): Promise<number> {
    return this.dataSource.transaction((tx) => this.daily.rollUp(tx, from, to));
  }
}
