import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts, their scoped roles, sessions with single-use refresh tokens, and failed-login
 * counters. Constraint names are TypeORM's, so the entities and this schema compare equal.
 */
export class Identity1795430000001 implements MigrationInterface {
  name = 'Identity1795430000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "accounts" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "email" character varying(254),
        "phone" character varying(11),
        "display_name" character varying(64) NOT NULL,
        "password_hash" character varying(255) NOT NULL,
        "status" character varying(16) NOT NULL DEFAULT 'active',
        "is_demo" boolean NOT NULL DEFAULT false,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "UQ_ee66de6cdc53993296d1ceb8aa0" UNIQUE ("email"),
        CONSTRAINT "UQ_41704a57004fc60242d7996bd85" UNIQUE ("phone"),
        CONSTRAINT "accounts_status" CHECK ("status" IN ('active', 'disabled')),
        CONSTRAINT "accounts_login_present" CHECK ("email" IS NOT NULL OR "phone" IS NOT NULL),
        CONSTRAINT "PK_5a7a02c20412299d198e097a8fe" PRIMARY KEY ("id")
      )`);
    await q.query(`
      CREATE TABLE "role_grants" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "account_id" uuid NOT NULL,
        "role" character varying(32) NOT NULL,
        "region_code" character varying(16),
        "organisation_id" uuid,
        "granted_by" uuid,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "role_grants_organisation_scope" CHECK (("role" IN ('operator', 'school')) = ("organisation_id" IS NOT NULL)),
        CONSTRAINT "role_grants_region_scope" CHECK (("role" IN ('district_admin', 'city_admin')) = ("region_code" IS NOT NULL)),
        CONSTRAINT "role_grants_role" CHECK ("role" IN ('visitor', 'school', 'operator', 'district_admin', 'city_admin', 'system_admin')),
        CONSTRAINT "PK_f7cf33da46b9f884f2d459e0eff" PRIMARY KEY ("id"),
        CONSTRAINT "FK_68ab43211f631e01c73a8302507" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await q.query(`CREATE INDEX "role_grants_organisation_idx" ON "role_grants" ("organisation_id")`);
    // A scope-less role (visitor, system_admin) must not be granted twice: NULLs compare equal here.
    await q.query(`
      CREATE UNIQUE INDEX "role_grants_unique" ON "role_grants" ("account_id", "role", "region_code", "organisation_id")
      NULLS NOT DISTINCT`);
    await q.query(`
      CREATE TABLE "sessions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "account_id" uuid NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "revoked_at" TIMESTAMP WITH TIME ZONE,
        "revoked_reason" character varying(32),
        CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"),
        CONSTRAINT "FK_da0cf19646ff5c6e3c0284468e5" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await q.query(`CREATE INDEX "sessions_account_idx" ON "sessions" ("account_id")`);
    await q.query(`
      CREATE TABLE "refresh_tokens" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "session_id" uuid NOT NULL,
        "token_hash" character(64) NOT NULL,
        "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "used_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "UQ_a7838d2ba25be1342091b6695f1" UNIQUE ("token_hash"),
        CONSTRAINT "PK_7d8bee0204106019488c4c50ffa" PRIMARY KEY ("id"),
        CONSTRAINT "FK_3bf308fa93da3966f9e76fcfba4" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await q.query(`CREATE INDEX "refresh_tokens_session_idx" ON "refresh_tokens" ("session_id")`);
    await q.query(`
      CREATE TABLE "login_attempts" (
        "login_key" character varying(254) NOT NULL,
        "failed_count" integer NOT NULL DEFAULT '0',
        "locked_until" TIMESTAMP WITH TIME ZONE,
        "last_failed_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        CONSTRAINT "PK_6c1fcd62a7a7f382a77f7d8e30d" PRIMARY KEY ("login_key")
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "login_attempts"`);
    await q.query(`DROP TABLE "refresh_tokens"`);
    await q.query(`DROP TABLE "sessions"`);
    await q.query(`DROP TABLE "role_grants"`);
    await q.query(`DROP TABLE "accounts"`);
  }
}
