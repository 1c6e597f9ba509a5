import { Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ScheduledJob, ScheduledJobHandler, InjectConfig } from '@kepu/core';
import { Notifier } from '@kepu/notify';
import { shanghaiToday } from '@kepu/schedule';
import { BansStore } from '../bookings/bans.store';
import { banMessage } from '../bookings/booking-messages';
import { BookingsStore } from '../bookings/bookings.store';
import { bookingConfig, BookingSettings } from '../booking.config';

/**
 * After a slot ends: confirmed bookings nobody checked in become no-shows, and waitlist entries
 * that were never promoted expired when it started. An account reaching the no-show limit within
 * the window (no-shows already punished by an earlier ban do not count again) is banned. A school
 * group that did not come is a no-show too, but it does not bar its teacher's family bookings.
 */
@ScheduledJob({ name: 'booking.no_shows', everySeconds: 300 })
export class NoShowJob implements ScheduledJobHandler {
  private readonly logger = new Logger(NoShowJob.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly bookings: BookingsStore,
    private readonly bans: BansStore,
    private readonly notifier: Notifier,
    @InjectConfig(bookingConfig) private readonly settings: BookingSettings,
  ) {}

  async run(): Promise<void> {
    const { noShowLimit, noShowWindowDays, noShowBanDays } = this.settings;
    await this.dataSource.transaction(async (tx) => {
      const missed = await this.bookings.markNoShows(tx);
      const expired = await this.bookings.expireWaitlisted(tx);
      if (expired.length) await this.bookings.releaseIdNumbers(tx, expired);
      if (!missed.length) return;
      const banned = await this.bans.banRepeatOffenders(
        tx,
        [...new Set(missed.filter((m) => m.kind === 'individual').map((m) => m.accountId))],
        noShowLimit,
        noShowBanDays,
        noShowWindowDays,
      );
      for (const ban of banned) {
        await this.notifier.send(banMessage(ban.accountId, ban.noShows, shanghaiToday(ban.endsAt)), tx);
      }
      this.logger.log(`${missed.length} no-shows, ${expired.length} waitlist entries expired, ${banned.length} bans`);
    });
  }
}
