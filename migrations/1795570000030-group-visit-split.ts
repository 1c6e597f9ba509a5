import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A class too large for one slot's group places is split across slots: one group visit per part,
 * the parts sharing the first part's id (docs/booking-rules.md, "School groups").
 */
export class GroupVisitSplit1795570000030 implements MigrationInterface {
  name = 'GroupVisitSplit1795570000030';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE group_visits ADD COLUMN split_id uuid, ADD COLUMN split_part smallint`);
    await q.query(
      `ALTER TABLE group_visits ADD CONSTRAINT group_visits_split_fkey FOREIGN KEY (split_id) REFERENCES group_visits(id) ON DELETE RESTRICT`,
    );
    await q.query(
      `ALTER TABLE group_visits ADD CONSTRAINT group_visits_split CHECK (("split_id" IS NULL) = ("split_part" IS NULL) AND ("split_part" IS NULL OR "split_part" BETWEEN 1 AND 6))`,
    );
    await q.query(`CREATE INDEX group_visits_split_idx ON group_visits (split_id) WHERE split_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE group_visits DROP COLUMN split_part, DROP COLUMN split_id`);
  }
}
