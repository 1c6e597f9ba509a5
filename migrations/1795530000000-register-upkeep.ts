import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Register upkeep (docs/register.md): when each resource was last confirmed, since when it is stale
 * and since when out of search, and the reminders already sent. Published resources count as
 * confirmed when they were last reviewed.
 */
export class RegisterUpkeep1795530000000 implements MigrationInterface {
  name = 'RegisterUpkeep1795530000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE "resources" ADD "confirmed_at" TIMESTAMP WITH TIME ZONE, ADD "stale_since" TIMESTAMP WITH TIME ZONE, ADD "hidden_from_search_at" TIMESTAMP WITH TIME ZONE`,
    );
    await q.query(
      `UPDATE "resources" SET "confirmed_at" = coalesce("last_reviewed_at", "published_at") WHERE "published_at" IS NOT NULL`,
    );
    await q.query(
      `CREATE TABLE "register_upkeep_notices" ("resource_id" uuid NOT NULL, "kind" character varying(48) NOT NULL, "key" character varying(100) NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "register_upkeep_notices_pkey" PRIMARY KEY ("resource_id", "kind", "key"), CONSTRAINT "register_upkeep_notices_resource_fkey" FOREIGN KEY ("resource_id") REFERENCES "resources"("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "register_upkeep_notices"`);
    await q.query(
      `ALTER TABLE "resources" DROP COLUMN "hidden_from_search_at", DROP COLUMN "stale_since", DROP COLUMN "confirmed_at"`,
    );
  }
}
