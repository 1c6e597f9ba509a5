import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { RegionTree } from '@kepu/core';
import { AccountsStore } from './accounts.store';
import { Role } from './roles';

/** An active account holding a role for an organisation. */
export interface OrganisationRoleHolder {
  accountId: string;
  organisationId: string;
  role: Role;
}

/**
 * Identity's port for "who holds this role": the people other libs notify or check, read here
 * rather than in `role_grants` (docs/identity.md, "Ports"). Only active accounts count as holders.
 */
@Injectable()
export class RoleHolders {
  constructor(
    private readonly store: AccountsStore,
    private readonly regions: RegionTree,
  ) {}

  /** One row per active account and grant of one of `roles` for one of the organisations. */
  ofOrganisations(
    organisationIds: string[],
    roles: Role[],
    manager?: EntityManager,
  ): Promise<OrganisationRoleHolder[]> {
    return this.store.organisationRoleHolders(organisationIds, roles, manager);
  }

  /** The active accounts holding `role` for the organisation. */
  async ofOrganisation(organisationId: string, role: Role, manager?: EntityManager): Promise<string[]> {
    const holders = await this.ofOrganisations([organisationId], [role], manager);
    return [...new Set(holders.map((holder) => holder.accountId))];
  }

  /** The active administrators (`role`) of the region itself or of a region containing it. */
  async administratorsOver(regionCode: string, role: Role, manager?: EntityManager): Promise<string[]> {
    const path = await this.regions.pathOf(regionCode);
    return path ? this.store.regionRoleHolders(path.split('/'), role, manager) : [];
  }

  /**
   * Whether the account holds `role` for the organisation, active or not. With `share`, the grant is
   * share-locked in the caller's transaction, so it cannot be revoked before that commits.
   */
  holds(
    grant: { accountId: string; organisationId: string; role: Role },
    manager?: EntityManager,
    lock?: 'share',
  ): Promise<boolean> {
    return this.store.holdsOrganisationRole(grant, manager, lock);
  }

  /** The organisations the account holds `role` for. */
  organisationsOf(accountId: string, role: Role, manager?: EntityManager): Promise<string[]> {
    return this.store.organisationsOf(accountId, role, manager);
  }
}
