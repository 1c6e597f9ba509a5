import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Duplicates resolved (docs/register.md, "Duplicates and merging"): a resource merged into another
 * keeps its row with status `merged` and a pointer to the kept one; pairs a reviewer said are not
 * duplicates are remembered. The status CHECK is rewritten by hand: TypeORM does not see CHECK changes.
 */
export class ResourceDuplicates1795530000100 implements MigrationInterface {
  name = 'ResourceDuplicates1795530000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "resources" DROP CONSTRAINT "resources_status"`);
    await q.query(
      `ALTER TABLE "resources" ADD CONSTRAINT "resources_status" CHECK ("status" IN ('draft', 'submitted', 'city_review', 'changes_requested', 'rejected', 'published', 'suspended', 'withdrawn', 'merged'))`,
    );
    await q.query(`ALTER TABLE "resources" ADD "merged_into_id" uuid`);
    await q.query(
      `ALTER TABLE "resources" ADD CONSTRAINT "resources_merged_into_fkey" FOREIGN KEY ("merged_into_id") REFERENCES "resources"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `CREATE TABLE "resource_duplicate_dismissals" ("resource_id" uuid NOT NULL, "other_id" uuid NOT NULL, "dismissed_by" uuid NOT NULL, "dismissed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "resource_duplicate_dismissals_order" CHECK ("resource_id" < "other_id"), CONSTRAINT "resource_duplicate_dismissals_pkey" PRIMARY KEY ("resource_id", "other_id"))`,
    );
    await q.query(
      `CREATE INDEX "resource_duplicate_dismissals_other_idx" ON "resource_duplicate_dismissals" ("other_id")`,
    );
    await q.query(
      `ALTER TABLE "resource_duplicate_dismissals" ADD CONSTRAINT "resource_duplicate_dismissals_resource_fkey" FOREIGN KEY ("resource_id") REFERENCES "resources"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "resource_duplicate_dismissals" ADD CONSTRAINT "resource_duplicate_dismissals_other_fkey" FOREIGN KEY ("other_id") REFERENCES "resources"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "resource_duplicate_dismissals"`);
    await q.query(`ALTER TABLE "resources" DROP CONSTRAINT "resources_merged_into_fkey"`);
    await q.query(`ALTER TABLE "resources" DROP COLUMN "merged_into_id"`);
    // Merged entries have no status to go back to: they leave the register as withdrawn.
    await q.query(`UPDATE "resources" SET "status" = 'withdrawn' WHERE "status" = 'merged'`);
    await q.query(`ALTER TABLE "resources" DROP CONSTRAINT "resources_status"`);
    await q.query(
      `ALTER TABLE "resources" ADD CONSTRAINT "resources_status" CHECK ("status" IN ('draft', 'submitted', 'city_review', 'changes_requested', 'rejected', 'published', 'suspended', 'withdrawn'))`,
    );
  }
}
