import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Role } from '@kepu/identity';
import { Notification, Notifier } from '@kepu/notify';

/** One text for several accounts (a provider's operators, say). */
export type OutreachMessage = Omit<Notification, 'accountId'>;

/**
 * Sends outreach news through the outbox, in the caller's transaction, to the people concerned
 * (docs/outreach.md, "Notifications"): an organisation's members in a role, or the administrators
 * of a region (those of the region itself or, with `above`, of the regions containing it).
 */
@Injectable()
export class OutreachNotices {
  constructor(private readonly notifier: Notifier) {}

  async toAccounts(tx: EntityManager, accountIds: string[], message: OutreachMessage): Promise<void> {
    for (const accountId of new Set(accountIds)) await this.notifier.send({ ...message, accountId }, tx);
  }

  /** Everyone holding `role` for the organisation (its operators, teachers, community workers or volunteers). */
  async toMembers(tx: EntityManager, organisationId: string, role: Role, message: OutreachMessage): Promise<void> {
    const rows: { accountId: string }[] = await tx.query(
      `SELECT DISTINCT g.account_id AS "accountId" FROM role_grants g JOIN accounts a ON a.id = g.account_id
        WHERE g.organisation_id = $1 AND g.role = $2 AND a.status = 'active'`,
      [organisationId, role],
    );
    await this.toAccounts(
      tx,
      rows.map((r) => r.accountId),
      message,
    );
  }

  /** The district administrators of the region, or (`level: 'city'`) the city administrators above it. */
  async toAdministrators(
    tx: EntityManager,
    regionCode: string,
    message: OutreachMessage,
    level: 'district' | 'city' = 'district',
  ): Promise<void> {
    const role = level === 'city' ? Role.CityAdmin : Role.DistrictAdmin;
    const rows: { accountId: string }[] = await tx.query(
      `SELECT DISTINCT g.account_id AS "accountId"
         FROM role_grants g JOIN accounts a ON a.id = g.account_id
         JOIN regions admin_r ON admin_r.code = g.region_code
         JOIN regions r ON r.code = $1
        WHERE g.role = $2 AND a.status = 'active'
          AND (r.path = admin_r.path OR r.path LIKE admin_r.path || '/%')`,
      [regionCode, role],
    );
    await this.toAccounts(
      tx,
      rows.map((r) => r.accountId),
      message,
    );
  }
}
