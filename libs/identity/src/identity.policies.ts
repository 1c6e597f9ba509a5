import { Injectable, OnModuleInit } from '@nestjs/common';
import type { GrantRequest } from './accounts.service';
import { Actor } from './policy/actor';
import { PolicyContext, PolicyService } from './policy/policy.service';
import { Role } from './roles';

/** May the actor hand out (or take back) this role with this scope? */
async function mayManageRole(actor: Actor, grant: GrantRequest, { regions }: PolicyContext): Promise<boolean> {
  if (actor.isSystemAdmin) return true;
  // A city administrator appoints district administrators inside the city.
  if (grant.role === Role.DistrictAdmin && grant.regionCode) {
    for (const region of actor.regionsAs(Role.CityAdmin)) {
      if (await regions.contains(region, grant.regionCode)) return true;
    }
  }
  // Organisation memberships (operators, teachers) need the organisation's region, which the
  // register brings; until then only a system administrator manages them.
  return false;
}

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
