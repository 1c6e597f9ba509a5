import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An offering may run on some days of the week only (a Saturday workshop, a Tuesday-to-Friday
 * guided tour): `weekdays` lists its ISO weekdays; null keeps every day of the week.
 */
export class OfferingWeekdays1795570000060 implements MigrationInterface {
  name = 'OfferingWeekdays1795570000060';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE offerings ADD COLUMN weekdays smallint array`);
    await q.query(
      `ALTER TABLE offerings ADD CONSTRAINT offerings_weekdays CHECK ("weekdays" <@ ARRAY[1, 2, 3, 4, 5, 6, 7]::smallint[] AND cardinality("weekdays") > 0)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE offerings DROP CONSTRAINT offerings_weekdays`);
    await q.query(`ALTER TABLE offerings DROP COLUMN weekdays`);
  }
}
