import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Booking's part of verified identity and erasure (docs/booking-rules.md): a booking records whether
 * its contact phone was proven by a code (only such a number is ever texted; numbers given before
 * were never proven); visitors' names and group leaders' names may be erased, as the names on
 * school groups' lists are after the visit and everyone's are when an account is deleted.
 */
export class BookingPrivacy1795510000200 implements MigrationInterface {
  name = 'BookingPrivacy1795510000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE bookings ADD COLUMN contact_phone_verified boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE booking_visitors ALTER COLUMN name DROP NOT NULL`);
    await q.query(`ALTER TABLE group_visits ALTER COLUMN leader_name DROP NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    // Erased names cannot come back; the old schema gets an empty one.
    await q.query(`UPDATE group_visits SET leader_name = '' WHERE leader_name IS NULL`);
    await q.query(`ALTER TABLE group_visits ALTER COLUMN leader_name SET NOT NULL`);
    await q.query(`UPDATE booking_visitors SET name = '' WHERE name IS NULL`);
    await q.query(`ALTER TABLE booking_visitors ALTER COLUMN name SET NOT NULL`);
    await q.query(`ALTER TABLE bookings DROP COLUMN contact_phone_verified`);
  }
}
