import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An accompanying teacher's mobile on a school group's name list (the venue calls it on the day),
 * sealed like the list's ID numbers and erased with them (docs/booking-rules.md, "Name lists that
 * survive Excel"). Students' numbers are never kept.
 */
export class NameListPhones1795570000031 implements MigrationInterface {
  name = 'NameListPhones1795570000031';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE booking_visitors ADD COLUMN phone bytea`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE booking_visitors DROP COLUMN phone`);
  }
}
