import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Public text that changes without review. An organisation keeps the name an administrator last
 * verified, which the public sees while a new name awaits verification (organisations verified so
 * far were verified under their present name). Offering titles and descriptions changed on a
 * published venue are entries in the resource's history, which administrators list newest first.
 */
export class PublicText1795500000100 implements MigrationInterface {
  name = 'PublicText1795500000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE organisations ADD COLUMN verified_name varchar(100)`);
    await q.query(`UPDATE organisations SET verified_name = name WHERE verified_at IS NOT NULL`);
    await q.query(
      `CREATE INDEX audit_log_public_text_idx ON audit_log (id) WHERE action = 'resource.public_text_changed'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX audit_log_public_text_idx`);
    await q.query(`ALTER TABLE organisations DROP COLUMN verified_name`);
  }
}
