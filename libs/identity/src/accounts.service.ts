import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, AuditService, CoreErrors, isUniqueViolation, maskPhone, RegionTree } from '@kepu/core';
import { DataSource, EntityManager } from 'typeorm';
import { Account, RoleGrant } from './entities';
import { IdentityErrors } from './identity-errors';
import { AccountSubject, grantsInReach, PlacedGrant } from './identity.policies';
import { LoginName, parseLogin } from './login';
import { hashPassword, passwordWeakness } from './password';
import { Actor, Grant } from './policy/actor';
import { PolicyService } from './policy/policy.service';
import { ORGANISATION_SCOPED_ROLES, REGION_SCOPED_ROLES, Role } from './roles';

export interface GrantRequest {
  role: Role;
  regionCode?: string;
  organisationId?: string;
}

export interface OrganisationMember {
  grantId: string;
  role: Role;
  accountId: string;
  displayName: string;
  email: string | null;
  phone: string | null;
}

/** What an account looks like to its owner and to administrators: no hash, phone masked. */
export interface AccountView {
  id: string;
  displayName: string;
  email: string | null;
  phone: string | null;
  roles: Role[];
  grants: Grant[];
}

export function requireLogin(input: string): LoginName {
  const login = parseLogin(input);
  if (!login) throw new AppError(IdentityErrors.INVALID_LOGIN);
  return login;
}

export function requireStrongPassword(password: string, login: string): void {
  const weakness = passwordWeakness(password, login);
  if (weakness) throw new AppError(IdentityErrors.WEAK_PASSWORD, { reason: weakness });
}

/** An account as its AccountView, showing the grants given. */
function render(account: Account, grants: Grant[]): AccountView {
  const shown = grants.map(({ id, role, regionCode, organisationId }) => ({ id, role, regionCode, organisationId }));
  return {
    id: account.id,
    displayName: account.displayName,
    email: account.email,
    phone: account.phone && maskPhone(account.phone),
    roles: [...new Set(shown.map((grant) => grant.role))],
    grants: shown,
  };
}

