import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, AuditService, CoreErrors, isUniqueViolation, PersonalDataCipher } from '@kepu/core';
import { Notifier } from '@kepu/notify';
import { DataSource, EntityManager } from 'typeorm';
import { AccountsService, GrantRequest } from './accounts.service';
import { AccountsStore } from './accounts.store';
import { Account, Invitation } from './entities';
import { IdentityErrors } from './identity-errors';
import { AccountView, InvitationView } from './identity.views';
import { InvitationRow, InvitationsStore } from './invitations.store';
import { LoginName, loginHash, loginKey, maskLogin, parseLogin, requireLogin } from './login';
import { Actor } from './policy/actor';
import { PolicyService } from './policy/policy.service';
import { ROLE_NAMES } from './roles';
import { VerificationCodes } from './verification-codes.service';

export const INVITATION_DAYS = 14;

/**
 * Roles are offered, not given (docs/identity.md): an invitation names a login, and only the
 * person who has proven that login by a code turns it into a grant. Invitations expire after
 * INVITATION_DAYS and can be withdrawn by whoever may grant the role.
 */
@Injectable()
export class InvitationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accounts: AccountsService,
    private readonly codes: VerificationCodes,
    private readonly policy: PolicyService,
    private readonly audit: AuditService,
    private readonly cipher: PersonalDataCipher,
    private readonly notifier: Notifier,
    private readonly store: InvitationsStore,
    private readonly accountsStore: AccountsStore,
  ) {}

  /** Invites a login (an account's or not yet anyone's) to a scoped role. */
  async invite(
    actor: Actor,
    loginInput: string,
    request: GrantRequest,
    correlationId?: string,
  ): Promise<InvitationView> {
    const login = requireLogin(loginInput);
    await this.accounts.checkScope(request);
    await this.policy.authorize(actor, 'role.grant', request);
    return this.create(actor, login, request, correlationId);
  }

  /** Invites an existing account, at its own login. */
  async inviteAccount(
    actor: Actor,
    accountId: string,
    request: GrantRequest,
    correlationId?: string,
  ): Promise<InvitationView> {
    await this.accounts.checkScope(request);
    await this.policy.authorize(actor, 'role.grant', request);
    const account = await this.accountsStore.find(accountId);
    const login = account && account.status !== 'deleted' ? this.accounts.loginOf(account) : null;
    if (!login) throw new AppError(CoreErrors.NOT_FOUND);
    return this.create(actor, login, request, correlationId);
  }

  private async create(
    actor: Actor,
    login: LoginName,
    request: GrantRequest,
    correlationId?: string,
  ): Promise<InvitationView> {
    const hash = loginHash(this.cipher, login);
    const holder = await this.accounts.findByLogin(login);
    if (holder && (await this.holds(holder.id, request))) throw new AppError(IdentityErrors.ROLE_ALREADY_GRANTED);
    const id = await this.dataSource.transaction(async (tx) => {
      // An overdue invitation no longer blocks a new one.
      await this.store.expireOverdue(tx, hash);
      let invitation: Invitation;
      try {
        invitation = await this.store.insert(tx, {
          loginSealed: this.cipher.encrypt(loginKey(login)),
          loginHash: hash,
          role: request.role,
          regionCode: request.regionCode ?? null,
          organisationId: request.organisationId ?? null,
          invitedBy: actor.accountId,
          expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
        });
      } catch (error) {
        if (isUniqueViolation(error, 'invitations_pending_unique')) {
          throw new AppError(IdentityErrors.INVITATION_ALREADY_PENDING);
        }
        throw error;
      }
      await this.audit.record(
        {
          actorId: actor.accountId,
          action: 'invitation.create',
          subjectType: 'invitation',
          subjectId: invitation.id,
          details: { ...request, login: maskLogin(login) },
          correlationId,
        },
        tx,
      );
      const [view] = await this.views(this.store.byId(invitation.id, tx));
      await this.notifier.send(invitationMessage(login, view), tx);
      return invitation.id;
    });
    return this.viewOf(id);
  }

  /** Pending invitations to an organisation; the caller has checked the actor may see its members. */
  forOrganisation(organisationId: string): Promise<InvitationView[]> {
    return this.views(this.store.pendingForOrganisation(organisationId));
  }

  /** Pending invitations the actor issued or may withdraw: the console's list. */
  async manageable(actor: Actor): Promise<InvitationView[]> {
    const pending = await this.store.pending();
    const shown: InvitationRow[] = [];
    for (const row of pending) {
      if (row.invitedById === actor.accountId || (await this.mayManage(actor, row))) shown.push(row);
    }
    return shown.map((row) => this.render(row));
  }

  /** Pending invitations to the signed-in account's own login. */
  async mine(actor: Actor): Promise<InvitationView[]> {
    const login = await this.ownLogin(actor.accountId);
    return this.views(this.store.pendingForLogin(loginHash(this.cipher, login)));
  }

  /**
   * Turns an invitation into a grant for the person who proves its login: an account that has
   * verified the invited login, or that verifies it now with `code`.
   */
  async accept(actor: Actor, id: string, code: string | undefined, correlationId?: string): Promise<AccountView> {
    const { account, login } = await this.addressedTo(actor, id);
    if (!account.verifiedAt) {
      if (!code) throw new AppError(IdentityErrors.ACCOUNT_NOT_VERIFIED);
      await this.codes.consume(login, code);
      await this.accountsStore.markVerified(account.id);
    }
    await this.dataSource.transaction(async (tx) => {
      const invitation = await this.claimPending(id, tx);
      await this.store.decide(tx, id, { status: 'accepted', decidedAt: new Date(), decidedBy: actor.accountId });
      const request: GrantRequest = {
        role: invitation.role,
        regionCode: invitation.regionCode ?? undefined,
        organisationId: invitation.organisationId ?? undefined,
      };
      await this.accounts.enrol(account.id, request, invitation.invitedBy, tx, correlationId);
      await this.recordDecision(actor, id, 'invitation.accept', tx, correlationId);
    });
    return this.accounts.view(account.id);
  }

  async decline(actor: Actor, id: string, correlationId?: string): Promise<void> {
    await this.addressedTo(actor, id);
    await this.dataSource.transaction(async (tx) => {
      await this.claimPending(id, tx);
      await this.store.decide(tx, id, { status: 'declined', decidedAt: new Date(), decidedBy: actor.accountId });
      await this.recordDecision(actor, id, 'invitation.decline', tx, correlationId);
    });
  }

  /** Withdraws a pending invitation: its issuer, or anyone who may grant the role it offers. */
  async withdraw(actor: Actor, id: string, correlationId?: string): Promise<void> {
    const [row] = await this.store.byId(id);
    if (!row) throw new AppError(CoreErrors.NOT_FOUND);
    if (row.invitedById !== actor.accountId) await this.policy.authorize(actor, 'role.revoke', scopeOf(row));
    await this.dataSource.transaction(async (tx) => {
      await this.claimPending(id, tx);
      await this.store.decide(tx, id, { status: 'withdrawn', decidedAt: new Date() });
      await this.recordDecision(actor, id, 'invitation.withdraw', tx, correlationId);
    });
  }

  /** The invitation and the actor's account, if the invitation is to the actor's login; else 404. */
  private async addressedTo(actor: Actor, id: string): Promise<{ account: Account; login: LoginName }> {
    const account = await this.accountsStore.get(actor.accountId);
    const login = this.accounts.loginOf(account);
    const matches = await this.store.isTo(id, login ? loginHash(this.cipher, login) : Buffer.alloc(0));
    if (!matches || !login) throw new AppError(CoreErrors.NOT_FOUND);
    return { account, login };
  }

  /** Locks a still-pending invitation for its decision; a decided or overdue one is gone (410). */
  private async claimPending(id: string, tx: EntityManager): Promise<Invitation> {
    const invitation = await this.store.lock(tx, id);
    if (!invitation || invitation.status !== 'pending' || invitation.expiresAt <= new Date()) {
      throw new AppError(IdentityErrors.INVITATION_EXPIRED);
    }
    return invitation;
  }

  private recordDecision(actor: Actor, id: string, action: string, tx: EntityManager, correlationId?: string) {
    return this.audit.record(
      { actorId: actor.accountId, action, subjectType: 'invitation', subjectId: id, correlationId },
      tx,
    );
  }

  private async ownLogin(accountId: string): Promise<LoginName> {
    const account = await this.accountsStore.get(accountId);
    const login = this.accounts.loginOf(account);
    if (!login) throw new AppError(CoreErrors.NOT_FOUND);
    return login;
  }

  private async holds(accountId: string, request: GrantRequest): Promise<boolean> {
    return this.accountsStore.holdsGrant(accountId, {
      role: request.role,
      regionCode: request.regionCode ?? null,
      organisationId: request.organisationId ?? null,
    });
  }

  private async mayManage(actor: Actor, row: InvitationRow): Promise<boolean> {
    return (await this.policy.decide(actor, 'role.revoke', scopeOf(row))) === 'allow';
  }

  private async viewOf(id: string): Promise<InvitationView> {
    const [view] = await this.views(this.store.byId(id));
    return view;
  }

  private async views(rows: Promise<InvitationRow[]>): Promise<InvitationView[]> {
    return (await rows).map((row) => this.render(row));
  }

  private render({ loginSealed, invitedById: _issuer, ...row }: InvitationRow): InvitationView {
    const login = parseLogin(this.cipher.decrypt(loginSealed).replace(/^(email|phone):/, ''));
    return { ...row, login: login ? maskLogin(login) : '' };
  }
}

