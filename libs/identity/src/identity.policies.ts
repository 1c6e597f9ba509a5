import { Injectable, OnModuleInit } from '@nestjs/common';
import type { RegionTree } from '@kepu/core';
import type { GrantRequest } from './accounts.service';
import { Actor, Grant } from './policy/actor';
import { Decision, PolicyContext, PolicyService } from './policy/policy.service';
import { REGION_SCOPED_ROLES, Role } from './roles';

/**
 * A grant with the region it lies in: an administrator's own region, a member's organisation's.
 * Visitor and system administrator grants lie in none.
 */
export interface PlacedGrant extends Grant {
  region: string | null;
}

/** An account as the region rule sees it: accounts have no region, their grants do. */
export interface AccountSubject {
  accountId: string;
  grants: PlacedGrant[];
}

/** Does the actor administer this region through one of these roles? A system administrator administers all. */
async function administers(
  actor: Actor,
  regionCode: string,
  regions: RegionTree,
  roles: readonly Role[] = REGION_SCOPED_ROLES,
): Promise<boolean> {
  if (actor.isSystemAdmin) return true;
  for (const region of actor.regionsAs(...roles)) {
    if (await regions.contains(region, regionCode)) return true;
  }
  return false;
}

/** The grants of an account an administrator may see: visitor grants, and those inside their regions. */
export async function grantsInReach(actor: Actor, grants: PlacedGrant[], regions: RegionTree): Promise<PlacedGrant[]> {
  const seen: PlacedGrant[] = [];
  for (const grant of grants) {
    if (grant.role === Role.Visitor || (grant.region && (await administers(actor, grant.region, regions)))) {
      seen.push(grant);
    }
  }
  return seen;
}

/** May the actor hand out (or take back) this role with this scope? */
async function mayManageRole(actor: Actor, grant: GrantRequest, context: PolicyContext): Promise<Decision | boolean> {
  // Memberships (operators, teachers) are the register's to decide: it knows the organisation.
  if (grant.organisationId) return context.decide(actor, MANAGE_MEMBERS, grant);
  if (actor.isSystemAdmin) return true;
  // A city administrator appoints district administrators inside the city.
  if (grant.role !== Role.DistrictAdmin || !grant.regionCode) return false;
  return administers(actor, grant.regionCode, context.regions, [Role.CityAdmin]);
}

/** Defined by the lib that owns organisations; its subject is the GrantRequest. */
export const MANAGE_MEMBERS = 'organisation.members.manage';

const isAdministrator = (actor: Actor) =>
  actor.isSystemAdmin || actor.hasRole(Role.CityAdmin) || actor.hasRole(Role.DistrictAdmin);

/**
 * Another account, to an administrator: one with a grant inside their regions, or a plain visitor
 * (whom they may make a member). Anyone else's account does not exist for them, nor does any
 * account for non-administrators.
 */
async function mayReadAccount(
  actor: Actor,
  { accountId, grants }: AccountSubject,
  { regions }: PolicyContext,
): Promise<Decision> {
  if (actor.accountId === accountId || actor.isSystemAdmin) return 'allow';
  if (!isAdministrator(actor)) return 'hide';
  const scoped = grants.filter((grant) => grant.role !== Role.Visitor);
  return !scoped.length || (await grantsInReach(actor, scoped, regions)).length ? 'allow' : 'hide';
}

/**
 * Suspending an account, to an administrator: a plain visitor (visitors belong to no region), or an
 * account whose every scoped grant lies in their regions; a system administrator only to another.
 */
async function maySuspendAccount(
  actor: Actor,
  { accountId, grants }: AccountSubject,
  { regions }: PolicyContext,
): Promise<Decision> {
  if (!isAdministrator(actor)) return 'hide';
  if (actor.isSystemAdmin) return 'allow';
  if (accountId === actor.accountId) return 'deny';
  const scoped = grants.filter((grant) => grant.role !== Role.Visitor);
  if (scoped.some((grant) => grant.role === Role.SystemAdmin)) return 'deny';
  const inReach = await grantsInReach(actor, scoped, regions);
  if (inReach.length === scoped.length) return 'allow';
  return inReach.length ? 'deny' : 'hide';
}

/** The identity lib's actions and who may do them. */
@Injectable()
export class IdentityPolicies implements OnModuleInit {
  constructor(private readonly policy: PolicyService) {}

  onModuleInit(): void {
    this.policy.define('account.lookup', (actor) => isAdministrator(actor));
    this.policy.define<AccountSubject>('account.read', mayReadAccount);
    this.policy.define<GrantRequest>('role.grant', mayManageRole);
    this.policy.define<GrantRequest>('role.revoke', mayManageRole);
    this.policy.define<AccountSubject>('account.suspend', maySuspendAccount);
  }
}
