import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * SMS gateways: a message a channel can never send (no template for its kind, a number or
 * template the gateway refuses, no balance) is recorded as failed with its reason, once, instead
 * of being retried for ever. Codes and invitations go to logins that may have no account yet.
 */
export class SmsDeliveries1795510000300 implements MigrationInterface {
  name = 'SmsDeliveries1795510000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "notification_deliveries" ALTER COLUMN "account_id" DROP NOT NULL`);
    await q.query(`ALTER TABLE "notification_deliveries" ADD "status" character varying(8) NOT NULL DEFAULT 'sent'`);
    await q.query(`ALTER TABLE "notification_deliveries" ADD "reason" character varying(300)`);
    await q.query(
      `ALTER TABLE "notification_deliveries" ADD CONSTRAINT "notification_deliveries_status" CHECK ("status" IN ('sent', 'failed'))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "notification_deliveries" DROP CONSTRAINT "notification_deliveries_status"`);
    await q.query(`ALTER TABLE "notification_deliveries" DROP COLUMN "reason"`);
    await q.query(`ALTER TABLE "notification_deliveries" DROP COLUMN "status"`);
    // Messages to logins have no account to keep them under in the old schema.
    await q.query(`DELETE FROM "notification_deliveries" WHERE "account_id" IS NULL`);
    await q.query(`ALTER TABLE "notification_deliveries" ALTER COLUMN "account_id" SET NOT NULL`);
  }
}