const scopeOf = (row: Pick<InvitationRow, 'role' | 'regionCode' | 'organisationId'>): GrantRequest => ({
  role: row.role,
  regionCode: row.regionCode ?? undefined,
  organisationId: row.organisationId ?? undefined,
});

function invitationMessage(login: LoginName, view: InvitationView) {
  const role = ROLE_NAMES[view.role];
  const place = view.organisationName ?? view.regionName ?? '';
  return {
    address: login.kind === 'phone' ? { phone: login.value } : { email: login.value },
    kind: 'invitation.sent',
    subject: `${view.invitedBy ?? '科协'}邀请您成为「${place}」的${role.zh}`,
    text: [
      `${view.invitedBy ?? '科协'}邀请您成为「${place}」的${role.zh}。请用本${login.kind === 'phone' ? '手机号' : '邮箱'}登录科普平台（没有账号请先用验证码注册），在“我的账号”页面接受邀请。邀请 ${INVITATION_DAYS} 天内有效；如不认识邀请人，请忽略本消息。`,
      `${view.invitedBy ?? 'A science association'} invited you to be ${role.en} of “${place}”. Sign in to Kepu with this ${login.kind === 'phone' ? 'mobile number' : 'e-mail address'} (register with a code if you have no account) and accept on the “My account” page. The invitation is valid for ${INVITATION_DAYS} days; ignore this message if you do not know the sender.`,
    ].join('\n'),
    smsParams: { role: role.zh, organisation: place },
  };
}
