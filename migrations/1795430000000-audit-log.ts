import { MigrationInterface, QueryRunner } from 'typeorm';

/** The append-only audit trail: sign-ins, role changes, and (with the register) every change to a resource. */
export class AuditLog1795430000000 implements MigrationInterface {
  name = 'AuditLog1795430000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE audit_log (
        id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        occurred_at      timestamptz NOT NULL DEFAULT now(),
        actor_account_id uuid,
        action           varchar(64) NOT NULL,
        subject_type     varchar(32),
        subject_id       varchar(64),
        details          jsonb NOT NULL DEFAULT '{}',
        correlation_id   varchar(64)
      )`);
    await q.query(`CREATE INDEX audit_log_subject_idx ON audit_log (subject_type, subject_id, occurred_at)`);
    await q.query(`CREATE INDEX audit_log_actor_idx ON audit_log (actor_account_id, occurred_at)`);
    await q.query(`
      CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_log`);
    await q.query(`DROP FUNCTION audit_log_is_append_only()`);
  }
}
