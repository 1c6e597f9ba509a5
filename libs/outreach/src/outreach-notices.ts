import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Role, RoleHolders } from '@kepu/identity';
import { Notification, Notifier } from '@kepu/notify';

/** One text for several accounts (a provider's operators, say). */
export type OutreachMessage = Omit<Notification, 'accountId'>;

/**
 * Sends outreach news through the outbox, in the caller's transaction, to the people concerned
 * (docs/outreach.md, "Notifications"): an organisation's members in a role, or the administrators
 * of a region or of a region containing it, as identity's RoleHolders finds them.
 */
@Injectable()
export class OutreachNotices {
  constructor(
    private readonly notifier: Notifier,
    private readonly roleHolders: RoleHolders,
  ) {}

  async toAccounts(tx: EntityManager, accountIds: string[], message: OutreachMessage): Promise<void> {
    for (const accountId of new Set(accountIds)) await this.notifier.send({ ...message, accountId }, tx);
  }

  /** Everyone holding `role` for the organisation (its operators, teachers, community workers or volunteers). */
  async toMembers(tx: EntityManager, organisationId: string, role: Role, message: OutreachMessage): Promise<void> {
    await this.toAccounts(tx, await this.roleHolders.ofOrganisation(organisationId, role, tx), message);
  }

  /** The district administrators of the region, or (`level: 'city'`) the city administrators above it. */
  async toAdministrators(
    tx: EntityManager,
    regionCode: string,
    message: OutreachMessage,
    level: 'district' | 'city' = 'district',
  ): Promise<void> {
    const role = level === 'city' ? Role.CityAdmin : Role.DistrictAdmin;
    await this.toAccounts(tx, await this.roleHolders.administratorsOver(regionCode, role, tx), message);
  }
}