@Injectable()
export class AccountsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly audit: AuditService,
    private readonly regions: RegionTree,
  ) {}

  /**
   * Creates an account with its roles, without any policy check: for self-registration (visitor)
   * and for seeding. Administrators change roles through grantRole/revokeRole.
   */
  async provision(
    input: { login: string; password: string; displayName: string; grants: GrantRequest[]; isDemo?: boolean },
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Account> {
    const login = requireLogin(input.login);
    requireStrongPassword(input.password, login.value);
    for (const grant of input.grants) await this.checkScope(grant);
    const passwordHash = await hashPassword(input.password);
    try {
      return await manager.transaction(async (tx) => {
        const account = await tx.getRepository(Account).save({
          email: login.kind === 'email' ? login.value : null,
          phone: login.kind === 'phone' ? login.value : null,
          displayName: input.displayName.trim(),
          passwordHash,
          isDemo: input.isDemo ?? false,
        });
        await tx.getRepository(RoleGrant).save(
          input.grants.map((grant) => ({
            accountId: account.id,
            role: grant.role,
            regionCode: grant.regionCode ?? null,
            organisationId: grant.organisationId ?? null,
          })),
        );
        return account;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError(IdentityErrors.LOGIN_TAKEN);
      throw error;
    }
  }

  async findByLogin(login: LoginName, manager: EntityManager = this.dataSource.manager): Promise<Account | null> {
    return manager
      .getRepository(Account)
      .findOne({ where: login.kind === 'email' ? { email: login.value } : { phone: login.value } });
  }

  async view(accountId: string): Promise<AccountView> {
    const account = await this.dataSource.getRepository(Account).findOneBy({ id: accountId });
    if (!account) throw new AppError(CoreErrors.NOT_FOUND);
    return render(account, await this.placedGrants(accountId));
  }

  async lookup(actor: Actor, loginInput: string): Promise<AccountView> {
    await this.policy.authorize(actor, 'account.lookup');
    const account = await this.findByLogin(requireLogin(loginInput));
    if (!account) throw new AppError(CoreErrors.NOT_FOUND);
    return this.shownTo(actor, account);
  }

  async viewAs(actor: Actor, accountId: string): Promise<AccountView> {
    const account = await this.dataSource.getRepository(Account).findOneBy({ id: accountId });
    if (!account) throw new AppError(CoreErrors.NOT_FOUND);
    return this.shownTo(actor, account);
  }

  /** Another account as an administrator sees it: 404 outside their regions, and only the grants inside them. */
  private async shownTo(actor: Actor, account: Account): Promise<AccountView> {
    const grants = await this.placedGrants(account.id);
    await this.policy.authorize<AccountSubject>(actor, 'account.read', { accountId: account.id, grants });
    return render(account, actor.accountId === account.id ? grants : await grantsInReach(actor, grants, this.regions));
  }

  /**
   * An account's grants in the order given, each with the region it lies in. Organisations are the
   * register's: identity reads only their region, by table, and so never imports the register.
   */
  private placedGrants(accountId: string): Promise<PlacedGrant[]> {
    return this.dataSource.query(
      `SELECT g.id, g.role, g.region_code AS "regionCode", g.organisation_id AS "organisationId",
              coalesce(g.region_code, o.region_code) AS region
         FROM role_grants g LEFT JOIN organisations o ON o.id = g.organisation_id
        WHERE g.account_id = $1 ORDER BY g.created_at, g.id`,
      [accountId],
    );
  }

  async grantRole(actor: Actor, accountId: string, request: GrantRequest, correlationId?: string): Promise<Grant> {
    await this.checkScope(request);
    await this.policy.authorize(actor, 'role.grant', request);
    if (!(await this.dataSource.getRepository(Account).existsBy({ id: accountId }))) {
      throw new AppError(CoreErrors.NOT_FOUND);
    }
    return this.dataSource.transaction((tx) => this.enrol(accountId, request, actor.accountId, tx, correlationId));
  }

  /**
   * Adds a grant, audited, inside the caller's transaction, with no policy check of its own: for
   * flows whose policy has already decided, such as an applicant becoming the operator of the
   * organisation it registers. Everything else goes through grantRole.
   */
  async enrol(
    accountId: string,
    request: GrantRequest,
    grantedBy: string,
    manager: EntityManager,
    correlationId?: string,
  ): Promise<Grant> {
    try {
      // A savepoint, so a duplicate grant is reported without aborting the caller's transaction.
      return await manager.transaction(async (tx) => {
        const grant = await tx.getRepository(RoleGrant).save({
          accountId,
          role: request.role,
          regionCode: request.regionCode ?? null,
          organisationId: request.organisationId ?? null,
          grantedBy,
        });
        await this.audit.record(
          {
            actorId: grantedBy,
            action: 'role.grant',
            subjectType: 'account',
            subjectId: accountId,
            details: { ...request, grantId: grant.id },
            correlationId,
          },
          tx,
        );
        return { id: grant.id, role: grant.role, regionCode: grant.regionCode, organisationId: grant.organisationId };
      });
    } catch (error) {
      if (isUniqueViolation(error, 'role_grants_unique')) throw new AppError(IdentityErrors.ROLE_ALREADY_GRANTED);
      throw error;
    }
  }

  /** The members of an organisation (operators, teachers), with masked phone numbers. */
  async membersOf(organisationId: string): Promise<OrganisationMember[]> {
    const rows: (OrganisationMember & { phone: string | null })[] = await this.dataSource.query(
      `SELECT g.id AS "grantId", g.role, a.id AS "accountId", a.display_name AS "displayName", a.email, a.phone
         FROM role_grants g JOIN accounts a ON a.id = g.account_id
        WHERE g.organisation_id = $1 ORDER BY g.created_at`,
      [organisationId],
    );
    return rows.map((row) => ({ ...row, phone: row.phone && maskPhone(row.phone) }));
  }

  /** Display names for history and review lists. */
  async displayNames(accountIds: string[]): Promise<Map<string, string>> {
    if (!accountIds.length) return new Map();
    const rows: { id: string; displayName: string }[] = await this.dataSource.query(
      `SELECT id, display_name AS "displayName" FROM accounts WHERE id = ANY($1::uuid[])`,
      [accountIds],
    );
    return new Map(rows.map((row) => [row.id, row.displayName]));
  }

  async revokeRole(actor: Actor, accountId: string, grantId: string, correlationId?: string): Promise<void> {
    const grant = await this.dataSource.getRepository(RoleGrant).findOneBy({ id: grantId, accountId });
    if (!grant) throw new AppError(CoreErrors.NOT_FOUND);
    const scope: GrantRequest = {
      role: grant.role,
      regionCode: grant.regionCode ?? undefined,
      organisationId: grant.organisationId ?? undefined,
    };
    await this.policy.authorize(actor, 'role.revoke', scope);
    await this.dataSource.transaction(async (tx) => {
      await tx.getRepository(RoleGrant).delete({ id: grantId });
      await this.audit.record(
        {
          actorId: actor.accountId,
          action: 'role.revoke',
          subjectType: 'account',
          subjectId: accountId,
          details: { ...scope, grantId },
          correlationId,
        },
        tx,
      );
    });
  }

  /** A role's scope must fit it: a region for admins, an organisation for members, nothing otherwise. */
  private async checkScope(grant: GrantRequest): Promise<void> {
    const needsRegion = REGION_SCOPED_ROLES.includes(grant.role);
    const needsOrganisation = ORGANISATION_SCOPED_ROLES.includes(grant.role);
    if (needsRegion !== Boolean(grant.regionCode) || needsOrganisation !== Boolean(grant.organisationId)) {
      throw new AppError(IdentityErrors.ROLE_SCOPE_MISMATCH);
    }
    if (grant.regionCode && !(await this.regions.exists(grant.regionCode))) {
      throw new AppError(IdentityErrors.UNKNOWN_REGION);
    }
  }
}
