import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The register: organisations, resources whose content lives in revisions (published and working
 * copies), and uploaded media. Regions gain a review setting: one level (the district decides) or
 * two (district, then city); unset inherits from the parent, and the root default is two.
 */
export class Register1795440000001 implements MigrationInterface {
  name = 'Register1795440000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE regions ADD COLUMN review_levels smallint CHECK (review_levels IN (1, 2))`);
    await q.query(`
      CREATE TABLE "organisations" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "name" character varying(100) NOT NULL,
        "kind" character varying(32) NOT NULL,
        "credit_code" character(18) NOT NULL,
        "region_code" character varying(16) NOT NULL,
        "contact_name" character varying(64),
        "contact_phone" character varying(20),
        "contact_email" character varying(254),
        "verified_at" TIMESTAMP WITH TIME ZONE,
        "verified_by" uuid,
        "is_demo" boolean NOT NULL DEFAULT false,
        "created_by" uuid,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "organisations_kind" CHECK ("kind" IN ('museum', 'school', 'enterprise', 'research_institute', 'public_institution', 'ngo')),
        CONSTRAINT "organisations_pkey" PRIMARY KEY ("id")
      )`);
    await q.query(`CREATE UNIQUE INDEX "organisations_credit_code_key" ON "organisations" ("credit_code")`);
    await q.query(`CREATE INDEX "organisations_region_idx" ON "organisations" ("region_code")`);
    await q.query(`
      CREATE TABLE "resources" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "organisation_id" uuid NOT NULL,
        "status" character varying(24) NOT NULL,
        "name" character varying(100) NOT NULL,
        "type" character varying(32) NOT NULL,
        "region_code" character varying(16) NOT NULL,
        "latitude" double precision NOT NULL,
        "longitude" double precision NOT NULL,
        "themes" text array NOT NULL DEFAULT '{}',
        "audiences" text array NOT NULL DEFAULT '{}',
        "free" boolean,
        "published_revision_id" uuid,
        "working_revision_id" uuid,
        "published_at" TIMESTAMP WITH TIME ZONE,
        "last_reviewed_at" TIMESTAMP WITH TIME ZONE,
        "is_demo" boolean NOT NULL DEFAULT false,
        "created_by" uuid,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "resources_status" CHECK ("status" IN ('draft', 'submitted', 'city_review', 'changes_requested', 'rejected', 'published', 'suspended', 'withdrawn')),
        CONSTRAINT "resources_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "resources_organisation_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
      )`);
    await q.query(`CREATE INDEX "resources_organisation_idx" ON "resources" ("organisation_id")`);
    await q.query(`CREATE INDEX "resources_status_region_idx" ON "resources" ("status", "region_code")`);
    await q.query(`
      CREATE TABLE "resource_revisions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "resource_id" uuid NOT NULL,
        "number" integer NOT NULL,
        "state" character varying(24) NOT NULL,
        "content" jsonb NOT NULL,
        "region_code" character varying(16) NOT NULL,
        "based_on_revision_id" uuid,
        "flags" jsonb NOT NULL DEFAULT '{}',
        "created_by" uuid,
        "submitted_at" TIMESTAMP WITH TIME ZONE,
        "decided_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "resource_revisions_number_key" UNIQUE ("resource_id", "number"),
        CONSTRAINT "resource_revisions_state" CHECK ("state" IN ('draft', 'submitted', 'city_review', 'changes_requested', 'rejected', 'approved')),
        CONSTRAINT "resource_revisions_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "resource_revisions_resource_fkey" FOREIGN KEY ("resource_id") REFERENCES "resources"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await q.query(`CREATE INDEX "resource_revisions_queue_idx" ON "resource_revisions" ("state", "region_code")`);
    await q.query(`
      CREATE TABLE "media" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "organisation_id" uuid NOT NULL,
        "purpose" character varying(16) NOT NULL,
        "content_type" character varying(64) NOT NULL,
        "size_bytes" integer NOT NULL,
        "sha256" character(64) NOT NULL,
        "storage_key" character varying(200) NOT NULL,
        "original_name" character varying(255),
        "width" integer,
        "height" integer,
        "uploaded_by" uuid,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "media_purpose" CHECK ("purpose" IN ('photo', 'evidence')),
        CONSTRAINT "media_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "media_organisation_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await q.query(`CREATE INDEX "media_organisation_idx" ON "media" ("organisation_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "media"`);
    await q.query(`DROP TABLE "resource_revisions"`);
    await q.query(`DROP TABLE "resources"`);
    await q.query(`DROP TABLE "organisations"`);
    await q.query(`ALTER TABLE regions DROP COLUMN review_levels`);
  }
}
