import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AccountAddress, AccountAddressBook, AccountAddresses } from '@kepu/notify';
import { AccountsStore } from './accounts.store';
import { AccountStatus } from './entities/account.entity';

/** What other libs may know of an account to reach it or name it (docs/identity.md, "Ports"). */
export interface AccountContact {
  id: string;
  status: AccountStatus;
  /** Whether its holder has proven the login: only then is its phone texted. */
  verified: boolean;
  displayName: string;
  email: string | null;
  phoneSealed: Buffer | null;
}

/**
 * How another lib's transaction holds an account's row: `update` serialises changes made on the
 * account's behalf; `share` keeps the row as read (a suspension or deletion waits); `keyShare` only
 * waits for, and makes wait, a transaction that locked the row for update, such as a deletion.
 */
export type AccountLock = 'update' | 'share' | 'keyShare';

/**
 * Identity's port for an account's contact: other libs read it here rather than in `accounts`. It is
 * also notify's address book, handed in at start because notify cannot import identity.
 */
@Injectable()
export class AccountContacts implements AccountAddressBook, OnModuleInit {
  constructor(
    private readonly store: AccountsStore,
    private readonly addresses: AccountAddresses,
  ) {}

  onModuleInit(): void {
    this.addresses.provide(this);
  }

  async contactOf(accountId: string, manager?: EntityManager): Promise<AccountContact | undefined> {
    return (await this.store.contacts([accountId], manager))[0];
  }

  /** The accounts' contacts, by display name. */
  contactsOf(accountIds: string[], manager?: EntityManager): Promise<AccountContact[]> {
    return this.store.contacts(accountIds, manager);
  }

  /** Locks the account's row in the caller's transaction, and reads its contact as locked. */
  lock(tx: EntityManager, accountId: string, lock: AccountLock): Promise<AccountContact | undefined> {
    return this.store.lockContact(tx, accountId, lock);
  }

  async addressOf(accountId: string, tx: EntityManager): Promise<AccountAddress | undefined> {
    const contact = await this.contactOf(accountId, tx);
    if (contact?.status !== 'active') return undefined;
    return { email: contact.email, provenPhoneSealed: contact.verified ? contact.phoneSealed : null };
  }
}
