import { Role } from '../roles';

export interface Grant {
  id: string;
  role: Role;
  regionCode: string | null;
  organisationId: string | null;
}

/** The signed-in account as the policy sees it: who, in which session, holding which scoped roles. */
export class Actor {
  constructor(
    readonly accountId: string,
    readonly sessionId: string,
    readonly grants: readonly Grant[],
    /** Whether the account has proven its login by a code; until then it may not book or take roles. */
    readonly verified = true,
  ) {}

  hasRole(role: Role): boolean {
    return this.grants.some((grant) => grant.role === role);
  }

  get isSystemAdmin(): boolean {
    return this.hasRole(Role.SystemAdmin);
  }

  /** Regions this actor administers through the given roles. */
  regionsAs(...roles: Role[]): string[] {
    return this.grants.filter((g) => roles.includes(g.role) && g.regionCode).map((g) => g.regionCode as string);
  }

  /** Organisations this actor belongs to through the given roles. */
  organisationsAs(...roles: Role[]): string[] {
    return this.grants.filter((g) => roles.includes(g.role) && g.organisationId).map((g) => g.organisationId as string);
  }

  get roles(): Role[] {
    return [...new Set(this.grants.map((grant) => grant.role))];
  }
}
