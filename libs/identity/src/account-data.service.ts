import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService, PersonalDataCipher, PersonalDataRegistry, PersonalDataSection, writeCsv } from '@kepu/core';
import { DataSource, EntityManager } from 'typeorm';
import { ZipFile } from 'yazl';
import { AccountsService } from './accounts.service';
import { AccountsStore } from './accounts.store';
import { AuthService, Proof } from './auth.service';
import { InvitationsService } from './invitations.service';
import { LoginAttemptsStore } from './login-attempts.store';
import { loginHash, signInAttemptKey } from './login';
import { Actor } from './policy/actor';
import { TokensService } from './tokens.service';
import { VerificationCodesStore } from './verification-codes.store';

/** What a deleted account still shows where its past is kept (history, statistics). */
const ERASED_NAME = '已注销用户';

/**
 * The rights PIPL gives a person over their own data (arts. 45 and 47, docs/identity.md): to see
 * all of it in one download, and to have it deleted. Every lib that holds personal data takes part
 * through the PersonalDataRegistry.
 */
@Injectable()
export class AccountDataService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accounts: AccountsService,
    private readonly auth: AuthService,
    private readonly invitations: InvitationsService,
    private readonly tokens: TokensService,
    private readonly registry: PersonalDataRegistry,
    private readonly audit: AuditService,
    private readonly cipher: PersonalDataCipher,
    private readonly store: AccountsStore,
    private readonly codes: VerificationCodesStore,
    private readonly attempts: LoginAttemptsStore,
  ) {}

  /** One zip: my-data.json with everything, and a CSV beside it for each table a section has. */
  async export(actor: Actor, correlationId?: string): Promise<Buffer> {
    const sections: PersonalDataSection[] = [
      { name: 'account', data: await this.accounts.view(actor.accountId) },
      { name: 'invitations', data: await this.invitations.mine(actor) },
      { name: 'activity', data: await this.activity(actor.accountId) },
    ];
    for (const holder of this.registry.holders) sections.push(...(await holder.exportFor(actor.accountId)));
    await this.audit.record({
      actorId: actor.accountId,
      action: 'account.export',
      subjectType: 'account',
      subjectId: actor.accountId,
      correlationId,
    });
    const document = {
      exportedAt: new Date().toISOString(),
      ...Object.fromEntries(sections.map((section) => [section.name, section.data])),
    };
    const zip = new ZipFile();
    zip.addBuffer(Buffer.from(JSON.stringify(document, null, 2)), 'my-data.json');
    for (const section of sections) {
      if (section.table) zip.addBuffer(writeCsv(section.table), `${section.name}.csv`);
    }
    zip.end();
    const chunks: Buffer[] = [];
    for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }

  /**
   * Deletes the account after a fresh proof. Each holder first may refuse (a teacher's open group
   * visits), then erases or anonymises its part; the row stays, erased, so past visits still count.
   */
  async delete(actor: Actor, proof: Proof, correlationId?: string): Promise<void> {
    const account = await this.store.get(actor.accountId);
    // Refusals first, so that a refused person keeps their code for when they have handed over.
    await this.dataSource.transaction((tx) => this.assertErasable(account.id, tx));
    await this.auth.confirm(account, proof);
    const login = this.accounts.loginOf(account);
    await this.dataSource.transaction(async (tx) => {
      await this.store.lock(tx, account.id);
      await this.assertErasable(account.id, tx);
      for (const holder of this.registry.holders) await holder.erase(account.id, tx);
      await this.store.deleteGrantsOf(tx, account.id);
      await this.tokens.revokeSessions(account.id, 'account_deleted', tx);
      if (login) {
        await this.codes.deleteFor(tx, loginHash(this.cipher, login));
        await this.attempts.deleteFor(tx, signInAttemptKey(this.cipher, login));
      }
      await this.store.erase(tx, account.id, {
        email: null,
        phoneSealed: null,
        phoneHash: null,
        displayName: ERASED_NAME,
        passwordHash: null,
        status: 'deleted',
        verifiedAt: null,
        privacyVersion: null,
        suspendedAt: null,
        suspendedReason: null,
      });
      await this.audit.record(
        {
          actorId: account.id,
          action: 'account.delete',
          subjectType: 'account',
          subjectId: account.id,
          correlationId,
        },
        tx,
      );
    });
  }

  private async assertErasable(accountId: string, tx: EntityManager): Promise<void> {
    for (const holder of this.registry.holders) await holder.assertErasable?.(accountId, tx);
  }

  /** The account's own trail: sign-ins, changes and decisions it made, newest first. */
  private activity(accountId: string): Promise<unknown[]> {
    return this.audit.entriesBy(accountId);
  }
}
