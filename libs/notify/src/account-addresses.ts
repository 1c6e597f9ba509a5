import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** Where a notification to an account goes: its e-mail, and its phone (sealed) once its holder proved it. */
export interface AccountAddress {
  email: string | null;
  provenPhoneSealed: Buffer | null;
}

/** Identity's answer to "where do messages to this account go?" (docs/identity.md, "Ports"). */
export interface AccountAddressBook {
  /** The active account's address; undefined when it is deleted, suspended or unknown. */
  addressOf(accountId: string, tx: EntityManager): Promise<AccountAddress | undefined>;
}

/**
 * Notify sits below identity (identity sends its codes through the Notifier), so it cannot import
 * identity to read an account's address. It declares what it needs here, and identity hands in its
 * address book when its module starts.
 */
@Injectable()
export class AccountAddresses {
  private book?: AccountAddressBook;

  provide(book: AccountAddressBook): void {
    this.book = book;
  }

  addressOf(accountId: string, tx: EntityManager): Promise<AccountAddress | undefined> {
    if (!this.book) throw new Error('No account address book: IdentityModule provides it');
    return this.book.addressOf(accountId, tx);
  }
}
