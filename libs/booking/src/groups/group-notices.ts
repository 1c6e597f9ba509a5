import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Role, RoleHolders } from '@kepu/identity';
import { Notifier } from '@kepu/notify';
import { GroupMessage } from './group-messages';

/** Sends a group visit's or agreement's news to one side: the venue's operators, or the school's teachers. */
@Injectable()
export class GroupNotices {
  constructor(
    private readonly notifier: Notifier,
    private readonly roleHolders: RoleHolders,
  ) {}

  async toAccounts(tx: EntityManager, accountIds: string[], message: GroupMessage): Promise<void> {
    for (const accountId of new Set(accountIds)) await this.notifier.send({ ...message, accountId }, tx);
  }

  /** Everyone who runs the venue's organisation. */
  async toVenue(tx: EntityManager, venue: { organisationId: string }, message: GroupMessage): Promise<void> {
    await this.toAccounts(tx, await this.roleHolders.ofOrganisation(venue.organisationId, Role.Operator, tx), message);
  }

  async toSchool(tx: EntityManager, schoolId: string, message: GroupMessage): Promise<void> {
    await this.toAccounts(tx, await this.roleHolders.ofOrganisation(schoolId, Role.School, tx), message);
  }
}
