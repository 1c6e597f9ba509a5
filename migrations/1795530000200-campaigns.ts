import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Campaigns (docs/campaigns.md): 全国科普日, 科技活动周 and the like, run by the administrators of
 * their regions, and the event offerings taking part in them. Schedule's tables are left as they
 * are: the link is this lib's own table.
 */
export class Campaigns1795530000200 implements MigrationInterface {
  name = 'Campaigns1795530000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "campaigns" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(100) NOT NULL, "name_en" character varying(100), "starts_on" date NOT NULL, "ends_on" date NOT NULL, "themes" text array NOT NULL, "region_codes" text array NOT NULL, "description" text NOT NULL DEFAULT '', "status" character varying(16) NOT NULL DEFAULT 'draft', "published_at" TIMESTAMP WITH TIME ZONE, "created_by" uuid, "is_demo" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "campaigns_regions" CHECK (cardinality("region_codes") BETWEEN 1 AND 20), CONSTRAINT "campaigns_themes" CHECK (cardinality("themes") BETWEEN 1 AND 10), CONSTRAINT "campaigns_dates" CHECK ("starts_on" <= "ends_on"), CONSTRAINT "campaigns_status" CHECK ("status" IN ('draft', 'published', 'cancelled')), CONSTRAINT "campaigns_pkey" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "campaigns_status_idx" ON "campaigns" ("status", "starts_on")`);
    await q.query(
      `CREATE TABLE "campaign_events" ("campaign_id" uuid NOT NULL, "offering_id" uuid NOT NULL, "themes" text array NOT NULL, "attached_by" uuid, "attached_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "campaign_events_themes" CHECK (cardinality("themes") BETWEEN 1 AND 10), CONSTRAINT "campaign_events_pkey" PRIMARY KEY ("campaign_id", "offering_id"))`,
    );
    await q.query(`CREATE INDEX "campaign_events_offering_idx" ON "campaign_events" ("offering_id")`);
    await q.query(
      `ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_created_by_fkey" FOREIGN KEY ("created_by") REFERENCES "accounts"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "campaign_events" ADD CONSTRAINT "campaign_events_campaign_fkey" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "campaign_events" ADD CONSTRAINT "campaign_events_offering_fkey" FOREIGN KEY ("offering_id") REFERENCES "offerings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "campaign_events" ADD CONSTRAINT "campaign_events_attached_by_fkey" FOREIGN KEY ("attached_by") REFERENCES "accounts"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "campaign_events"`);
    await q.query(`DROP TABLE "campaigns"`);
  }
}
