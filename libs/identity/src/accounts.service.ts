import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AppError,
  AuditService,
  CoreErrors,
  isUniqueViolation,
  maskPhone,
  PersonalDataCipher,
  RegionTree,
} from '@kepu/core';
import { DataSource, EntityManager } from 'typeorm';
import { AccountsStore } from './accounts.store';
import { Account } from './entities';
import { IdentityErrors } from './identity-errors';
import { AccountSubject, grantsInReach, PlacedGrant } from './identity.policies';
import { AccountView, OrganisationMember } from './identity.views';
import { LoginName, loginHash, requireLogin } from './login';
import { hashPassword, passwordWeakness } from './password';
import { Actor, Grant } from './policy/actor';
import { PolicyService } from './policy/policy.service';
import { ORGANISATION_SCOPED_ROLES, REGION_SCOPED_ROLES, Role, ROLES } from './roles';
import { TokensService } from './tokens.service';

/** The privacy policy in force; the portal's privacy page shows the same version. Bump both together. */
export const PRIVACY_POLICY_VERSION = '2026-12';

export interface GrantRequest {
  role: Role;
  regionCode?: string;
  organisationId?: string;
}

export function requireStrongPassword(password: string, login: string): void {
  const weakness = passwordWeakness(password, login);
  if (weakness) throw new AppError(IdentityErrors.WEAK_PASSWORD, { reason: weakness });
}

export interface NewAccount {
  login: string;
  /** Optional: a phone account may sign in by code alone. */
  password?: string;
  displayName: string;
  grants: GrantRequest[];
  /** The login was proven (a code at registration; seeded demo accounts). */
  verified: boolean;
  privacyVersion?: string;
  isDemo?: boolean;
}

