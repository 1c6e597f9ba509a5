import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * API processes keep a request's session and roles in memory (SessionCache). These triggers tell
 * every process, after the change commits, which account's sessions to read again: a session
 * revoked or removed, a role granted, changed or taken, an account suspended, verified or deleted.
 * A trigger, not the services, so no path that changes them (SQL by an operator included) is missed.
 */
export class SessionChanges1795510000400 implements MigrationInterface {
  name = 'SessionChanges1795510000400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION kepu_session_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('kepu_session_changes', to_jsonb(coalesce(NEW, OLD)) ->> TG_ARGV[0]);
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER sessions_changed AFTER UPDATE OF revoked_at, account_id OR DELETE ON "sessions"
        FOR EACH ROW EXECUTE FUNCTION kepu_session_changed('account_id')`);
    await q.query(`
      CREATE TRIGGER role_grants_changed AFTER INSERT OR UPDATE OR DELETE ON "role_grants"
        FOR EACH ROW EXECUTE FUNCTION kepu_session_changed('account_id')`);
    await q.query(`
      CREATE TRIGGER accounts_changed AFTER UPDATE OF status, verified_at OR DELETE ON "accounts"
        FOR EACH ROW EXECUTE FUNCTION kepu_session_changed('id')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER accounts_changed ON "accounts"`);
    await q.query(`DROP TRIGGER role_grants_changed ON "role_grants"`);
    await q.query(`DROP TRIGGER sessions_changed ON "sessions"`);
    await q.query(`DROP FUNCTION kepu_session_changed()`);
  }
}
