import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Failed sign-ins are counted per login and client address (a back-off), no longer per login
 * alone (a lockout anyone could set off on someone else). The old counts do not translate and
 * matter for at most 15 minutes: the table starts empty, both ways.
 */
export class SignInBackoff1795500000200 implements MigrationInterface {
  name = 'SignInBackoff1795500000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "login_attempts"`);
    await q.query(`
      CREATE TABLE "login_attempts" (
        "login_key" character varying(254) NOT NULL,
        "client_ip" inet NOT NULL,
        "failed_count" integer NOT NULL,
        "last_failed_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        CONSTRAINT "PK_772218daabf97eff6123f606125" PRIMARY KEY ("login_key", "client_ip")
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "login_attempts"`);
    await q.query(`
      CREATE TABLE "login_attempts" (
        "login_key" character varying(254) NOT NULL,
        "failed_count" integer NOT NULL DEFAULT '0',
        "locked_until" TIMESTAMP WITH TIME ZONE,
        "last_failed_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        CONSTRAINT "PK_6c1fcd62a7a7f382a77f7d8e30d" PRIMARY KEY ("login_key")
      )`);
  }
}