@Injectable()
export class AccountsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly audit: AuditService,
    private readonly regions: RegionTree,
    private readonly cipher: PersonalDataCipher,
    private readonly tokens: TokensService,
    private readonly store: AccountsStore,
  ) {}

  /**
   * Creates an account with its roles, without any policy check: for self-registration (visitor)
   * and for seeding. Administrators offer roles through invitations.
   */
  async provision(input: NewAccount, manager: EntityManager = this.dataSource.manager): Promise<Account> {
    const login = requireLogin(input.login);
    if (input.password !== undefined) requireStrongPassword(input.password, login.value);
    for (const grant of input.grants) await this.checkScope(grant);
    const passwordHash = input.password === undefined ? null : await hashPassword(input.password);
    try {
      return await manager.transaction(async (tx) => {
        const account = await this.store.insert(tx, {
          email: login.kind === 'email' ? login.value : null,
          phoneSealed: login.kind === 'phone' ? this.cipher.encrypt(login.value) : null,
          phoneHash: login.kind === 'phone' ? loginHash(this.cipher, login) : null,
          displayName: input.displayName.trim(),
          passwordHash,
          verifiedAt: input.verified ? new Date() : null,
          privacyVersion: input.privacyVersion ?? null,
          isDemo: input.isDemo ?? false,
        });
        await this.store.addGrants(
          tx,
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

  async findByLogin(login: LoginName, manager?: EntityManager): Promise<Account | null> {
    return this.store.findByLogin(
      login.kind === 'email' ? { email: login.value } : { phoneHash: loginHash(this.cipher, login) },
      manager,
    );
  }

  /** The account's login in clear, e-mail first: where its messages and invitations go. */
  loginOf(account: Pick<Account, 'email' | 'phoneSealed'>): LoginName | null {
    if (account.email) return { kind: 'email', value: account.email };
    return account.phoneSealed ? { kind: 'phone', value: this.cipher.decrypt(account.phoneSealed) } : null;
  }

  async view(accountId: string): Promise<AccountView> {
    const account = await this.store.find(accountId);
    if (!account) throw new AppError(CoreErrors.NOT_FOUND);
    return this.render(account, await this.placedGrants(accountId));
  }

  async lookup(actor: Actor, loginInput: string): Promise<AccountView> {
    await this.policy.authorize(actor, 'account.lookup');
    const account = await this.findByLogin(requireLogin(loginInput));
    if (!account || account.status === 'deleted') throw new AppError(CoreErrors.NOT_FOUND);
    return this.shownTo(actor, account);
  }

  async viewAs(actor: Actor, accountId: string): Promise<AccountView> {
    const account = await this.store.find(accountId);
    if (!account || account.status === 'deleted') throw new AppError(CoreErrors.NOT_FOUND);
    return this.shownTo(actor, account);
  }

  /** An account an administrator may act on, after the policy has placed it: 404 outside their regions. */
  async subjectFor(actor: Actor, accountId: string, action: string): Promise<Account> {
    const account = await this.store.find(accountId);
    if (!account || account.status === 'deleted') throw new AppError(CoreErrors.NOT_FOUND);
    const grants = await this.placedGrants(account.id);
    await this.policy.authorize<AccountSubject>(actor, action, { accountId: account.id, grants });
    return account;
  }

  /** Another account as an administrator sees it: 404 outside their regions, and only the grants inside them. */
  private async shownTo(actor: Actor, account: Account): Promise<AccountView> {
    const grants = await this.placedGrants(account.id);
    await this.policy.authorize<AccountSubject>(actor, 'account.read', { accountId: account.id, grants });
    const shown = actor.accountId === account.id ? grants : await grantsInReach(actor, grants, this.regions);
    return this.render(account, shown);
  }

  /** An account as its AccountView, showing the grants given. */
  private render(account: Account, grants: Grant[]): AccountView {
    const shown = grants.map(({ id, role, regionCode, organisationId }) => ({ id, role, regionCode, organisationId }));
    return {
      id: account.id,
      displayName: account.displayName,
      email: account.email,
      phone: account.phoneSealed && maskPhone(this.cipher.decrypt(account.phoneSealed)),
      // In the roles' own order, however the grants were made.
      roles: ROLES.filter((role) => shown.some((grant) => grant.role === role)),
      grants: shown,
      verified: account.verifiedAt !== null,
      status: account.status,
      privacy: { accepted: account.privacyVersion, current: PRIVACY_POLICY_VERSION },
      ...(account.status === 'suspended'
        ? { suspendedAt: account.suspendedAt ?? undefined, suspendedReason: account.suspendedReason ?? undefined }
        : {}),
    };
  }

  /** An account's grants in the order given, each with the region it lies in. */
  private placedGrants(accountId: string): Promise<PlacedGrant[]> {
    return this.store.placedGrants(accountId);
  }

  /**
   * Adds a grant, audited, inside the caller's transaction, with no policy check of its own: for
   * flows whose policy has already decided, such as an applicant becoming the operator of the
   * organisation it registers, or a person accepting an invitation. Only an account that has
   * proven its login receives a role.
   */
  async enrol(
    accountId: string,
    request: GrantRequest,
    grantedBy: string,
    manager: EntityManager,
    correlationId?: string,
  ): Promise<Grant> {
    await this.checkScope(request);
    const account = await this.store.activeVerified(manager, accountId);
    if (!account) throw new AppError(CoreErrors.NOT_FOUND);
    if (!account.verified) throw new AppError(IdentityErrors.ACCOUNT_NOT_VERIFIED);
    try {
      // A savepoint, so a duplicate grant is reported without aborting the caller's transaction.
      return await manager.transaction(async (tx) => {
        const grant = await this.store.addGrant(tx, {
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
    const rows = await this.store.membersOf(organisationId);
    return rows.map(({ phoneSealed, ...row }) => ({
      ...row,
      phone: phoneSealed && maskPhone(this.cipher.decrypt(phoneSealed)),
    }));
  }

  /** How many demo accounts the database holds: the demo refuses to start with them outside demo mode. */
  demoAccountCount(): Promise<number> {
    return this.store.demoCount();
  }

  /** Display names for history, review and activity lists; in the caller's transaction if given. */
  async displayNames(accountIds: string[], manager?: EntityManager): Promise<Map<string, string>> {
    if (!accountIds.length) return new Map();
    const rows = await this.store.displayNames(accountIds, manager);
    return new Map(rows.map((row) => [row.id, row.displayName]));
  }

  async revokeRole(actor: Actor, accountId: string, grantId: string, correlationId?: string): Promise<void> {
    const grant = await this.store.findGrant(accountId, grantId);
    if (!grant) throw new AppError(CoreErrors.NOT_FOUND);
    const scope: GrantRequest = {
      role: grant.role,
      regionCode: grant.regionCode ?? undefined,
      organisationId: grant.organisationId ?? undefined,
    };
    await this.policy.authorize(actor, 'role.revoke', scope);
    await this.dataSource.transaction(async (tx) => {
      await this.store.deleteGrant(tx, grantId);
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

  /** Suspends an account: it cannot sign in, and its sessions end at once. */
  async suspend(actor: Actor, accountId: string, reason: string, correlationId?: string): Promise<AccountView> {
    if (accountId === actor.accountId) throw new AppError(IdentityErrors.CANNOT_SUSPEND_SELF);
    await this.subjectFor(actor, accountId, 'account.suspend');
    return this.setStatus(actor, accountId, 'suspended', reason.trim(), correlationId);
  }

  async restore(actor: Actor, accountId: string, correlationId?: string): Promise<AccountView> {
    await this.subjectFor(actor, accountId, 'account.suspend');
    return this.setStatus(actor, accountId, 'active', null, correlationId);
  }

  /** Suspended accounts the actor may restore, newest first. */
  async suspended(actor: Actor): Promise<AccountView[]> {
    await this.policy.authorize(actor, 'account.lookup');
    const accounts = await this.store.suspended();
    const shown: AccountView[] = [];
    for (const account of accounts) {
      const grants = await this.placedGrants(account.id);
      const decision = await this.policy.decide<AccountSubject>(actor, 'account.suspend', {
        accountId: account.id,
        grants,
      });
      if (decision === 'allow') shown.push(this.render(account, await grantsInReach(actor, grants, this.regions)));
    }
    return shown;
  }

  private async setStatus(
    actor: Actor,
    accountId: string,
    status: 'active' | 'suspended',
    reason: string | null,
    correlationId?: string,
  ): Promise<AccountView> {
    await this.dataSource.transaction(async (tx) => {
      await this.store.setStatus(tx, accountId, {
        status,
        suspendedReason: reason,
        suspendedAt: status === 'suspended' ? new Date() : null,
      });
      if (status === 'suspended') await this.tokens.revokeSessions(accountId, 'suspended', tx);
      await this.audit.record(
        {
          actorId: actor.accountId,
          action: status === 'suspended' ? 'account.suspend' : 'account.restore',
          subjectType: 'account',
          subjectId: accountId,
          details: reason ? { reason } : undefined,
          correlationId,
        },
        tx,
      );
    });
    const account = await this.store.get(accountId);
    return this.render(account, await grantsInReach(actor, await this.placedGrants(accountId), this.regions));
  }

  /** A role's scope must fit it: a region for admins, an organisation for members, nothing otherwise. */
  async checkScope(grant: GrantRequest): Promise<void> {
    const needsRegion = REGION_SCOPED_ROLES.includes(grant.role);
    const needsOrganisation = ORGANISATION_SCOPED_ROLES.includes(grant.role);
    if (needsRegion !== Boolean(grant.regionCode) || needsOrganisation !== Boolean(grant.organisationId)) {
      throw new AppError(IdentityErrors.ROLE_SCOPE_MISMATCH);
    }
    if (grant.regionCode && !(await this.regions.exists(grant.regionCode))) {
      throw new AppError(CoreErrors.UNKNOWN_REGION);
    }
  }
}
