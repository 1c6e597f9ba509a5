import { Injectable, OnModuleInit } from '@nestjs/common';
import type { GrantRequest } from './accounts.service';
import { Actor } from './policy/actor';
import { Decision, PolicyContext, PolicyService } from './policy/policy.service';
import { Role } from './roles';

/** May the actor hand out (or take back) this role with this scope? */
async function mayManageRole(actor: Actor, grant: GrantRequest, context: PolicyContext): Promise<Decision | boolean> {
  // Memberships (operators, teachers) are the register's to decide: it knows the organisation.
  if (grant.organisationId) return context.decide(actor, MANAGE_MEMBERS, grant);
  if (actor.isSystemAdmin) return true;
  // A city administrator appoints district administrators inside the city.
  if (grant.role === Role.DistrictAdmin && grant.regionCode) {
    for (const region of actor.regionsAs(Role.CityAdmin)) {
      if (await context.regions.contains(region, grant.regionCode)) return true;
    }
  }
  return false;
}

/** Defined by the lib that owns organisations; its subject is the GrantRequest. */
export const MANAGE_MEMBERS = 'organisation.members.manage';

const isAdministrator = (actor: Actor) =>
  actor.isSystemAdmin || actor.hasRole(Role.CityAdmin) || actor.hasRole(Role.DistrictAdmin);

/** The identity lib's actions and who may do them. */
@Injectable()
export class IdentityPolicies implements OnModuleInit {
  constructor(private readonly policy: PolicyService) {}

  onModuleInit(): void {
    this.policy.define('account.lookup', (actor) => isAdministrator(actor));
    // Another account's roles: only for those who manage roles; to anyone else it does not exist.
    this.policy.define<{ accountId: string }>('account.read', (actor, { accountId }) =>
      actor.accountId === accountId || actor.isSystemAdmin || actor.hasRole(Role.CityAdmin) ? 'allow' : 'hide',
    );
    this.policy.define<GrantRequest>('role.grant', mayManageRole);
    this.policy.define<GrantRequest>('role.revoke', mayManageRole);
  }
}
