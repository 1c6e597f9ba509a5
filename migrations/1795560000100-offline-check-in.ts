import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Offline check-in (docs/booking-rules.md, "Offline check-in"): a booking records the device that
 * checked it in (a random id the operator's check-in page keeps), and the check-ins other devices
 * sent for it afterwards, so a code admitted twice while the gate was offline is shown to the venue.
 */
export class OfflineCheckIn1795560000100 implements MigrationInterface {
  name = 'OfflineCheckIn1795560000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE bookings ADD COLUMN checked_in_device varchar(64)`);
    await q.query(`ALTER TABLE bookings ADD COLUMN check_in_clashes jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE bookings DROP COLUMN check_in_clashes`);
    await q.query(`ALTER TABLE bookings DROP COLUMN checked_in_device`);
  }
}
