import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Change of time (改期, docs/booking-rules.md, "Changing the time"): a booking counts how often it
 * was moved to another slot, against the limit the booking shows before it is reached.
 */
export class BookingReschedules1795570000020 implements MigrationInterface {
  name = 'BookingReschedules1795570000020';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE bookings ADD COLUMN reschedule_count smallint NOT NULL DEFAULT 0`);
    await q.query(`ALTER TABLE bookings ADD CONSTRAINT bookings_reschedule_count CHECK ("reschedule_count" >= 0)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE bookings DROP CONSTRAINT bookings_reschedule_count`);
    await q.query(`ALTER TABLE bookings DROP COLUMN reschedule_count`);
  }
}
