import { Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ScheduledJob, ScheduledJobHandler, InjectConfig } from '@kepu/core';
import { Notifier } from '@kepu/notify';
import { shanghaiToday } from '@kepu/schedule';
import { banMessage } from '../bookings/booking-messages';
import { releaseIdNumbers } from '../bookings/seats';
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
    private readonly notifier: Notifier,
    @InjectConfig(bookingConfig) private readonly settings: BookingSettings,
  ) {}

  async run(): Promise<void> {
    const { noShowLimit, noShowWindowDays, noShowBanDays } = this.settings;
    await this.dataSource.transaction(async (tx) => {
      const [missed]: [{ accountId: string; kind: string }[], number] = await tx.query(
        `UPDATE bookings b SET status = 'no_show', no_show_at = now()
           FROM slot_facts s WHERE s.id = b.slot_id AND b.status = 'confirmed' AND s.ends_at <= now()
         RETURNING b.account_id AS "accountId", b.kind`,
      );
      const [expired]: [{ id: string }[], number] = await tx.query(
        `UPDATE bookings b SET status = 'expired'
           FROM slot_facts s WHERE s.id = b.slot_id AND b.status = 'waitlisted' AND s.starts_at <= now()
         RETURNING b.id`,
      );
      if (expired.length)
        await releaseIdNumbers(
          tx,
          expired.map((b) => b.id),
        );
      if (!missed.length) return;
      // The ban also holds the ID numbers on the missed bookings, so a fresh account cannot book for them.
      const banned: { accountId: string; noShows: number; endsAt: Date }[] = await tx.query(
        `INSERT INTO booking_bans (account_id, ends_at, no_shows, id_hashes)
         SELECT b.account_id, now() + make_interval(days => $3), count(*),
                ARRAY(SELECT DISTINCT v.id_hash FROM booking_visitors v
                       WHERE v.booking_id = ANY(array_agg(b.id)) AND v.id_hash IS NOT NULL)
           FROM bookings b
          WHERE b.account_id = ANY($1) AND b.status = 'no_show' AND b.kind = 'individual'
            AND b.no_show_at > now() - make_interval(days => $4)
            AND b.no_show_at > coalesce((SELECT max(x.created_at) FROM booking_bans x WHERE x.account_id = b.account_id), '-infinity')
          GROUP BY b.account_id HAVING count(*) >= $2
         RETURNING account_id AS "accountId", no_shows AS "noShows", ends_at AS "endsAt"`,
        [
          [...new Set(missed.filter((m) => m.kind === 'individual').map((m) => m.accountId))],
          noShowLimit,
          noShowBanDays,
          noShowWindowDays,
        ],
      );
      for (const ban of banned) {
        await this.notifier.send(banMessage(ban.accountId, ban.noShows, shanghaiToday(ban.endsAt)), tx);
      }
      this.logger.log(`${missed.length} no-shows, ${expired.length} waitlist entries expired, ${banned.length} bans`);
    });
  }
}
