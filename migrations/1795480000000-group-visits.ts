import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * School group visits (馆校合作): group visits and cooperation agreements, the offerings' group
 * rules, schools' 学校标识码, and group bookings (kind, headcount, name-list roles). Family
 * bookings keep their one-per-account-per-day rule; a group's booking is outside it.
 */
export class GroupVisits1795480000000 implements MigrationInterface {
  name = 'GroupVisits1795480000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "group_visits" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "school_id" uuid NOT NULL, "requested_by" uuid NOT NULL, "resource_id" uuid NOT NULL, "offering_id" uuid NOT NULL, "preferred_slot_ids" uuid array NOT NULL, "status" character varying(16) NOT NULL, "slot_id" uuid, "visit_date" date, "booking_id" uuid, "agreement_id" uuid, "students" smallint NOT NULL, "teachers" smallint NOT NULL, "grade_band" character varying(16) NOT NULL, "class_name" character varying(50), "topic" character varying(200) NOT NULL, "needs" character varying(500), "leader_name" character varying(50) NOT NULL, "leader_phone" bytea, "expires_at" TIMESTAMP WITH TIME ZONE, "reason" character varying(500), "decided_by" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "cancelled_by" character varying(8), "cancelled_at" TIMESTAMP WITH TIME ZONE, "rating" smallint, "feedback" character varying(1000), "feedback_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "group_visits_cancelled_by" CHECK ("cancelled_by" IS NULL OR "cancelled_by" IN ('school', 'venue')), CONSTRAINT "group_visits_rating" CHECK ("rating" IS NULL OR "rating" BETWEEN 1 AND 5), CONSTRAINT "group_visits_booking" CHECK (("status" = 'approved') <= ("booking_id" IS NOT NULL)), CONSTRAINT "group_visits_holds_slot" CHECK (("status" IN ('approved', 'proposed')) <= ("slot_id" IS NOT NULL)), CONSTRAINT "group_visits_preferences" CHECK (cardinality("preferred_slot_ids") BETWEEN 1 AND 3), CONSTRAINT "group_visits_people" CHECK ("students" BETWEEN 1 AND 2000 AND "teachers" BETWEEN 1 AND 500), CONSTRAINT "group_visits_grade_band" CHECK ("grade_band" IN ('preschool', 'primary_lower', 'primary_upper', 'junior_high', 'senior_high', 'vocational')), CONSTRAINT "group_visits_status" CHECK ("status" IN ('requested', 'proposed', 'approved', 'rejected', 'declined', 'expired', 'cancelled')), CONSTRAINT "group_visits_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "group_visits_pending_expiry_idx" ON "group_visits" ("expires_at") WHERE "status" IN ('requested', 'proposed')`,
    );
    await queryRunner.query(
      `CREATE INDEX "group_visits_day_idx" ON "group_visits" ("resource_id", "visit_date") WHERE "status" IN ('approved', 'proposed')`,
    );
    await queryRunner.query(`CREATE INDEX "group_visits_school_idx" ON "group_visits" ("school_id", "created_at")`);
    await queryRunner.query(
      `CREATE INDEX "group_visits_resource_status_idx" ON "group_visits" ("resource_id", "status", "expires_at")`,
    );
    await queryRunner.query(
      `CREATE TABLE "group_agreements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "resource_id" uuid NOT NULL, "school_id" uuid NOT NULL, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "visit_quota" integer NOT NULL, "note" character varying(500), "status" character varying(16) NOT NULL, "created_by" uuid NOT NULL, "signed_by" uuid, "signed_at" TIMESTAMP WITH TIME ZONE, "ended_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "group_agreements_quota" CHECK ("visit_quota" BETWEEN 1 AND 1000), CONSTRAINT "group_agreements_term" CHECK ("ends_on" > "starts_on" AND "ends_on" <= "starts_on" + 366), CONSTRAINT "group_agreements_status" CHECK ("status" IN ('proposed', 'active', 'ended')), CONSTRAINT "group_agreements_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "group_agreements_school_idx" ON "group_agreements" ("school_id", "starts_on")`,
    );
    await queryRunner.query(
      `CREATE INDEX "group_agreements_resource_idx" ON "group_agreements" ("resource_id", "starts_on")`,
    );
    await queryRunner.query(`ALTER TABLE "organisations" ADD "school_code" character(10)`);
    await queryRunner.query(`ALTER TABLE "offerings" ADD "group_min_students" integer NOT NULL DEFAULT '15'`);
    await queryRunner.query(`ALTER TABLE "offerings" ADD "group_max_students" integer NOT NULL DEFAULT '200'`);
    await queryRunner.query(`ALTER TABLE "offerings" ADD "students_per_teacher" integer NOT NULL DEFAULT '20'`);
    await queryRunner.query(
      `ALTER TABLE "offerings" ADD "preschool_students_per_teacher" integer NOT NULL DEFAULT '10'`,
    );
    await queryRunner.query(`ALTER TABLE "offerings" ADD "group_lead_days" integer NOT NULL DEFAULT '3'`);
    await queryRunner.query(`ALTER TABLE "offerings" ADD "group_opens_days_ahead" integer NOT NULL DEFAULT '60'`);
    await queryRunner.query(`ALTER TABLE "offerings" ADD "max_groups_per_day" integer NOT NULL DEFAULT '3'`);
    await queryRunner.query(`ALTER TABLE "bookings" ADD "kind" character varying(16) NOT NULL DEFAULT 'individual'`);
    await queryRunner.query(`ALTER TABLE "bookings" ADD "checked_in_count" smallint`);
    await queryRunner.query(`ALTER TABLE "booking_visitors" ADD "group_role" character varying(8)`);
    await queryRunner.query(`CREATE UNIQUE INDEX "organisations_school_code_key" ON "organisations" ("school_code")`);
    await queryRunner.query(`ALTER TABLE "offerings" ADD CONSTRAINT "offerings_group_rules" CHECK ("group_min_students" >= 1 AND "group_min_students" <= "group_max_students" AND "students_per_teacher" >= 1
   AND "preschool_students_per_teacher" >= 1 AND "group_lead_days" >= 0 AND "group_opens_days_ahead" >= "group_lead_days"
   AND "max_groups_per_day" >= 1)`);
    await queryRunner.query(
      `ALTER TABLE "bookings" ADD CONSTRAINT "bookings_checked_in_count" CHECK ("checked_in_count" IS NULL OR "checked_in_count" BETWEEN 1 AND "party_size")`,
    );
    await queryRunner.query(
      `ALTER TABLE "bookings" ADD CONSTRAINT "bookings_kind" CHECK ("kind" IN ('individual', 'group'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "booking_visitors" ADD CONSTRAINT "booking_visitors_group_role" CHECK ("group_role" IS NULL OR "group_role" IN ('student', 'teacher'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "group_visits" ADD CONSTRAINT "group_visits_school_fkey" FOREIGN KEY ("school_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "group_visits" ADD CONSTRAINT "group_visits_requested_by_fkey" FOREIGN KEY ("requested_by") REFERENCES "accounts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "group_visits" ADD CONSTRAINT "group_visits_resource_fkey" FOREIGN KEY ("resource_id") REFERENCES "resources"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "group_visits" ADD CONSTRAINT "group_visits_offering_fkey" FOREIGN KEY ("offering_id") REFERENCES "offerings"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "group_visits" ADD CONSTRAINT "group_visits_slot_fkey" FOREIGN KEY ("slot_id") REFERENCES "slots"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "group_visits" ADD CONSTRAINT "group_visits_booking_fkey" FOREIGN KEY ("booking_id") REFERENCES "bookings"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "group_visits" ADD CONSTRAINT "group_visits_agreement_fkey" FOREIGN KEY ("agreement_id") REFERENCES "group_agreements"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "group_agreements" ADD CONSTRAINT "group_agreements_resource_fkey" FOREIGN KEY ("resource_id") REFERENCES "resources"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "group_agreements" ADD CONSTRAINT "group_agreements_school_fkey" FOREIGN KEY ("school_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "bookings" DROP CONSTRAINT "bookings_party_size"`);
    await queryRunner.query(
      `ALTER TABLE "bookings" ADD CONSTRAINT "bookings_party_size" CHECK ("party_size" BETWEEN 1 AND 2500)`,
    );
    await queryRunner.query(`DROP INDEX "public"."bookings_one_per_account_offering_day"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "bookings_one_per_account_offering_day" ON "bookings" ("account_id", "offering_id", "visit_date") WHERE "kind" = 'individual' AND "status" IN ('confirmed', 'waitlisted', 'checked_in')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."bookings_one_per_account_offering_day"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "bookings_one_per_account_offering_day" ON "bookings" ("account_id", "offering_id", "visit_date") WHERE "status" IN ('confirmed', 'waitlisted', 'checked_in')`,
    );
    await queryRunner.query(`ALTER TABLE "bookings" DROP CONSTRAINT "bookings_party_size"`);
    await queryRunner.query(
      `ALTER TABLE "bookings" ADD CONSTRAINT "bookings_party_size" CHECK ("party_size" BETWEEN 1 AND 200)`,
    );
    await queryRunner.query(`ALTER TABLE "group_agreements" DROP CONSTRAINT "group_agreements_school_fkey"`);
    await queryRunner.query(`ALTER TABLE "group_agreements" DROP CONSTRAINT "group_agreements_resource_fkey"`);
    await queryRunner.query(`ALTER TABLE "group_visits" DROP CONSTRAINT "group_visits_agreement_fkey"`);
    await queryRunner.query(`ALTER TABLE "group_visits" DROP CONSTRAINT "group_visits_booking_fkey"`);
    await queryRunner.query(`ALTER TABLE "group_visits" DROP CONSTRAINT "group_visits_slot_fkey"`);
    await queryRunner.query(`ALTER TABLE "group_visits" DROP CONSTRAINT "group_visits_offering_fkey"`);
    await queryRunner.query(`ALTER TABLE "group_visits" DROP CONSTRAINT "group_visits_resource_fkey"`);
    await queryRunner.query(`ALTER TABLE "group_visits" DROP CONSTRAINT "group_visits_requested_by_fkey"`);
    await queryRunner.query(`ALTER TABLE "group_visits" DROP CONSTRAINT "group_visits_school_fkey"`);
    await queryRunner.query(`ALTER TABLE "booking_visitors" DROP CONSTRAINT "booking_visitors_group_role"`);
    await queryRunner.query(`ALTER TABLE "bookings" DROP CONSTRAINT "bookings_kind"`);
    await queryRunner.query(`ALTER TABLE "bookings" DROP CONSTRAINT "bookings_checked_in_count"`);
    await queryRunner.query(`ALTER TABLE "offerings" DROP CONSTRAINT "offerings_group_rules"`);
    await queryRunner.query(`DROP INDEX "public"."organisations_school_code_key"`);
    await queryRunner.query(`ALTER TABLE "booking_visitors" DROP COLUMN "group_role"`);
    await queryRunner.query(`ALTER TABLE "bookings" DROP COLUMN "checked_in_count"`);
    await queryRunner.query(`ALTER TABLE "bookings" DROP COLUMN "kind"`);
    await queryRunner.query(`ALTER TABLE "offerings" DROP COLUMN "max_groups_per_day"`);
    await queryRunner.query(`ALTER TABLE "offerings" DROP COLUMN "group_opens_days_ahead"`);
    await queryRunner.query(`ALTER TABLE "offerings" DROP COLUMN "group_lead_days"`);
    await queryRunner.query(`ALTER TABLE "offerings" DROP COLUMN "preschool_students_per_teacher"`);
    await queryRunner.query(`ALTER TABLE "offerings" DROP COLUMN "students_per_teacher"`);
    await queryRunner.query(`ALTER TABLE "offerings" DROP COLUMN "group_max_students"`);
    await queryRunner.query(`ALTER TABLE "offerings" DROP COLUMN "group_min_students"`);
    await queryRunner.query(`ALTER TABLE "organisations" DROP COLUMN "school_code"`);
    await queryRunner.query(`DROP INDEX "public"."group_agreements_resource_idx"`);
    await queryRunner.query(`DROP INDEX "public"."group_agreements_school_idx"`);
    await queryRunner.query(`DROP TABLE "group_agreements"`);
    await queryRunner.query(`DROP INDEX "public"."group_visits_resource_status_idx"`);
    await queryRunner.query(`DROP INDEX "public"."group_visits_school_idx"`);
    await queryRunner.query(`DROP INDEX "public"."group_visits_day_idx"`);
    await queryRunner.query(`DROP INDEX "public"."group_visits_pending_expiry_idx"`);
    await queryRunner.query(`DROP TABLE "group_visits"`);
  }
}
