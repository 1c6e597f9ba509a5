import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Booking (issue 7): bookings with their visitors (ID numbers sealed, with a keyed hash for the
 * one-per-ID-per-venue-per-day index), no-show bans, notification deliveries (the dev mailbox and
 * the record that keeps retries from sending twice), and stored answers to Idempotency-Keys.
 */
export class Booking1795470000000 implements MigrationInterface {
  name = 'Booking1795470000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE idempotency_keys (
        account_id      uuid NOT NULL,
        scope           varchar(64) NOT NULL,
        key             varchar(128) NOT NULL,
        request_hash    char(64) NOT NULL,
        response_status smallint NOT NULL,
        response_body   jsonb NOT NULL,
        created_at      timestamptz NOT NULL DEFAULT now(),
        expires_at      timestamptz NOT NULL,
        PRIMARY KEY (account_id, scope, key)
      )`);
    await q.query(`CREATE INDEX idempotency_keys_expires_idx ON idempotency_keys (expires_at)`);
    await q.query(
      `CREATE TABLE "notification_deliveries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "outbox_id" bigint NOT NULL, "channel" character varying(16) NOT NULL, "kind" character varying(64) NOT NULL, "account_id" uuid NOT NULL, "recipient" character varying(254) NOT NULL, "subject" character varying(200) NOT NULL, "text" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "notification_deliveries_once_key" UNIQUE ("outbox_id", "channel"), CONSTRAINT "notification_deliveries_pkey" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "notification_deliveries_channel_idx" ON "notification_deliveries" ("channel", "created_at")`,
    );
    await q.query(
      `CREATE TABLE "bookings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(10) NOT NULL, "account_id" uuid NOT NULL, "slot_id" uuid NOT NULL, "offering_id" uuid NOT NULL, "resource_id" uuid NOT NULL, "visit_date" date NOT NULL, "party_size" smallint NOT NULL, "status" character varying(16) NOT NULL, "contact_phone" bytea, "promoted_at" TIMESTAMP WITH TIME ZONE, "cancelled_at" TIMESTAMP WITH TIME ZONE, "cancelled_by" character varying(8), "checked_in_at" TIMESTAMP WITH TIME ZONE, "checked_in_by" uuid, "no_show_at" TIMESTAMP WITH TIME ZONE, "reminded_at" TIMESTAMP WITH TIME ZONE, "personal_data_purged_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "bookings_cancelled_by" CHECK ("cancelled_by" IS NULL OR "cancelled_by" IN ('visitor', 'venue')), CONSTRAINT "bookings_party_size" CHECK ("party_size" BETWEEN 1 AND 200), CONSTRAINT "bookings_status" CHECK ("status" IN ('confirmed', 'waitlisted', 'checked_in', 'cancelled', 'no_show', 'expired')), CONSTRAINT "bookings_pkey" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "bookings_code_key" ON "bookings" ("code")`);
    await q.query(`CREATE INDEX "bookings_visit_date_idx" ON "bookings" ("visit_date")`);
    await q.query(`CREATE INDEX "bookings_account_idx" ON "bookings" ("account_id", "visit_date")`);
    await q.query(`CREATE INDEX "bookings_slot_status_idx" ON "bookings" ("slot_id", "status", "created_at")`);
    await q.query(
      `CREATE UNIQUE INDEX "bookings_one_per_account_offering_day" ON "bookings" ("account_id", "offering_id", "visit_date") WHERE "status" IN ('confirmed', 'waitlisted', 'checked_in')`,
    );
    await q.query(
      `CREATE TABLE "booking_visitors" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "booking_id" uuid NOT NULL, "position" smallint NOT NULL, "name" character varying(50) NOT NULL, "category" character varying(8) NOT NULL, "id_number" bytea, "id_hash" bytea, "resource_id" uuid NOT NULL, "visit_date" date NOT NULL, CONSTRAINT "booking_visitors_category" CHECK ("category" IN ('adult', 'child', 'senior')), CONSTRAINT "booking_visitors_pkey" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "booking_visitors_booking_idx" ON "booking_visitors" ("booking_id")`);
    await q.query(
      `CREATE UNIQUE INDEX "booking_visitors_one_per_id_venue_day" ON "booking_visitors" ("resource_id", "visit_date", "id_hash") WHERE "id_hash" IS NOT NULL`,
    );
    await q.query(
      `CREATE TABLE "booking_bans" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "no_shows" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "booking_bans_pkey" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "booking_bans_account_idx" ON "booking_bans" ("account_id", "ends_at")`);
    await q.query(
      `ALTER TABLE "bookings" ADD CONSTRAINT "bookings_account_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "bookings" ADD CONSTRAINT "bookings_slot_fkey" FOREIGN KEY ("slot_id") REFERENCES "slots"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "bookings" ADD CONSTRAINT "bookings_offering_fkey" FOREIGN KEY ("offering_id") REFERENCES "offerings"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "bookings" ADD CONSTRAINT "bookings_resource_fkey" FOREIGN KEY ("resource_id") REFERENCES "resources"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "booking_visitors" ADD CONSTRAINT "booking_visitors_booking_fkey" FOREIGN KEY ("booking_id") REFERENCES "bookings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "booking_bans" ADD CONSTRAINT "booking_bans_account_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE booking_bans`);
    await q.query(`DROP TABLE booking_visitors`);
    await q.query(`DROP TABLE bookings`);
    await q.query(`DROP TABLE notification_deliveries`);
    await q.query(`DROP TABLE idempotency_keys`);
  }
}
