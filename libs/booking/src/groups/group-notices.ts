import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Role } from '@kepu/identity';
import { Notifier } from '@kepu/notify';
import { GroupMessage } from './group-messages';

/** Sends a group visit's or agreement's news to one side: the venue's operators, or the school's teachers. */
@Injectable()
export class GroupNotices {
  constructor(private readonly notifier: Notifier) {}

  async toAccounts(tx: EntityManager, accountIds: string[], message: GroupMessage): Promise<void> {
    for (const accountId of new Set(accountIds)) await this.notifier.send({ ...message, accountId }, tx);
  }

  /** Everyone who runs the venue's organisation. */
  async toVenue(tx: EntityManager, venue: { organisationId: string }, message: GroupMessage): Promise<void> {
    await this.toAccounts(tx, await this.members(tx, venue.organisationId, Role.Operator), message);
  }

  async toSchool(tx: EntityManager, schoolId: string, message: GroupMessage): Promise<void> {
    await this.toAccounts(tx, await this.members(tx, schoolId, Role.School), message);
  }

  private async members(tx: EntityManager, organisationId: string, role: Role): Promise<string[]> {
    const rows: { accountId: string }[] = await tx.query(
      `SELECT DISTINCT account_id AS "accountId" FROM role_grants WHERE organisation_id = $1 AND role = $2`,
      [organisationId, role],
    );
    return rows.map((r) => r.accountId);
  }
}
