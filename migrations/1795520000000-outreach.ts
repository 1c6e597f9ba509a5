import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Outreach (docs/outreach.md): the activity menu, orders with their declines, activities with the
 * volunteers who signed in and hours added by hand, the expert pool and volunteers' profiles; the
 * organisation kinds `community` and `volunteer_team`, and the roles `community` and `volunteer`.
 * Down drops the tables and the roles' grants and invitations, and gives organisations of the new
 * kinds the nearest old one.
 */
export class Outreach1795520000000 implements MigrationInterface {
  name = 'Outreach1795520000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "organisations" DROP CONSTRAINT "organisations_kind"`);
    await q.query(
      `ALTER TABLE "organisations" ADD CONSTRAINT "organisations_kind" CHECK ("kind" IN ('museum', 'school', 'enterprise', 'research_institute', 'public_institution', 'ngo', 'community', 'volunteer_team'))`,
    );
    await q.query(`ALTER TABLE "role_grants" DROP CONSTRAINT "role_grants_role"`);
    await q.query(
      `ALTER TABLE "role_grants" ADD CONSTRAINT "role_grants_role" CHECK ("role" IN ('visitor', 'school', 'operator', 'community', 'volunteer', 'district_admin', 'city_admin', 'system_admin'))`,
    );
    await q.query(`ALTER TABLE "role_grants" DROP CONSTRAINT "role_grants_organisation_scope"`);
    await q.query(
      `ALTER TABLE "role_grants" ADD CONSTRAINT "role_grants_organisation_scope" CHECK (("role" IN ('operator', 'school', 'community', 'volunteer')) = ("organisation_id" IS NOT NULL))`,
    );
    await q.query(`ALTER TABLE "invitations" DROP CONSTRAINT "invitations_role"`);
    await q.query(
      `ALTER TABLE "invitations" ADD CONSTRAINT "invitations_role" CHECK ("role" IN ('visitor', 'school', 'operator', 'community', 'volunteer', 'district_admin', 'city_admin', 'system_admin'))`,
    );
    await q.query(`ALTER TABLE "invitations" DROP CONSTRAINT "invitations_organisation_scope"`);
    await q.query(
      `ALTER TABLE "invitations" ADD CONSTRAINT "invitations_organisation_scope" CHECK (("role" IN ('operator', 'school', 'community', 'volunteer')) = ("organisation_id" IS NOT NULL))`,
    );
    await q.query(
      `CREATE TABLE "outreach_menu_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "provider_id" uuid NOT NULL, "title" character varying(60) NOT NULL, "summary" character varying(1000) NOT NULL, "format" character varying(32) NOT NULL, "themes" text array NOT NULL DEFAULT '{}', "audiences" text array NOT NULL DEFAULT '{}', "duration_minutes" integer NOT NULL, "min_people" integer NOT NULL, "max_people" integer NOT NULL, "district_codes" text array NOT NULL, "lead_days" integer NOT NULL, "host_equipment" character varying(500), "fee_fen" integer NOT NULL DEFAULT '0', "status" character varying(20) NOT NULL, "published_content" jsonb, "published_district_codes" text array NOT NULL DEFAULT '{}', "submitted_at" TIMESTAMP WITH TIME ZONE, "reviewed_by" uuid, "reviewed_at" TIMESTAMP WITH TIME ZONE, "review_comment" character varying(500), "rating_count" integer NOT NULL DEFAULT '0', "rating_sum" integer NOT NULL DEFAULT '0', "created_by" uuid NOT NULL, "is_demo" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "outreach_menu_items_ratings" CHECK ("rating_count" >= 0 AND "rating_sum" BETWEEN "rating_count" AND 5 * "rating_count"), CONSTRAINT "outreach_menu_items_districts" CHECK (cardinality("district_codes") BETWEEN 1 AND 50), CONSTRAINT "outreach_menu_items_fee" CHECK ("fee_fen" BETWEEN 0 AND 10000000), CONSTRAINT "outreach_menu_items_lead_days" CHECK ("lead_days" BETWEEN 0 AND 180), CONSTRAINT "outreach_menu_items_duration" CHECK ("duration_minutes" BETWEEN 15 AND 1440), CONSTRAINT "outreach_menu_items_people" CHECK ("min_people" BETWEEN 1 AND 5000 AND "max_people" BETWEEN "min_people" AND 5000), CONSTRAINT "outreach_menu_items_format" CHECK ("format" IN ('lecture', 'workshop', 'mobile_exhibition', 'science_show', 'lab_demo', 'field_guide')), CONSTRAINT "outreach_menu_items_status" CHECK ("status" IN ('draft', 'submitted', 'published', 'changes_requested', 'rejected', 'withdrawn')), CONSTRAINT "outreach_menu_items_pkey" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "outreach_menu_items_status_idx" ON "outreach_menu_items" ("status", "submitted_at")`);
    await q.query(
      `CREATE INDEX "outreach_menu_items_provider_idx" ON "outreach_menu_items" ("provider_id", "created_at")`,
    );
    await q.query(
      `CREATE TABLE "outreach_orders" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "menu_item_id" uuid, "orderer_id" uuid NOT NULL, "ordered_by" uuid NOT NULL, "topic" character varying(100) NOT NULL, "audience" character varying(32) NOT NULL, "headcount" integer NOT NULL, "address" character varying(200) NOT NULL, "latitude" double precision NOT NULL, "longitude" double precision NOT NULL, "region_code" character varying(16) NOT NULL, "window_from" date NOT NULL, "window_to" date NOT NULL, "notes" character varying(1000), "status" character varying(16) NOT NULL, "provider_id" uuid, "dispatched_at" TIMESTAMP WITH TIME ZONE, "dispatched_by" uuid, "taken_at" TIMESTAMP WITH TIME ZONE, "escalation_level" smallint NOT NULL DEFAULT '0', "escalated_at" TIMESTAMP WITH TIME ZONE, "rating" smallint, "rating_comment" character varying(500), "rated_at" TIMESTAMP WITH TIME ZONE, "cancel_reason" character varying(500), "cancelled_at" TIMESTAMP WITH TIME ZONE, "is_demo" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "outreach_orders_escalation" CHECK ("escalation_level" BETWEEN 0 AND 2), CONSTRAINT "outreach_orders_rated" CHECK (("rating" IS NOT NULL) <= ("status" = 'completed')), CONSTRAINT "outreach_orders_rating" CHECK ("rating" IS NULL OR "rating" BETWEEN 1 AND 5), CONSTRAINT "outreach_orders_provider" CHECK (("status" IN ('taken', 'scheduled', 'confirmed', 'completed')) <= ("provider_id" IS NOT NULL)), CONSTRAINT "outreach_orders_point" CHECK ("latitude" BETWEEN -90 AND 90 AND "longitude" BETWEEN -180 AND 180), CONSTRAINT "outreach_orders_window" CHECK ("window_to" >= "window_from" AND "window_to" <= "window_from" + 366), CONSTRAINT "outreach_orders_headcount" CHECK ("headcount" BETWEEN 1 AND 5000), CONSTRAINT "outreach_orders_status" CHECK ("status" IN ('submitted', 'open', 'taken', 'scheduled', 'confirmed', 'completed', 'cancelled')), CONSTRAINT "outreach_orders_pkey" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "outreach_orders_untaken_idx" ON "outreach_orders" ("created_at") WHERE "status" IN ('submitted', 'open')`,
    );
    await q.query(
      `CREATE INDEX "outreach_orders_region_idx" ON "outreach_orders" ("region_code", "status", "created_at")`,
    );
    await q.query(`CREATE INDEX "outreach_orders_provider_idx" ON "outreach_orders" ("provider_id", "status")`);
    await q.query(`CREATE INDEX "outreach_orders_orderer_idx" ON "outreach_orders" ("orderer_id", "created_at")`);
    await q.query(
      `CREATE TABLE "outreach_order_declines" ("order_id" uuid NOT NULL, "provider_id" uuid NOT NULL, "reason" character varying(500) NOT NULL, "declined_by" uuid NOT NULL, "declined_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "outreach_order_declines_pkey" PRIMARY KEY ("order_id", "provider_id"))`,
    );
    await q.query(
      `CREATE TABLE "outreach_activities" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "order_id" uuid NOT NULL, "provider_id" uuid NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "lead_id" uuid NOT NULL, "sign_code" character(6) NOT NULL, "people_reached" integer, "completed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "outreach_activities_people_reached" CHECK ("people_reached" IS NULL OR "people_reached" BETWEEN 0 AND 100000), CONSTRAINT "outreach_activities_sign_code" CHECK ("sign_code" ~ '^[0-9]{6}$'), CONSTRAINT "outreach_activities_times" CHECK ("ends_at" > "starts_at" AND "ends_at" <= "starts_at" + interval '1 day'), CONSTRAINT "outreach_activities_pkey" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "outreach_activities_provider_idx" ON "outreach_activities" ("provider_id", "starts_at")`,
    );
    await q.query(`CREATE UNIQUE INDEX "outreach_activities_order_key" ON "outreach_activities" ("order_id")`);
    await q.query(
      `CREATE TABLE "outreach_activity_volunteers" ("activity_id" uuid NOT NULL, "account_id" uuid NOT NULL, "team_id" uuid NOT NULL, "joined_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "signed_in_at" TIMESTAMP WITH TIME ZONE, "signed_out_at" TIMESTAMP WITH TIME ZONE, "credited_minutes" integer, CONSTRAINT "outreach_activity_volunteers_credit" CHECK ("credited_minutes" IS NULL OR "credited_minutes" BETWEEN 0 AND 1440), CONSTRAINT "outreach_activity_volunteers_signed" CHECK ("signed_out_at" IS NULL OR "signed_out_at" > "signed_in_at"), CONSTRAINT "outreach_activity_volunteers_pkey" PRIMARY KEY ("activity_id", "account_id"))`,
    );
    await q.query(
      `CREATE INDEX "outreach_activity_volunteers_account_idx" ON "outreach_activity_volunteers" ("account_id", "joined_at")`,
    );
    await q.query(
      `CREATE TABLE "volunteer_manual_hours" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid NOT NULL, "team_id" uuid NOT NULL, "activity_id" uuid, "minutes" integer NOT NULL, "reason" character varying(500) NOT NULL, "added_by" uuid NOT NULL, "added_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "volunteer_manual_hours_minutes" CHECK ("minutes" BETWEEN 1 AND 1440), CONSTRAINT "volunteer_manual_hours_pkey" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "volunteer_manual_hours_account_idx" ON "volunteer_manual_hours" ("account_id", "added_at")`,
    );
    await q.query(
      `CREATE TABLE "outreach_experts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid NOT NULL, "name" character varying(64) NOT NULL, "title" character varying(64) NOT NULL, "organisation_name" character varying(100) NOT NULL, "fields" text array NOT NULL, "region_code" character varying(16) NOT NULL, "district_codes" text array NOT NULL, "languages" text array NOT NULL DEFAULT '{}', "profile" character varying(1000) NOT NULL, "public_profile" boolean NOT NULL DEFAULT false, "consented_at" TIMESTAMP WITH TIME ZONE, "status" character varying(16) NOT NULL, "reviewed_by" uuid, "reviewed_at" TIMESTAMP WITH TIME ZONE, "review_comment" character varying(500), "is_demo" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "outreach_experts_consent" CHECK ("public_profile" <= ("consented_at" IS NOT NULL)), CONSTRAINT "outreach_experts_districts" CHECK (cardinality("district_codes") BETWEEN 1 AND 50), CONSTRAINT "outreach_experts_fields" CHECK (cardinality("fields") BETWEEN 1 AND 10), CONSTRAINT "outreach_experts_status" CHECK ("status" IN ('submitted', 'approved', 'rejected', 'withdrawn')), CONSTRAINT "outreach_experts_pkey" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "outreach_experts_region_idx" ON "outreach_experts" ("region_code", "status")`);
    await q.query(`CREATE UNIQUE INDEX "outreach_experts_account_key" ON "outreach_experts" ("account_id")`);
    await q.query(
      `CREATE TABLE "volunteer_profiles" ("account_id" uuid NOT NULL, "real_name" character varying(64) NOT NULL, "skills" text array NOT NULL DEFAULT '{}', "district_codes" text array NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "volunteer_profiles_districts" CHECK (cardinality("district_codes") <= 50), CONSTRAINT "volunteer_profiles_skills" CHECK (cardinality("skills") <= 20), CONSTRAINT "volunteer_profiles_pkey" PRIMARY KEY ("account_id"))`,
    );
    await q.query(
      `ALTER TABLE "outreach_menu_items" ADD CONSTRAINT "outreach_menu_items_provider_fkey" FOREIGN KEY ("provider_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "outreach_menu_items" ADD CONSTRAINT "outreach_menu_items_created_by_fkey" FOREIGN KEY ("created_by") REFERENCES "accounts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "outreach_orders" ADD CONSTRAINT "outreach_orders_menu_item_fkey" FOREIGN KEY ("menu_item_id") REFERENCES "outreach_menu_items"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "outreach_orders" ADD CONSTRAINT "outreach_orders_orderer_fkey" FOREIGN KEY ("orderer_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "outreach_orders" ADD CONSTRAINT "outreach_orders_ordered_by_fkey" FOREIGN KEY ("ordered_by") REFERENCES "accounts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "outreach_orders" ADD CONSTRAINT "outreach_orders_provider_fkey" FOREIGN KEY ("provider_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "outreach_order_declines" ADD CONSTRAINT "outreach_order_declines_order_fkey" FOREIGN KEY ("order_id") REFERENCES "outreach_orders"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "outreach_order_declines" ADD CONSTRAINT "outreach_order_declines_provider_fkey" FOREIGN KEY ("provider_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "outreach_activities" ADD CONSTRAINT "outreach_activities_order_fkey" FOREIGN KEY ("order_id") REFERENCES "outreach_orders"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "outreach_activities" ADD CONSTRAINT "outreach_activities_provider_fkey" FOREIGN KEY ("provider_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "outreach_activities" ADD CONSTRAINT "outreach_activities_lead_fkey" FOREIGN KEY ("lead_id") REFERENCES "accounts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "outreach_activity_volunteers" ADD CONSTRAINT "outreach_activity_volunteers_activity_fkey" FOREIGN KEY ("activity_id") REFERENCES "outreach_activities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "outreach_activity_volunteers" ADD CONSTRAINT "outreach_activity_volunteers_account_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "outreach_activity_volunteers" ADD CONSTRAINT "outreach_activity_volunteers_team_fkey" FOREIGN KEY ("team_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "volunteer_manual_hours" ADD CONSTRAINT "volunteer_manual_hours_account_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "volunteer_manual_hours" ADD CONSTRAINT "volunteer_manual_hours_team_fkey" FOREIGN KEY ("team_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "volunteer_manual_hours" ADD CONSTRAINT "volunteer_manual_hours_activity_fkey" FOREIGN KEY ("activity_id") REFERENCES "outreach_activities"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "outreach_experts" ADD CONSTRAINT "outreach_experts_account_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "volunteer_profiles" ADD CONSTRAINT "volunteer_profiles_account_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "volunteer_profiles" DROP CONSTRAINT "volunteer_profiles_account_fkey"`);
    await q.query(`ALTER TABLE "outreach_experts" DROP CONSTRAINT "outreach_experts_account_fkey"`);
    await q.query(`ALTER TABLE "volunteer_manual_hours" DROP CONSTRAINT "volunteer_manual_hours_activity_fkey"`);
    await q.query(`ALTER TABLE "volunteer_manual_hours" DROP CONSTRAINT "volunteer_manual_hours_team_fkey"`);
    await q.query(`ALTER TABLE "volunteer_manual_hours" DROP CONSTRAINT "volunteer_manual_hours_account_fkey"`);
    await q.query(
      `ALTER TABLE "outreach_activity_volunteers" DROP CONSTRAINT "outreach_activity_volunteers_team_fkey"`,
    );
    await q.query(
      `ALTER TABLE "outreach_activity_volunteers" DROP CONSTRAINT "outreach_activity_volunteers_account_fkey"`,
    );
    await q.query(
      `ALTER TABLE "outreach_activity_volunteers" DROP CONSTRAINT "outreach_activity_volunteers_activity_fkey"`,
    );
    await q.query(`ALTER TABLE "outreach_activities" DROP CONSTRAINT "outreach_activities_lead_fkey"`);
    await q.query(`ALTER TABLE "outreach_activities" DROP CONSTRAINT "outreach_activities_provider_fkey"`);
    await q.query(`ALTER TABLE "outreach_activities" DROP CONSTRAINT "outreach_activities_order_fkey"`);
    await q.query(`ALTER TABLE "outreach_order_declines" DROP CONSTRAINT "outreach_order_declines_provider_fkey"`);
    await q.query(`ALTER TABLE "outreach_order_declines" DROP CONSTRAINT "outreach_order_declines_order_fkey"`);
    await q.query(`ALTER TABLE "outreach_orders" DROP CONSTRAINT "outreach_orders_provider_fkey"`);
    await q.query(`ALTER TABLE "outreach_orders" DROP CONSTRAINT "outreach_orders_ordered_by_fkey"`);
    await q.query(`ALTER TABLE "outreach_orders" DROP CONSTRAINT "outreach_orders_orderer_fkey"`);
    await q.query(`ALTER TABLE "outreach_orders" DROP CONSTRAINT "outreach_orders_menu_item_fkey"`);
    await q.query(`ALTER TABLE "outreach_menu_items" DROP CONSTRAINT "outreach_menu_items_created_by_fkey"`);
    await q.query(`ALTER TABLE "outreach_menu_items" DROP CONSTRAINT "outreach_menu_items_provider_fkey"`);
    await q.query(`DROP TABLE "volunteer_profiles"`);
    await q.query(`DROP INDEX "public"."outreach_experts_account_key"`);
    await q.query(`DROP INDEX "public"."outreach_experts_region_idx"`);
    await q.query(`DROP TABLE "outreach_experts"`);
    await q.query(`DROP INDEX "public"."volunteer_manual_hours_account_idx"`);
    await q.query(`DROP TABLE "volunteer_manual_hours"`);
    await q.query(`DROP INDEX "public"."outreach_activity_volunteers_account_idx"`);
    await q.query(`DROP TABLE "outreach_activity_volunteers"`);
    await q.query(`DROP INDEX "public"."outreach_activities_order_key"`);
    await q.query(`DROP INDEX "public"."outreach_activities_provider_idx"`);
    await q.query(`DROP TABLE "outreach_activities"`);
    await q.query(`DROP TABLE "outreach_order_declines"`);
    await q.query(`DROP INDEX "public"."outreach_orders_orderer_idx"`);
    await q.query(`DROP INDEX "public"."outreach_orders_provider_idx"`);
    await q.query(`DROP INDEX "public"."outreach_orders_region_idx"`);
    await q.query(`DROP INDEX "public"."outreach_orders_untaken_idx"`);
    await q.query(`DROP TABLE "outreach_orders"`);
    await q.query(`DROP INDEX "public"."outreach_menu_items_provider_idx"`);
    await q.query(`DROP INDEX "public"."outreach_menu_items_status_idx"`);
    await q.query(`DROP TABLE "outreach_menu_items"`);
    await q.query(`DELETE FROM "role_grants" WHERE "role" IN ('community', 'volunteer')`);
    await q.query(`DELETE FROM "invitations" WHERE "role" IN ('community', 'volunteer')`);
    // The old kinds closest to the new ones: a community office is a public institution, a team an NGO.
    await q.query(`UPDATE "organisations" SET "kind" = 'public_institution' WHERE "kind" = 'community'`);
    await q.query(`UPDATE "organisations" SET "kind" = 'ngo' WHERE "kind" = 'volunteer_team'`);
    await q.query(`ALTER TABLE "organisations" DROP CONSTRAINT "organisations_kind"`);
    await q.query(
      `ALTER TABLE "organisations" ADD CONSTRAINT "organisations_kind" CHECK ("kind" IN ('museum', 'school', 'enterprise', 'research_institute', 'public_institution', 'ngo'))`,
    );
    await q.query(`ALTER TABLE "role_grants" DROP CONSTRAINT "role_grants_role"`);
    await q.query(
      `ALTER TABLE "role_grants" ADD CONSTRAINT "role_grants_role" CHECK ("role" IN ('visitor', 'school', 'operator', 'district_admin', 'city_admin', 'system_admin'))`,
    );
    await q.query(`ALTER TABLE "role_grants" DROP CONSTRAINT "role_grants_organisation_scope"`);
    await q.query(
      `ALTER TABLE "role_grants" ADD CONSTRAINT "role_grants_organisation_scope" CHECK (("role" IN ('operator', 'school')) = ("organisation_id" IS NOT NULL))`,
    );
    await q.query(`ALTER TABLE "invitations" DROP CONSTRAINT "invitations_role"`);
    await q.query(
      `ALTER TABLE "invitations" ADD CONSTRAINT "invitations_role" CHECK ("role" IN ('visitor', 'school', 'operator', 'district_admin', 'city_admin', 'system_admin'))`,
    );
    await q.query(`ALTER TABLE "invitations" DROP CONSTRAINT "invitations_organisation_scope"`);
    await q.query(
      `ALTER TABLE "invitations" ADD CONSTRAINT "invitations_organisation_scope" CHECK (("role" IN ('operator', 'school')) = ("organisation_id" IS NOT NULL))`,
    );
  }
}
