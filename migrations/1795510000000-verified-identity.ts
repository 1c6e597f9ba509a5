import { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationCipher } from '../libs/core/src/privacy/migration-cipher';

/**
 * Verified identity (docs/identity.md): one-time codes prove a login; roles are offered as
 * invitations; administrators suspend accounts; a deleted account keeps its row, erased, so past
 * bookings still count. Account phones are sealed like visitors' numbers, with a lookup hash.
 * Accounts that existed before have not proven their login and are asked to at their next sign-in;
 * seeded demo accounts count as proven.
 */
export class VerifiedIdentity1795510000000 implements MigrationInterface {
  name = 'VerifiedIdentity1795510000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "verification_codes" (
        "login_hash" bytea NOT NULL,
        "code_hash" bytea,
        "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "attempts" integer NOT NULL DEFAULT '0',
        "last_sent_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "sends_in_window" integer NOT NULL,
        "window_started_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        CONSTRAINT "PK_a061de6103c037b502df572637c" PRIMARY KEY ("login_hash")
      )`);
    await q.query(`
      CREATE TABLE "invitations" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "login_sealed" bytea NOT NULL,
        "login_hash" bytea NOT NULL,
        "role" character varying(32) NOT NULL,
        "region_code" character varying(16),
        "organisation_id" uuid,
        "invited_by" uuid NOT NULL,
        "status" character varying(16) NOT NULL DEFAULT 'pending',
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "decided_at" TIMESTAMP WITH TIME ZONE,
        "decided_by" uuid,
        CONSTRAINT "invitations_organisation_scope" CHECK (("role" IN ('operator', 'school')) = ("organisation_id" IS NOT NULL)),
        CONSTRAINT "invitations_region_scope" CHECK (("role" IN ('district_admin', 'city_admin')) = ("region_code" IS NOT NULL)),
        CONSTRAINT "invitations_status" CHECK ("status" IN ('pending', 'accepted', 'declined', 'withdrawn', 'expired')),
        CONSTRAINT "invitations_role" CHECK ("role" IN ('visitor', 'school', 'operator', 'district_admin', 'city_admin', 'system_admin')),
        CONSTRAINT "PK_5dec98cfdfd562e4ad3648bbb07" PRIMARY KEY ("id")
      )`);
    await q.query(`CREATE INDEX "invitations_login_idx" ON "invitations" ("login_hash")`);
    await q.query(`CREATE INDEX "invitations_organisation_idx" ON "invitations" ("organisation_id")`);
    await q.query(`
      CREATE UNIQUE INDEX "invitations_pending_unique" ON "invitations" ("login_hash", "role", "region_code", "organisation_id")
      NULLS NOT DISTINCT WHERE "status" = 'pending'`);

    await q.query(`ALTER TABLE "accounts" ADD "phone_sealed" bytea`);
    await q.query(`ALTER TABLE "accounts" ADD "phone_hash" bytea`);
    await q.query(`ALTER TABLE "accounts" ADD CONSTRAINT "UQ_e1eb92ca911ae1c78539f2f9202" UNIQUE ("phone_hash")`);
    const phones: { id: string; phone: string }[] = await q.query(
      `SELECT id, phone FROM "accounts" WHERE "phone" IS NOT NULL`,
    );
    for (const { id, phone } of phones) {
      const cipher = migrationCipher();
      await q.query(`UPDATE "accounts" SET "phone_sealed" = $2, "phone_hash" = $3 WHERE id = $1`, [
        id,
        cipher.encrypt(phone),
        cipher.hash(`phone:${phone}`),
      ]);
    }
    await q.query(`ALTER TABLE "accounts" DROP CONSTRAINT "accounts_login_present"`);
    await q.query(`ALTER TABLE "accounts" DROP CONSTRAINT "UQ_41704a57004fc60242d7996bd85"`);
    await q.query(`ALTER TABLE "accounts" DROP COLUMN "phone"`);
    await q.query(`ALTER TABLE "accounts" ADD "verified_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "accounts" ADD "privacy_version" character varying(16)`);
    await q.query(`ALTER TABLE "accounts" ADD "suspended_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "accounts" ADD "suspended_reason" character varying(200)`);
    await q.query(`ALTER TABLE "accounts" ALTER COLUMN "password_hash" DROP NOT NULL`);
    await q.query(`ALTER TABLE "accounts" DROP CONSTRAINT "accounts_status"`);
    await q.query(`UPDATE "accounts" SET "status" = 'suspended', "suspended_at" = now() WHERE "status" = 'disabled'`);
    await q.query(`UPDATE "accounts" SET "verified_at" = "created_at" WHERE "is_demo"`);
    await q.query(
      `ALTER TABLE "accounts" ADD CONSTRAINT "accounts_status" CHECK ("status" IN ('active', 'suspended', 'deleted'))`,
    );
    await q.query(`ALTER TABLE "accounts" ADD CONSTRAINT "accounts_login_present"
      CHECK ("status" = 'deleted' OR "email" IS NOT NULL OR "phone_hash" IS NOT NULL)`);
    // Failed sign-ins were keyed by the login in clear; they are now keyed by its hash and start afresh.
    await q.query(`DELETE FROM "login_attempts"`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "accounts" DROP CONSTRAINT "accounts_login_present"`);
    await q.query(`ALTER TABLE "accounts" DROP CONSTRAINT "accounts_status"`);
    // Erased accounts had no login left: the old schema cannot hold them without one.
    await q.query(`DELETE FROM "accounts" WHERE "status" = 'deleted'`);
    await q.query(`UPDATE "accounts" SET "status" = 'disabled' WHERE "status" = 'suspended'`);
    await q.query(`ALTER TABLE "accounts" ADD CONSTRAINT "accounts_status" CHECK ("status" IN ('active', 'disabled'))`);
    await q.query(`UPDATE "accounts" SET "password_hash" = '!' WHERE "password_hash" IS NULL`);
    await q.query(`ALTER TABLE "accounts" ALTER COLUMN "password_hash" SET NOT NULL`);
    await q.query(`ALTER TABLE "accounts" DROP COLUMN "suspended_reason"`);
    await q.query(`ALTER TABLE "accounts" DROP COLUMN "suspended_at"`);
    await q.query(`ALTER TABLE "accounts" DROP COLUMN "privacy_version"`);
    await q.query(`ALTER TABLE "accounts" DROP COLUMN "verified_at"`);
    await q.query(`ALTER TABLE "accounts" ADD "phone" character varying(11)`);
    await q.query(`ALTER TABLE "accounts" ADD CONSTRAINT "UQ_41704a57004fc60242d7996bd85" UNIQUE ("phone")`);
    const sealed: { id: string; phone_sealed: Buffer }[] = await q.query(
      `SELECT id, phone_sealed FROM "accounts" WHERE "phone_sealed" IS NOT NULL`,
    );
    for (const row of sealed) {
      await q.query(`UPDATE "accounts" SET "phone" = $2 WHERE id = $1`, [
        row.id,
        migrationCipher().decrypt(row.phone_sealed),
      ]);
    }
    await q.query(`ALTER TABLE "accounts" DROP CONSTRAINT "UQ_e1eb92ca911ae1c78539f2f9202"`);
    await q.query(`ALTER TABLE "accounts" DROP COLUMN "phone_hash"`);
    await q.query(`ALTER TABLE "accounts" DROP COLUMN "phone_sealed"`);
    await q.query(
      `ALTER TABLE "accounts" ADD CONSTRAINT "accounts_login_present" CHECK ("email" IS NOT NULL OR "phone" IS NOT NULL)`,
    );
    await q.query(`DELETE FROM "login_attempts"`);
    await q.query(`DROP TABLE "invitations"`);
    await q.query(`DROP TABLE "verification_codes"`);
  }
}
